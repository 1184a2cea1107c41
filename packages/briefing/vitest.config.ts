import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Rasterising charts with a 3 MB CJK font: ~1 s a test on the shared 2-core machine.
    testTimeout: 30_000,
  },
});
