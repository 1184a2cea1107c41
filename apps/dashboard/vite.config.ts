import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// Everything the dashboard calls lives on the API's origin; in development Vite forwards it so cookies,
// CSRF prevention and the export downloads behave exactly as when the API serves the build.
const API = process.env.LIANXIN_API_URL ?? 'http://localhost:4000';
const proxied = ['/graphql', '/auth', '/export', '/health'];

export default defineConfig({
  plugins: [vue()],
  define: {
    // vue-i18n's bundler build: Composition API only (drops the legacy API), no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    // The first load's chunk is ~510 KB before compression; scripts/check-budgets.mjs holds its gzip size.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // ECharts in a chunk of its own, so scripts/check-budgets.mjs can hold it to its budget and the
        // route views that chart share it instead of each pulling a copy.
        codeSplitting: {
          // Only ECharts' own modules: by default a group also swallows their dependencies (vue, via
          // vue-echarts), which would drag the whole chunk into the first page load.
          includeDependenciesRecursively: false,
          groups: [
            // Everything the first page load runs, in the entry's one file: left to automatic chunking
            // it came as 14 files of 0.3–50 KB, each a request of its own.
            { name: 'shell', tags: ['$initial'] },
            // zrender (the canvas engine) in a chunk beside ECharts': both load with the first chart, in
            // parallel; scripts/check-budgets.mjs counts them together. tslib (their class helpers) goes with
            // it: left to be chunked on its own, it ended up in a chunk evaluated after ECharts'
            // ("extendStatics is not a function"). Not the parts only the map uses (SVG maps' parser,
            // point-in-polygon): they load with the map.
            {
              name: 'zrender',
              test: /node_modules[\\/]\.pnpm[\\/](zrender|tslib)@[^\\/]+[\\/]node_modules[\\/](?!zrender[\\/]lib[\\/](tool[\\/]parse(SVG|XML)|contain[\\/]polygon)\.)/,
            },
            // Chart types of one or two pages (heat map, treemap, pie, scatter, calendar, visual map, the map with
            // its geo coordinates and roaming) stay out of the shared chunk and load with their pages
            // (src/charts/register-*.ts).
            {
              name: 'echarts',
              test: /node_modules[\\/]\.pnpm[\\/](echarts|vue-echarts)@[^\\/]+[\\/]node_modules[\\/](vue-echarts|echarts[\\/](?!lib[\\/](chart[\\/](heatmap|treemap|pie|scatter|map|helper[\\/]createSeriesDataSimply)|component[\\/](calendar|visualMap|geo|helper[\\/](MapDraw|RoamController|roamHelper|interactionMutex|cursorHelper))|coord[\\/](calendar|geo|View)|legacy[\\/]dataSelectAction)))/,
            },
          ],
        },
      },
    },
  },
  server: {
    // In development the API runs beside Vite; in production the API serves this build itself.
    // ws: the wall screen's graphql-ws subscription shares /graphql with the HTTP requests.
    proxy: Object.fromEntries(
      proxied.map((path) => [path, { target: API, changeOrigin: false, ws: path === '/graphql' }]),
    ),
  },
  test: {
    environment: 'node',
    // The domain (and the briefing's periods) from their sources in tests (the build bundles their
    // compiled dist): no build first.
    alias: {
      // Before the package's own name, which would also match its subpath.
      '@lianxin/domain/statistics': fileURLToPath(
        new URL('../../packages/domain/src/statistics.ts', import.meta.url),
      ),
      '@lianxin/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)),
      '@lianxin/briefing/period': fileURLToPath(
        new URL('../../packages/briefing/src/period.ts', import.meta.url),
      ),
    },
    // The browser suites (e2e/*.e2e.test.ts) each start the built API on a freshly seeded database
    // (~20k cases) and drive Chromium: minutes, not milliseconds. One file at a time, so a 2-core CI
    // machine never seeds several databases and runs several browsers at once.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
