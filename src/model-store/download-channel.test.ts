import { describe, expect, it } from 'vitest';
import { PROGRESS_CHANNEL, watchDownloads } from './download-channel.js';
import type { DownloadProgress } from './downloader.js';

const progress = (state: DownloadProgress['state']): DownloadProgress => ({
  modelId: 'm',
  state,
  overall: { bytes: 1, total: 2, percent: 50, rateBps: 0 },
  files: [],
});

describe('watchDownloads', () => {
  it("hears another tab's progress until unsubscribed", async () => {
    const heard: string[] = [];
    const stop = watchDownloads((p) => heard.push(p.state));
    const otherTab = new BroadcastChannel(PROGRESS_CHANNEL);
    otherTab.postMessage(progress('downloading'));
    await expect.poll(() => heard).toEqual(['downloading']);
    stop();
    // A later watcher as the witness: a channel's messages reach its subscribers oldest first (HTML, BroadcastChannel),
    // so once the witness hears 'done', the stopped watcher would have heard it already had it still listened.
    const witnessed: string[] = [];
    const stopWitness = watchDownloads((p) => witnessed.push(p.state));
    otherTab.postMessage(progress('done'));
    await expect.poll(() => witnessed).toEqual(['done']);
    expect(heard).toEqual(['downloading']);
    stopWitness();
    otherTab.close();
  });

  it('asks the downloading tab where it stands, so a stalled download shows at once', async () => {
    const leaderTab = new BroadcastChannel(PROGRESS_CHANNEL);
    leaderTab.onmessage = (event: MessageEvent<unknown>) => {
      if (event.data !== 'tccc-model-download:ask') throw new Error('unexpected message');
      leaderTab.postMessage(progress('downloading'));
    };
    const heard: string[] = [];
    const stop = watchDownloads((p) => heard.push(p.state));
    await expect.poll(() => heard).toEqual(['downloading']);
    stop();
    leaderTab.close();
  });
});
