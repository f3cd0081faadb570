import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LaunchOptions } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.js';
import { spokenWav } from '../src/cli/spoken-wav.js';

/**
 * Launch options for a Chromium whose fake microphone plays espeak-ng speech of `phrases`, with `pausesMs` of
 * silence between them, in a loop. A permission prompt is answered "block" unless a test grants the microphone
 * first (as a medic's "Allow" would; --use-fake-ui-for-media-stream would allow it for every test).
 */
export function fakeMicrophone(phrases: string[], pausesMs: number[]): LaunchOptions {
  const speech = join(mkdtempSync(join(tmpdir(), 'fake-microphone-')), 'speech.wav');
  writeFileSync(speech, spokenWav(phrases, pausesMs).wav);
  return {
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${speech}`,
      '--deny-permission-prompts',
    ],
  };
}
