import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.js';
import { capture } from './casualty-steps.js';

// No fake device: this test machine has no microphone, so Chromium finds none (a separate file, as launch flags are per file).
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } });

test('Dictate with no microphone says what to do, and the button stays usable', async ({ context, page }) => {
  await context.grantPermissions(['microphone']);
  await page.goto('/capture?test-speech-engine');
  await capture(page).getByRole('button', { name: 'Dictate' }).click();
  const problem = capture(page).locator('dictate-button').getByRole('alert');
  await expect(problem).toHaveAttribute('data-problem', 'no-mic');
  await expect(problem).toContainText('No microphone was found');
  await expect(capture(page).getByRole('button', { name: 'Dictate' })).toBeEnabled();
});
