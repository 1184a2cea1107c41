// The "Add a dashboard page" checklist (README.md) where no type catches a page left out: every view is
// routed, and every route is in the README's page table, the browser tests, the screenshots and — for a
// page of the navigation — the menu and its label. A page missing from one fails here, naming the file.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { zhCN } from './i18n/zh-CN';
import { createAppRouter, FILTERED_ROUTES } from './router';

// The router's own routes, on an in-memory history (there is no browser here).
vi.mock('vue-router', async (importOriginal) => {
  const router = await importOriginal<typeof import('vue-router')>();
  return { ...router, createWebHistory: () => router.createMemoryHistory() };
});

const read = (relative: string): string =>
  readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');
const routes = createAppRouter()
  .getRoutes()
  .map((r) => ({ name: String(r.name), path: r.path, standalone: r.meta.standalone === true }));
/** Routes with nothing of their own to draw or test in the shell's page suites, and where they are tested. */
const NOT_A_PAGE = new Set(['not-found']);
const TESTED_ELSEWHERE: Record<string, string> = {
  login: 'the login page test of e2e/dashboard-pages.e2e.test.ts',
  wall: 'e2e/wall-*.e2e.test.ts',
};
const pages = routes.filter((r) => !NOT_A_PAGE.has(r.name));
/** Pages in the menu: the filtered pages that need no id. */
const navPages = pages.filter((r) => FILTERED_ROUTES.includes(r.name) && !r.path.includes(':'));

describe('the page checklist: every page of the router', () => {
  it('routes every view of src/views (src/router.ts)', () => {
    const router = read('./router.ts');
    const views = readdirSync(fileURLToPath(new URL('./views', import.meta.url))).filter((f) =>
      f.endsWith('.vue'),
    );
    // Lazily, or statically (the landing page, which comes with the app's code).
    const unrouted = views.filter(
      (view) =>
        !router.includes(`import('./views/${view}')`) &&
        !router.includes(`import ${view.replace(/\.vue$/, '')} from './views/${view}'`),
    );
    expect(unrouted.map((view) => `src/router.ts: no route for src/views/${view}`)).toEqual([]);
    const unknown = FILTERED_ROUTES.filter((name) => !routes.some((r) => r.name === name));
    expect(unknown.map((name) => `src/router.ts FILTERED_ROUTES: no route named ${name}`)).toEqual([]);
  });

  it('lists it in the page table (README.md)', () => {
    const readme = read('../README.md');
    const absent = pages.filter((r) => !readme.includes(`\`${r.path}\``));
    expect(absent.map((r) => `README.md "Pages": ${r.path}`)).toEqual([]);
  });

  it('draws it without a console error or accessibility violation (e2e/dashboard-pages.e2e.test.ts)', () => {
    const suite = read('../e2e/dashboard-pages.e2e.test.ts');
    const untested = pages.filter((r) => !TESTED_ELSEWHERE[r.name] && !suite.includes(`name: '${r.name}'`));
    expect(untested.map((r) => `e2e/dashboard-pages.e2e.test.ts PAGES: ${r.name}`)).toEqual([]);
  });

  it('shoots it for the root README (scripts/screenshots.mjs)', () => {
    const script = read('../scripts/screenshots.mjs');
    const unshot = pages.filter((r) => !r.standalone && !script.includes(`'${r.name}'`));
    expect(unshot.map((r) => `scripts/screenshots.mjs: ${r.name}`)).toEqual([]);
  });

  it('puts a page of the navigation in the menu with its label (src/App.vue, src/i18n nav.*)', () => {
    const menu = /\(\[([^\]]*)\] as const\)/.exec(read('./App.vue'))?.[1] ?? '';
    const labels: Record<string, string> = zhCN.nav;
    const left = navPages.flatMap((r) => [
      ...(menu.includes(`'${r.name}'`) ? [] : [`src/App.vue nav: ${r.name}`]),
      ...(labels[r.name] ? [] : [`src/i18n/zh-CN.ts and en.ts: nav.${r.name}`]),
    ]);
    expect(navPages.length).toBeGreaterThan(0);
    expect(left).toEqual([]);
  });
});
