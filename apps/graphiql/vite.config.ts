import { defineConfig } from 'vitest/config';

// The page calls only the API's origin; in development Vite forwards to it (sign in at /auth/login first:
// GraphiQL is for signed-in analysts).
const API = process.env.LIANXIN_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  // The API serves this build's index.html at /graphiql and its assets at /graphiql/assets, apart from
  // the dashboard's /assets.
  base: '/graphiql/',
  build: {
    // React with GraphiQL's editor is one ~1 MB chunk by design (analysts only, no route splitting to do):
    // warn only if it grows past that.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      // React libraries used by GraphiQL start with "use client", meaningless outside server components;
      // without this every such file prints a warning and real ones drown.
      checks: { moduleLevelDirective: false },
    },
  },
  server: { proxy: { '/graphql': API, '/auth': API } },
  test: {
    environment: 'node',
    // The browser suite (e2e/) starts the built API on a freshly seeded database (~20k cases) and drives
    // Chromium: minutes, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
