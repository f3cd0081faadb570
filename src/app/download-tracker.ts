/**
 * The one model download the Model view shows, whichever tab runs it: this tab's (pause, resume, cancel) or
 * another tab's, whose broadcast progress it follows. Tells subscribers on every update; `finished` counts the
 * downloads that ended, so the Model view re-reads what is stored and has the engine chosen again.
 */
import type { DownloadProgress, LeaderSession, ModelLocation } from '../model-store/index.js';
import { Observable } from './observable.js';

/** The download on screen. */
export interface TrackedDownload {
  modelId: string;
  /** `here`: this tab downloads and can pause, resume and cancel; `other-tab`: it only shows progress. */
  where: 'here' | 'other-tab';
  progress?: DownloadProgress;
  /** The store's message (it names the file) once the download failed. */
  error?: string;
}

const ENDED = new Set(['done', 'failed', 'cancelled']);

export class DownloadTracker extends Observable {
  current: TrackedDownload | undefined;
  /** How many downloads ended (done, failed, cancelled, or the other tab gone) since the tab opened. */
  finished = 0;
  private leader: LeaderSession | undefined;
  private following = false;

  /** `canFollowOtherTabs` false leaves other tabs' downloads unwatched (where there is no BroadcastChannel). */
  constructor(private readonly canFollowOtherTabs = true) {
    super();
  }

  /**
   * Watches other tabs' downloads from now on, for as long as the tab lives, so another tab's download shows the
   * moment the Model view opens; later calls do nothing. The page calls it once its first screen is settled: the
   * model store's channel is a chunk of its own, which the first screen does not wait for.
   */
  followOtherTabs(): void {
    if (!this.canFollowOtherTabs || this.following) return;
    this.following = true;
    void import('../model-store/download-channel.js').then(({ watchDownloads }) =>
      watchDownloads((p) => {
        if (this.current?.where === 'here') return; // already shown from this tab's own download
        this.show({ modelId: p.modelId, where: 'other-tab', progress: p, ...errorOf(p) });
      }),
    );
  }

  /** Downloads (or resumes) a model here, or follows the tab that already downloads one. */
  async start(location: ModelLocation): Promise<void> {
    const { startDownload, WorkerDownload } = await import('../model-store/index.js');
    // In a worker: copying and hashing each finished shard would otherwise freeze the page a moment.
    const session = await startDownload(
      { manifest: location.manifest, modelUrl: location.modelUrl },
      (o) => new WorkerDownload(o),
    );
    if (session.role === 'follower') {
      this.show({ modelId: location.manifest.id, where: 'other-tab' });
      const stop = session.onProgress((p) =>
        this.show({ modelId: p.modelId, where: 'other-tab', progress: p, ...errorOf(p) }),
      );
      await session.leaderGone;
      stop();
      session.close();
      return this.end();
    }
    this.leader = session;
    const { download } = session;
    this.show({ modelId: location.manifest.id, where: 'here', progress: download.progress });
    download.onProgress((p) => this.show({ modelId: p.modelId, where: 'here', progress: p, ...errorOf(p) }));
    await this.run(() => download.start());
  }

  /** Stops fetching, keeping every stored byte. */
  pause(): Promise<void> {
    return this.leader?.download.pause() ?? Promise.resolve();
  }

  /** Continues a paused download from its last stored byte. */
  resume(): Promise<void> {
    const download = this.leader?.download;
    return download ? this.run(() => download.resume()) : Promise.resolve();
  }

  /** Stops and drops the partial files; verified files stay. */
  async cancel(): Promise<void> {
    await this.leader?.download.cancel();
  }

  /** Forgets an ended download (the view's "Dismiss"). */
  clear(): void {
    if (this.current?.progress && !ENDED.has(this.current.progress.state)) return;
    this.current = undefined;
    this.changed();
  }

  private async run(work: () => Promise<string>): Promise<void> {
    try {
      const result = await work();
      if (result === 'paused') return;
    } catch (error) {
      if (this.current) this.show({ ...this.current, error: (error as Error).message });
    }
    this.leader = undefined;
    this.end();
  }

  private show(next: TrackedDownload): void {
    const ended = this.current?.progress && ENDED.has(this.current.progress.state);
    this.current = next;
    this.changed();
    if (next.where === 'other-tab' && next.progress && ENDED.has(next.progress.state) && !ended) this.end();
  }

  private end(): void {
    if (this.current?.progress?.state === 'done' || this.current?.progress?.state === 'cancelled')
      this.current = undefined;
    this.finished += 1;
    this.changed();
  }
}

function errorOf(p: DownloadProgress): { error?: string } {
  return p.error ? { error: p.error.message } : {};
}
