// The one typed place where environment variables are read. Everything else receives a Config.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { DEFAULT_PERIOD_GRACE_DAYS } from '@lianxin/domain';
import type { DocxFonts } from '@lianxin/briefing';
import type { BriefingSettings } from './modules/briefing/briefing.js';
import { parseIdNumberKey } from './modules/petitioner/id-number-cipher.js';
import { LOG_LEVELS, type LogLevel } from './log.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseConfig {
  dialect: Dialect;
  /** A postgres:// URL, or the SQLite file path. */
  url: string;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** The built dashboard, served on the API's port when present. */
  dashboardDir: string;
  /** The built GraphiQL page (apps/graphiql), served at /graphiql to mayExplore() users when present. */
  graphiqlDir: string;
  database: DatabaseConfig;
  /**
   * PostgreSQL streaming replicas that serve reads (DATABASE_REPLICA_URLS, comma-separated postgres://
   * URLs; none by default), and the lag past which a replica is skipped (REPLICA_MAX_LAG_MS, default
   * 5000). See the API README, "Replicas and several instances".
   */
  replicas: { urls: string[]; maxLagMs: number };
  /** Seed an empty database at start-up (default on). */
  seedIfEmpty: boolean;
  /** Log SQL statements (TypeORM logging). */
  logSql: boolean;
  nodeEnv: 'development' | 'production' | 'test';
  /** Answers kept by the response cache (0 turns it off). */
  responseCacheEntries: number;
  /** Bench mode of `pnpm bench:api`: statement recording, replay and the hand-written reference (never in production use). */
  benchEndpoints: boolean;
  /** Token signing secret (AUTH_SECRET); when unset, `<dataDir>/auth-secret` is created and reused. */
  authSecret: string | undefined;
  /** Lifetime of a login token (AUTH_TOKEN_HOURS, default 8: one working day). */
  tokenTtlHours: number;
  /** Failed logins per minute and client IP before /auth/login answers 429 (LOGIN_RATE_LIMIT). */
  loginRateLimitPerMinute: number;
  /** Origins allowed to call the API from a browser (CORS_ORIGINS, comma-separated; none by default). */
  corsOrigins: string[];
  /** Longest a GraphQL request may run before it is answered with TIMEOUT (GRAPHQL_TIMEOUT_MS). */
  graphqlTimeoutMs: number;
  /**
   * PostgreSQL: longest one statement of the API's requests may run before the database cancels it and
   * the request answers TIMEOUT (STATEMENT_TIMEOUT_MS, default 5 s; 0 turns it off). Migrations, the
   * seed and the import CLI are not limited.
   */
  statementTimeoutMs: number;
  /**
   * Days after a month ends before its KPIs close (PERIOD_GRACE_DAYS, default 30): from then on the month
   * reads as known at its close, and only an administrator's recorded revision may change it. At least
   * the longest office window (15-day acceptance plus a holiday break), so late decisions are settled.
   */
  periodGraceDays: number;
  /** Reverse proxies in front of the API (TRUST_PROXY hops): client IPs and HTTPS come from their headers. */
  trustProxy: number;
  /**
   * Master key of petitioners' ID numbers at rest (ID_NUMBER_KEY, 32 bytes base64/base64url); when
   * unset, `<dataDir>/id-number-key` is created and reused.
   */
  idNumberKey: Buffer | undefined;
  /**
   * Redis for change notices across API instances (REDIS_URL, e.g. redis://127.0.0.1:6379); unset: one
   * instance, notices stay in the process.
   */
  redisUrl: string | undefined;
  /** Prepended to the keys this API keeps in Redis (REDIS_KEY_PREFIX, default `lianxin:`): several deployments may share one Redis. */
  redisKeyPrefix: string;
  /** How often a live socket re-checks its session (LIVE_RECHECK_MS, default 30 s). */
  liveRecheckMs: number;
  /**
   * Early warnings: how long after a write the current month's signals are recomputed, coalescing the
   * writes in between (EARLY_WARNING_DEBOUNCE_MS, default 2 s); 0 turns the background recompute off
   * (signals then change only with a bulk load or `pnpm seed`).
   */
  earlyWarningDebounceMs: number;
  /**
   * How briefings name the district and its issuing office (BRIEFING_DISTRICT, BRIEFING_DISTRICT_EN,
   * BRIEFING_ISSUER, BRIEFING_ISSUER_EN), the PDF's font files (BRIEFING_FONT_REGULAR and
   * BRIEFING_FONT_BOLD, both or neither, files that must exist; default: the faces shipped in
   * packages/briefing) and the faces
   * the DOCX names (BRIEFING_DOCX_FONTS=title,body,heading; default 方正小标宋简体,仿宋_GB2312,黑体).
   */
  briefing: BriefingSettings;
  /** The runtime log's level (LOG_LEVEL: fatal, error, warn, info, debug, trace or silent; default info). */
  logLevel: LogLevel;
  /** SQL statements slower than this are logged and counted (SLOW_QUERY_MS, default 500; 0 turns it off). */
  slowQueryMs: number;
  /**
   * The bearer token of GET /metrics and of /health/ready's details (METRICS_TOKEN, at least 16
   * characters). Neither it nor METRICS_PORT set: /metrics does not exist.
   */
  metricsToken: string | undefined;
  /**
   * A second listener serving only /metrics (METRICS_PORT), on METRICS_HOST (default 127.0.0.1); the
   * API's port then has no /metrics. With METRICS_TOKEN also set, that port asks for the token too.
   */
  metricsPort: number | undefined;
  /**
   * On SIGTERM/SIGINT, how long requests in flight may still run (SHUTDOWN_GRACE_MS, default 10 s): the
   * server stops accepting connections at once, and any request still running after this is cut.
   */
  shutdownGraceMs: number;
  metricsHost: string;
}

/** Repository root: apps/api/{src,dist}/config.* -> ../../.. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export class ConfigError extends Error {}

/** Interprets DATABASE_URL: postgres(ql)://… for PostgreSQL, sqlite:path or a bare path for SQLite. */
export function parseDatabaseUrl(raw: string | undefined, dataDir: string): DatabaseConfig {
  if (!raw) return { dialect: 'sqlite', url: path.join(dataDir, 'lianxin.sqlite') };
  if (/^postgres(ql)?:\/\//.test(raw)) return { dialect: 'postgres', url: raw };
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length).replace(/^\/\//, '');
    return { dialect: 'sqlite', url: file === ':memory:' ? file : path.resolve(file) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    throw new ConfigError(`DATABASE_URL: unsupported scheme in "${raw}" (use postgres:// or sqlite:<file>)`);
  }
  return { dialect: 'sqlite', url: path.resolve(raw) };
}

/** The database as the start-up log names it: the SQLite file, never a PostgreSQL URL (its password). */
export function describeDatabase(database: DatabaseConfig): string {
  return `${database.dialect} ${database.dialect === 'sqlite' ? database.url : ''}`;
}

function replicaUrlsFrom(raw: string | undefined, database: DatabaseConfig): string[] {
  const urls = (raw ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (urls.length === 0) return [];
  if (database.dialect !== 'postgres')
    throw new ConfigError('DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL (SQLite has no replicas)');
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\//.test(url) || !URL.canParse(url))
      // The URL itself may carry a password: name its position, not its text.
      throw new ConfigError(`DATABASE_REPLICA_URLS: entry ${urls.indexOf(url) + 1} is not a postgres:// URL`);
  }
  return urls;
}

function intFrom(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new ConfigError(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

function levelFrom(raw: string | undefined): LogLevel {
  if (raw === undefined || raw === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === raw.toLowerCase());
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/** Long enough not to be guessed; no spaces, which a Bearer header could not carry. */
function metricsTokenFrom(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 16 || /\s/.test(raw))
    throw new ConfigError('METRICS_TOKEN must be at least 16 characters without spaces');
  return raw;
}

function metricsPortFrom(raw: string | undefined, apiPort: number): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const port = intFrom('METRICS_PORT', raw, 0);
  if (port < 1 || port > 65_535) throw new ConfigError(`METRICS_PORT must be a port (1-65535), got "${raw}"`);
  if (port === apiPort) throw new ConfigError('METRICS_PORT must differ from PORT');
  return port;
}

function flagFrom(raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(raw.toLowerCase());
}

function keyFrom(name: string, raw: string | undefined): Buffer | undefined {
  if (raw === undefined || raw === '') return undefined;
  try {
    return parseIdNumberKey(raw, name);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR || path.join(repoRoot, 'data'));
  // Production unless told otherwise: stack traces in answers only where someone asked for development
  // (`pnpm dev` does), never on a server started plainly.
  const nodeEnv = env.NODE_ENV === 'development' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'production';
  const port = intFrom('PORT', env.PORT, 4000);
  const database = parseDatabaseUrl(env.DATABASE_URL, dataDir);
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir,
    dashboardDir: path.resolve(env.DASHBOARD_DIR || path.join(repoRoot, 'apps/dashboard/dist')),
    graphiqlDir: path.resolve(env.GRAPHIQL_DIR || path.join(repoRoot, 'apps/graphiql/dist')),
    database,
    replicas: {
      urls: replicaUrlsFrom(env.DATABASE_REPLICA_URLS, database),
      maxLagMs: intFrom('REPLICA_MAX_LAG_MS', env.REPLICA_MAX_LAG_MS, 5_000),
    },
    seedIfEmpty: flagFrom(env.SEED_IF_EMPTY, true),
    logSql: flagFrom(env.LOG_SQL, false),
    nodeEnv,
    benchEndpoints: flagFrom(env.LIANXIN_BENCH, false),
    responseCacheEntries: intFrom('RESPONSE_CACHE_ENTRIES', env.RESPONSE_CACHE_ENTRIES, 1000),
    authSecret: env.AUTH_SECRET || undefined,
    tokenTtlHours: intFrom('AUTH_TOKEN_HOURS', env.AUTH_TOKEN_HOURS, 8),
    loginRateLimitPerMinute: intFrom('LOGIN_RATE_LIMIT', env.LOGIN_RATE_LIMIT, 10),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    graphqlTimeoutMs: intFrom('GRAPHQL_TIMEOUT_MS', env.GRAPHQL_TIMEOUT_MS, 10_000),
    statementTimeoutMs: intFrom('STATEMENT_TIMEOUT_MS', env.STATEMENT_TIMEOUT_MS, 5_000),
    periodGraceDays: intFrom('PERIOD_GRACE_DAYS', env.PERIOD_GRACE_DAYS, DEFAULT_PERIOD_GRACE_DAYS),
    trustProxy: intFrom('TRUST_PROXY', env.TRUST_PROXY, 0),
    idNumberKey: keyFrom('ID_NUMBER_KEY', env.ID_NUMBER_KEY),
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'lianxin:',
    liveRecheckMs: intFrom('LIVE_RECHECK_MS', env.LIVE_RECHECK_MS, 30_000),
    earlyWarningDebounceMs: intFrom('EARLY_WARNING_DEBOUNCE_MS', env.EARLY_WARNING_DEBOUNCE_MS, 2_000),
    briefing: briefingFrom(env),
    logLevel: levelFrom(env.LOG_LEVEL),
    slowQueryMs: intFrom('SLOW_QUERY_MS', env.SLOW_QUERY_MS, 500),
    metricsToken: metricsTokenFrom(env.METRICS_TOKEN),
    metricsPort: metricsPortFrom(env.METRICS_PORT, port),
    // Loopback by default: the scraper runs on the same host, or the operator opens it on purpose.
    metricsHost: env.METRICS_HOST || '127.0.0.1',
    shutdownGraceMs: intFrom('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 10_000),
  };
}

function briefingFrom(env: NodeJS.ProcessEnv): BriefingSettings {
  const district = {
    zh: env.BRIEFING_DISTRICT || '利通区',
    en: env.BRIEFING_DISTRICT_EN || 'Litong District',
  };
  const regular = env.BRIEFING_FONT_REGULAR || '';
  const bold = env.BRIEFING_FONT_BOLD || '';
  if (Boolean(regular) !== Boolean(bold))
    throw new ConfigError('BRIEFING_FONT_REGULAR and BRIEFING_FONT_BOLD are set together, or neither');
  const fontFile = (name: string, file: string) => {
    const resolved = path.resolve(file);
    if (!fs.statSync(resolved, { throwIfNoEntry: false })?.isFile())
      throw new ConfigError(`${name}: no font file at ${resolved}`);
    return resolved;
  };
  const fontFiles = regular
    ? { regular: fontFile('BRIEFING_FONT_REGULAR', regular), bold: fontFile('BRIEFING_FONT_BOLD', bold) }
    : null;
  let docxFonts: DocxFonts | null = null;
  if (env.BRIEFING_DOCX_FONTS) {
    const names = env.BRIEFING_DOCX_FONTS.split(',').map((n) => n.trim());
    if (names.length !== 3 || names.some((n) => !n))
      throw new ConfigError('BRIEFING_DOCX_FONTS names three faces: title,body,heading');
    docxFonts = { title: names[0]!, body: names[1]!, heading: names[2]! };
  }
  return {
    names: {
      district: { 'zh-CN': district.zh, en: district.en },
      issuer: {
        'zh-CN': env.BRIEFING_ISSUER || `${district.zh}信访局`,
        en: env.BRIEFING_ISSUER_EN || `${district.en} Petition Bureau`,
      },
    },
    fontFiles,
    docxFonts,
  };
}
