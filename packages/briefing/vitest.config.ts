import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The domain from its sources: a test needs no build of it first.
    alias: { '@lianxin/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.ts'],
    // Rasterising charts with a 3 MB CJK font: ~1 s a test on the shared 2-core machine.
    testTimeout: 30_000,
  },
});
