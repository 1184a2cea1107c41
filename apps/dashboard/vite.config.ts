import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  server: {
    // In development the API runs beside Vite; in production the API serves this build itself.
    proxy: { '/graphql': 'http://localhost:4000', '/health': 'http://localhost:4000' },
  },
  test: { environment: 'node' },
});
