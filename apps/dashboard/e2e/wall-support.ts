// What the wall screen's browser suites share: their set-up (wallSuite), talking to the API as a tool
// would (bearer tokens), a DISPLAY account for the wall, registering cases with known personal data, and
// opening /wall.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '@lianxin/e2e/browser';
import { type ApiOptions, type RunningApi, startApi } from '@lianxin/e2e/harness';

const WALL_USER = 'wall-display';
const WALL_PASSWORD = 'wall-display-password-0001';

/** POST /graphql with a bearer token; throws on any GraphQL error. */
export async function gql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** Signs in through POST /auth/login and answers the bearer token. */
export async function login(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** A DISPLAY account and a bearer token for it (the token the wall's link carries). */
export function displayToken(api: RunningApi, username = WALL_USER): string {
  api.createUser(username, 'DISPLAY', WALL_PASSWORD);
  return api.tokenFor(username);
}

/** What a wall suite's tests reach through `wallSuite`'s handle, once its beforeAll has run. */
export interface WallSuite {
  readonly api: RunningApi;
  readonly browser: Browser;
  /** A DISPLAY account's bearer token, for the wall's link. */
  readonly token: string;
}

/**
 * The set-up every wall suite repeated, registered on the calling describe block: in beforeAll (120 s at
 * most) the built API on a fresh seed, Chromium and a DISPLAY token; in afterAll the browser closed (with
 * the walls it opened), the API stopped and its data removed. The suites open their walls themselves.
 */
export function wallSuite(
  options: { api?: ApiOptions; setup?: (suite: WallSuite) => Promise<void> } = {},
): WallSuite {
  let api: RunningApi | undefined;
  let browser: Browser | undefined;
  let token: string | undefined;
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`wallSuite: no ${name} before beforeAll`);
    return value;
  };
  const suite: WallSuite = {
    get api() {
      return ready(api, 'api');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get token() {
      return ready(token, 'token');
    },
  };

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(options.api), launchBrowser()]);
    token = displayToken(api);
    await options.setup?.(suite);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    if (api) fs.rmSync(api.dataDir, { recursive: true, force: true });
  });
  return suite;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A well-formed resident ID number (GB 11643 check character) from 17 digits. */
function idNumber(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return first17 + '10X98765432'[sum % 11]!;
}

export interface Place {
  villageCode: string;
  villageName: string;
  townshipCode: string;
}

export interface Places {
  villages: Place[];
  categories: { code: string; nameZh: string }[];
  townshipNames: Map<string, string>;
}

export async function places(url: string, token: string): Promise<Places> {
  const data = await gql<{
    townships: { code: string; name: string; villages: { code: string; name: string }[] }[];
    categories: { code: string; nameZh: string }[];
  }>(url, token, '{ townships { code name villages { code name } } categories { code nameZh } }');
  return {
    villages: data.townships.flatMap((t) =>
      t.villages.map((v) => ({ villageCode: v.code, villageName: v.name, townshipCode: t.code })),
    ),
    categories: data.categories,
    townshipNames: new Map(data.townships.map((t) => [t.code, t.name])),
  };
}

/**
 * The place the wall's ticker names for the newest case, asked as the wall (DISPLAY) would: its village,
 * or its township where the API withholds the village (a village whose yearly count the wall may not
 * show — most villages early in January).
 */
export async function tickerPlace(url: string, displayToken: string, known: Places): Promise<string> {
  const data = await gql<{ caseTicker: { village: { name: string } | null; township: { code: string } }[] }>(
    url,
    displayToken,
    '{ caseTicker(first: 1) { village { name } township { code } } }',
  );
  const [newest] = data.caseTicker;
  if (!newest) throw new Error('the ticker is empty');
  return newest.village?.name ?? known.townshipNames.get(newest.township.code) ?? newest.township.code;
}

export interface Registration {
  villageCode: string;
  categoryCode: string;
  title: string;
  summary: string;
  name: string;
  phone: string;
  idNumber: string;
}

/** Registers a case (as an ADMIN or CLERK token) and answers its id, code and version. */
export async function registerCase(
  url: string,
  token: string,
  r: Registration,
): Promise<{ id: string; code: string; version: number }> {
  const data = await gql<{ registerCase: { id: string; code: string; version: number } }>(
    url,
    token,
    `mutation Register($input: RegisterCaseInput!) { registerCase(input: $input) { id code version } }`,
    {
      input: {
        categoryCode: r.categoryCode,
        channel: 'VISIT',
        headcount: 1,
        matterType: 'APPEAL',
        petitioners: [{ name: r.name, phone: r.phone, idNumber: r.idNumber, representative: true }],
        summary: r.summary,
        title: r.title,
        villageCode: r.villageCode,
      },
    },
  );
  return data.registerCase;
}

/** A registration with recognisable personal data, different for each `n`. */
export function knownRegistration(place: Place, categoryCode: string, n: number): Registration {
  const serial = String(n).padStart(4, '0');
  return {
    villageCode: place.villageCode,
    categoryCode,
    title: `墙屏测试标题${serial}号渠道纠纷`,
    summary: `墙屏测试摘要${serial}:上游闸口被堵,下游农田无法灌溉。`,
    name: `测试人${serial}`,
    phone: `1390000${serial}`,
    idNumber: idNumber(`64030219850101${String(n % 1000).padStart(3, '0')}`),
  };
}

export interface WallPage {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
}

/** Opens /wall with a token in the link, as a wall is set up, and waits for its first data. */
export async function openWall(
  browser: Browser,
  url: string,
  token: string | null,
  query: string,
  viewport = { width: 1920, height: 1080 },
): Promise<WallPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const params = new URLSearchParams(query);
  if (token) params.set('token', token);
  await page.goto(`${url}/wall?${params}`);
  await page
    .getByTestId('wall-asof')
    .filter({ hasText: /\d\d:\d\d:\d\d/ })
    .waitFor({ timeout: 20_000 });
  return { context, page, consoleErrors };
}
