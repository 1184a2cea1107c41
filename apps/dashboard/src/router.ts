import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteRecordRaw,
} from 'vue-router';
import { inRoleGroup } from '@lianxin/domain';
import { ensureSession, type Session } from './auth/session';
import { storeWallToken } from './wall/token';
import OverviewView from './views/OverviewView.vue';

// Route views load on demand (but the overview, below): the first paint carries only the shell, the filter
// bar and the page shown.
const routes: RouteRecordRaw[] = [
  // The landing page comes with the app's code, not after it: with the session in the page (auth/session.ts)
  // its first screen is drawn in the same task as the shell, one request and one round trip sooner.
  { path: '/', name: 'overview', component: OverviewView },
  { path: '/categories', name: 'categories', component: () => import('./views/CategoriesView.vue') },
  { path: '/villages', name: 'villages', component: () => import('./views/VillagesView.vue') },
  { path: '/map', name: 'map', component: () => import('./views/MapView.vue') },
  { path: '/leaders', name: 'leaders', component: () => import('./views/LeadersView.vue') },
  { path: '/leaders/:id', name: 'leader', component: () => import('./views/LeaderView.vue'), props: true },
  { path: '/warnings', name: 'warnings', component: () => import('./views/WarningsView.vue') },
  {
    path: '/targets',
    name: 'targets',
    component: () => import('./views/TargetsView.vue'),
    meta: { adminOnly: true },
  },
  {
    path: '/boundaries',
    name: 'boundaries',
    component: () => import('./views/BoundariesView.vue'),
    meta: { adminOnly: true },
  },
  {
    path: '/cases',
    name: 'cases',
    component: () => import('./views/CasesView.vue'),
    meta: { caseLevel: true },
  },
  {
    path: '/cases/:id',
    name: 'case',
    component: () => import('./views/CaseDetailView.vue'),
    props: true,
    meta: { caseLevel: true },
  },
  {
    // The command-center wall screen: stands alone (no shell, no sign-in redirect); it signs in with a
    // DISPLAY token given once in its link, kept and taken out of the address bar before the page shows.
    path: '/wall',
    name: 'wall',
    component: () => import('./views/WallView.vue'),
    meta: { public: true, standalone: true },
    beforeEnter: (to) => {
      const token = to.query.token;
      if (typeof token !== 'string' || !token) return true;
      storeWallToken(token);
      const query = { ...to.query };
      delete query.token;
      return { path: to.path, query, hash: to.hash, replace: true };
    },
  },
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true } },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./views/NotFoundView.vue'),
    meta: { public: true },
  },
];

/** Pages that share the filter bar (its query travels with the navigation between them). */
export const FILTERED_ROUTES = ['overview', 'categories', 'villages', 'map', 'leaders', 'leader', 'cases'];

/** Starts what a page will ask for once the session is known (main.ts: the overview's request). */
export type Prefetch = (to: RouteLocationNormalized, session: Session) => void;

export function createAppRouter(prefetch?: Prefetch) {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: (to, from, saved) => saved ?? (to.path !== from.path ? { top: 0 } : undefined),
  });
  router.beforeEach(async (to) => {
    // The page's code loads while the session is checked, not after (import() is cached: the router's
    // own load later finds it done).
    for (const record of to.matched) {
      const view = record.components?.default;
      if (typeof view === 'function') void (view as () => Promise<unknown>)();
    }
    if (to.meta.public) return true;
    const s = await ensureSession();
    if (!s) return { name: 'login', query: { next: to.fullPath } };
    // The wall-screen role gets aggregates only; a bookmarked case link would only show FORBIDDEN.
    if (to.meta.caseLevel && !inRoleGroup(s.user.role, 'caseReaders')) return { name: 'overview' };
    // Only administrators set targets (the API refuses anyone else's setKpiTarget as FORBIDDEN).
    if (to.meta.adminOnly && !inRoleGroup(s.user.role, 'admins')) return { name: 'overview' };
    prefetch?.(to, s);
    return true;
  });
  return router;
}
