// Who is signed in. Sign-in is the API's REST endpoints (/auth/*), which set or clear the httpOnly
// session cookie; the page never sees the token. GraphQL calls ride on the same cookie.
import { Role, inRoleGroup } from '@lianxin/domain';
import { computed, ref } from 'vue';

interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  leaderId: number | null;
  /** The unit whose accusation cases (检举控告) the user handles. */
  unitId: number | null;
  /** The area the user's reach is limited to (a township user, a village user); empty: the district. */
  scope?: { townshipCode?: string; villageCode?: string };
}

export interface Session {
  user: SessionUser;
  expiresAt: string;
}

export const session = ref<Session | null>(null);
let pending: Promise<Session | null> | null = null;

/**
 * The wall-screen role sees aggregates only: no case lists, warnings or case pages, and no village
 * filter (the API refuses them with FORBIDDEN), so the dashboard does not offer them.
 */
export const readsCases = computed(() => inRoleGroup(session.value?.user.role, 'caseReaders'));
/**
 * Every case reader may export the filtered cases; the API masks petitioners per role and logs it.
 * @alias a rule of its own that happens to equal readsCases today
 */
export const canExport = readsCases;
/** Administrators: they alone set KPI targets (the 指标目标 page). */
export const isAdmin = computed(() => inRoleGroup(session.value?.user.role, 'admins'));
/** Revisions of closed months are district-wide figures with accusations: administrators only. */
export const seesRevisions = computed(() => inRoleGroup(session.value?.user.role, 'admins'));

/**
 * Which accusations (检举控告) the user's numbers include: the API leaves out of every count and KPI
 * those the user is not cleared for (all for an administrator; those of their unit or the cases a
 * leader is in charge of; none otherwise), so the dashboard says so beside the KPIs.
 */
export const accusationsCounted = computed<'all' | 'own' | 'none'>(() => {
  const user = session.value?.user;
  if (!user || user.role === Role.ADMIN) return 'all';
  if (user.unitId !== null || (user.role === Role.LEADER && user.leaderId !== null)) return 'own';
  return 'none';
});

/**
 * The session the API wrote into the page it served (apps/api session-page.ts), taken out of the document
 * as it is read, so only the first navigation uses it and needs no round trip to /auth/me. Absent
 * (signed out, or a page not served by the API) the page asks as before.
 */
function sessionInPage(): Session | null {
  const meta =
    typeof document === 'undefined' ? null : document.querySelector('meta[name="lianxin-session"]');
  if (!meta) return null;
  meta.remove();
  try {
    const written = JSON.parse(meta.getAttribute('content') ?? 'null') as Session | null;
    return written?.user ? written : null;
  } catch {
    return null;
  }
}

/** Asks the API once per page load (and again after sign-in or a 401); null when not signed in. */
export function ensureSession(force = false): Promise<Session | null> {
  if (!force && session.value) return Promise.resolve(session.value);
  if (!force && pending) return pending;
  const written = force ? null : sessionInPage();
  if (written) {
    session.value = written;
    return Promise.resolve(written);
  }
  pending = fetch('/auth/me', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then(async (res) => {
      session.value = res.ok ? ((await res.json()) as Session) : null;
      return session.value;
    })
    .catch(() => {
      // The API is down: treat as signed out; the login page says the server is unreachable.
      session.value = null;
      return null;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

export type LoginResult = { ok: true } | { ok: false; reason: 'failed' | 'rateLimited' | 'network' };

export async function login(username: string, password: string): Promise<LoginResult> {
  let res: Response;
  try {
    res = await fetch('/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (res.status === 429) return { ok: false, reason: 'rateLimited' };
  if (!res.ok) return { ok: false, reason: res.status >= 500 ? 'network' : 'failed' };
  await ensureSession(true);
  return session.value ? { ok: true } : { ok: false, reason: 'failed' };
}

export async function logout(): Promise<void> {
  try {
    // The API refuses a cookie-borne POST without it: no other site's form can send it (CSRF).
    await fetch('/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-requested-with': 'fetch' },
    });
  } finally {
    session.value = null;
  }
}

/** Only same-site paths after sign-in: a crafted ?next=https://elsewhere must not redirect away. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
