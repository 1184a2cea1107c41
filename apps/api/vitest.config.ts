import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // type-graphql and our code must share one graphql module, or schema building fails with
    // "Cannot use GraphQLSchema from another module or realm".
    alias: {
      graphql: require.resolve('graphql'),
      // The workspace packages from their sources: a test needs no build of them first.
      // Before the package's own name, which would also match its subpath.
      '@lianxin/domain/statistics': fileURLToPath(
        new URL('../../packages/domain/src/statistics.ts', import.meta.url),
      ),
      '@lianxin/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)),
      '@lianxin/briefing/testing': fileURLToPath(
        new URL('../../packages/briefing/src/test/index.ts', import.meta.url),
      ),
      '@lianxin/briefing/period': fileURLToPath(
        new URL('../../packages/briefing/src/period.ts', import.meta.url),
      ),
      '@lianxin/briefing': fileURLToPath(new URL('../../packages/briefing/src/index.ts', import.meta.url)),
      '@lianxin/seed': fileURLToPath(new URL('../../packages/seed/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['reflect-metadata', './src/test/quiet-log.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files each create their own databases; run them one at a time on this 2-core machine.
    fileParallelism: false,
  },
});
