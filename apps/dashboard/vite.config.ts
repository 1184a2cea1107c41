import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  build: {
    rolldownOptions: {
      // Two pages, each with its own chunks: GraphiQL (React, CodeMirror) must not weigh on the dashboard.
      // The API serves dist/graphiql.html at /graphiql and dist/assets at /assets (default base '/').
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
      // React libraries used by GraphiQL start with "use client", meaningless outside server components;
      // without this every such file prints a warning and real ones drown.
      checks: { moduleLevelDirective: false },
    },
  },
  server: {
    // In development the API runs beside Vite; in production the API serves this build itself.
    proxy: { '/graphql': 'http://localhost:4000', '/health': 'http://localhost:4000' },
  },
  test: { environment: 'node' },
});
