import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The limit is there to catch a hang, not to time the code (tests assert behaviour, never a timing). Some tests
    // generate RSA keys or start Node processes; on CI's two shared cores those have taken 3-6 s, past the 5 s default.
    testTimeout: 20_000,
  },
});
