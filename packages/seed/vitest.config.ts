import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // A whole seed is generated, folded and replayed per file; the 2-core machine is shared, so the
    // default 5 s per test is too tight under load, not for the work itself (~1–3 s idle).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
