// The transfer suites' shared setup (transfer.sheets, .http, .failures, .upload-attacks, .export-attacks):
// the seeded source of every suite, one ID number key for the databases that exchange files, empty
// districts to import into, the template's rows, and the attack suites' API with a 马莲渠乡 clerk, its
// uploads and the raw-socket requests a well-behaved client never sends.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, expect } from 'vitest';
import { localDate, Role } from '@lianxin/domain';
import type { Dialect } from '../config.js';
import { openDatabase, type DialectDataSource } from '../db/data-source.js';
import { dialectOf, dialectSpec } from '../db/dialect.js';
import { loadSeed } from '../db/seed-loader.js';
import { AccessPolicy } from '../modules/access/access-policy.js';
import type { AuthUser } from '../modules/auth/auth.service.js';
import { selectCases } from '../modules/case/case-query.js';
import { IdNumberCipher } from '../modules/petitioner/id-number-cipher.js';
import { ROLLUP_TABLES } from '../modules/stats/rollup.js';
import { StatsService } from '../modules/stats/stats.service.js';
import { CASE_HEADERS } from '../modules/transfer/case-columns.js';
import { exportCases } from '../modules/transfer/case-export.js';
import type { ImportOptions } from '../modules/transfer/case-import.js';
import { recentTemplateRows } from '../modules/transfer/sheet-fixtures.js';
import type { SheetFormat } from '../modules/transfer/sheet-io.js';
import { startTestApi, type TestApi } from './api.js';
import { lateBound } from './late-bound.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

/** The seed of every transfer suite's API (the attack suite's too, under its own key). */
const SOURCE = { until: '2021-12-31', casesPerYear: 400 } as const;
export const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// One key for every database of the spreadsheet suites: an export of one imports into another.
export const ID_NUMBER_KEY = Buffer.alloc(32, 5);
export const idNumbers = new IdNumberCipher(ID_NUMBER_KEY);

/** A database with the seed's district (same reference data) and no cases, its ID numbers under `key`. */
export async function emptyDistrict(
  dialect: 'sqlite' | 'postgres',
  key: IdNumberCipher = idNumbers,
): Promise<{ db: TestDatabase; ds: DialectDataSource }> {
  const db = await createTestDatabase(dialect);
  const ds = await openDatabase({ database: db.config, idNumbers: key });
  await loadSeed(ds, key, { until: '2021-01-31', cases: 5 });
  for (const table of [
    'early_warning_signal',
    'early_warning_state',
    ...ROLLUP_TABLES,
    'case_event',
    'case_petitioner',
    'case_fact_version',
    'petition_case',
    'petitioner',
  ])
    await ds.query(`DELETE FROM ${table}`);
  return { db, ds };
}

export const REASON = 'paper files of the district archive';

/**
 * What an administrator's import of historical cases passes: the files here hold 2021 and 2023 cases,
 * months that closed long ago, which only a recorded revision may change.
 */
export function revisionOn(ds: DialectDataSource): NonNullable<ImportOptions['revision']> {
  return { by: 'test', reason: REASON, stats: new StatsService(ds, dialectSpec(dialectOf(ds))) };
}

/** The revisions recorded in a database: month (YYYY-MM), who, why, with what. */
export async function revisions(
  ds: DialectDataSource,
): Promise<{ month: string; by: string; reason: string; source: string }[]> {
  const rows: { month: string | Date; revised_by: string; reason: string; source: string }[] = await ds.query(
    'SELECT month, revised_by, reason, source FROM period_revision ORDER BY month, id',
  );
  return rows.map((r) => ({
    month: (r.month instanceof Date ? localDate(r.month) : r.month).slice(0, 7),
    by: r.revised_by,
    reason: r.reason,
    source: r.source,
  }));
}

export async function exportToBuffer(
  ds: DialectDataSource,
  format: SheetFormat,
  filter = {},
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportCases(ds, idNumbers, selectCases(filter, new Date(), AccessPolicy.system()), format, out, 97);
  return Buffer.concat(chunks);
}

export async function count(ds: DialectDataSource, table: string): Promise<number> {
  const rows: { n: number | string }[] = await ds.query(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]!.n);
}

/** The template's two example rows as header-keyed cells, to vary one cell per test row. */
export function templateRows(): { headers: string[]; rows: string[][] } {
  const csv = fs
    .readFileSync(path.join(apiDir, 'templates/case-import-template.csv'), 'utf8')
    .replace(/^\uFEFF/, '');
  const lines = csv
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  return { headers: lines[0]!, rows: lines.slice(1) };
}

export function withCell(row: string[], header: string, value: string): string[] {
  const copy = [...row];
  copy[CASE_HEADERS.indexOf(header)] = value;
  return copy;
}

/** A signed-in clerk's request headers for a server. */
export const clerkOf = async (auth: TestApi['auth'], username: string): Promise<Record<string, string>> => {
  await auth.createUser({ username, role: Role.CLERK });
  return { authorization: `Bearer ${(await auth.tokenFor(username, 600)).token}` };
};

/** The spreadsheet suites' API (SOURCE, under ID_NUMBER_KEY) and a district-wide clerk's headers. */
export function transferSuite(dialect: Dialect) {
  let api: TestApi;
  let clerk: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi(dialect, SOURCE, {}, idNumbers);
    clerk = await clerkOf(api.auth, 'clerk');
  });
  afterAll(async () => {
    await api?.stop();
  });
  return lateBound(() => ({ api, clerk }), {});
}

// ---- the attack suite ----

export const column = (header: string): number => CASE_HEADERS.indexOf(header);

export interface ErrorBody {
  errors: { message: string; extensions: Record<string, unknown> & { code: string } }[];
}

/** An answer read off a raw socket (null when the server closed it without one). */
interface RawAnswer {
  status: number;
  body: string;
}

/**
 * Sends `chunks` as the body of a POST over a plain socket, so a test controls every byte (a body that
 * stops short, a client that goes away). `abortAfter` destroys the request after that many chunks.
 */
export function rawPost(
  url: string,
  headers: Record<string, string>,
  chunks: (string | Buffer)[],
  abortAfter?: number,
): Promise<RawAnswer | null> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
      res.on('error', reject);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // An aborted request ends in a socket error on our side: the attack, not a failure of the test.
      if (abortAfter !== undefined) resolve(null);
      else reject(error);
    });
    chunks.forEach((chunk, i) => {
      if (abortAfter !== undefined && i === abortAfter) {
        // Let the server take in what was sent, then vanish mid-body.
        setTimeout(() => req.destroy(), 100);
        return;
      }
      req.write(chunk);
    });
    if (abortAfter === undefined) req.end();
  });
}

export const BOUNDARY = 'lianxin-test-boundary';

export function part(disposition: string, content: string, type = 'text/csv'): string {
  return `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${type}\r\n\r\n${content}\r\n`;
}

export const CLOSE = `--${BOUNDARY}--\r\n`;

/**
 * The attack suites' API (SOURCE, its own key) with a 马莲渠乡 clerk and an administrator, both sending
 * requests as the dashboard does, and the template's rows moved to the last few days.
 */
export function attackSuite(dialect: Dialect) {
  let api: TestApi;
  let malian: string;
  /** Headers of a 马莲渠乡 clerk, sent as the dashboard would send them (same origin, custom header). */
  let clerk: Record<string, string>;
  let admin: Record<string, string>;
  let clerkUser: AuthUser;
  /** The template's rows moved to the last few days (an open month). */
  let recent: { headers: string[]; rows: string[][] };

  beforeAll(async () => {
    api = await startTestApi(dialect, SOURCE);
    const townships: { code: string; name: string }[] = await api.dataSource.query(
      'SELECT code, name FROM township',
    );
    malian = townships.find((t) => t.name === '马莲渠乡')!.code;
    ({ user: clerkUser } = await api.auth.createUser({
      username: 'malian-clerk',
      role: Role.CLERK,
      townshipCode: malian,
    }));
    const sameSite = { origin: api.url, 'x-requested-with': 'lianxin' };
    clerk = { ...(await api.headersOf('malian-clerk')), ...sameSite };
    admin = { ...api.authHeaders, ...sameSite };
    // The template's first example row is a 马莲渠乡 case (陈木闸村): the clerk may import it.
    recent = recentTemplateRows();
  });
  afterAll(async () => {
    await api?.stop();
  });

  async function upload(
    headers: Record<string, string>,
    file: Buffer,
    name: string,
    query = '',
  ): Promise<Response> {
    const form = new FormData();
    form.append('file', new Blob([file]), name);
    return fetch(`${api.url}/import/cases${query}`, { method: 'POST', body: form, headers });
  }

  /** The template's 马莲渠乡 row, received days ago, with some cells changed, as a CSV file written cell for cell. */
  function recentCsv(changes: Record<string, string> = {}): Buffer {
    const row = [...recent.rows[0]!];
    for (const [header, value] of Object.entries(changes)) row[column(header)] = value;
    return Buffer.from(stringify([recent.headers, row]));
  }

  async function stillServing(): Promise<void> {
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    const again = await upload(clerk, recentCsv(), 'again.csv');
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ imported: 1, committed: true });
  }

  return lateBound(() => ({ api, malian, clerk, admin, clerkUser, recent }), {
    upload,
    recentCsv,
    stillServing,
  });
}
