import { defineConfig } from 'vitest/config';

/** The held-out quotation evaluation (`npm run eval:quotes`); kept out of `npm test`. */
export default defineConfig({
  test: {
    include: ['bench/heldout/**/*.test.ts'],
    testTimeout: 300_000,
    pool: 'forks',
  },
});
