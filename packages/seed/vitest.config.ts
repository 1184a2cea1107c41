import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The domain from its sources: a test needs no build of it first.
    alias: {
      // Before the package's own name, which would also match its subpath.
      '@lianxin/domain/statistics': fileURLToPath(new URL('../domain/src/statistics.ts', import.meta.url)),
      '@lianxin/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    // A whole seed is generated, folded and replayed per file; the 2-core machine is shared, so the
    // default 5 s per test is too tight under load, not for the work itself (~1–3 s idle).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
