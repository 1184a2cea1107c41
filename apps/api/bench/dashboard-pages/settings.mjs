// bench:pages's settings (the environment variables the script's header lists), its users, its error and
// its log.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(apiDir, '../..');

export const RUNS = Number(process.env.PAGES_RUNS || 20);
export const WARMUP = Number(process.env.PAGES_WARMUP || 3);
export const GOAL_MS = 20;
export const ONLY = process.env.PAGES_ONLY ? new RegExp(process.env.PAGES_ONLY, 'i') : null;
/** A PostgreSQL database to read instead of a seeded SQLite file (bench:api's at 1M, say). */
export const DATABASE_URL = process.env.PAGES_DATABASE_URL || null;
export const DIALECT = DATABASE_URL ? 'postgres' : 'sqlite';
// The statements' replay reads the SQLite file in this process: not for PostgreSQL.
export const WITH_SQL = process.env.PAGES_SQL !== '0' && !DATABASE_URL;
export const QUIET_WAIT_S = Number(process.env.PAGES_QUIET_WAIT_S ?? 120);
// Tokens come from the users CLI under this secret, which the API is started with too.
export const AUTH_SECRET = 'lianxin-pages-bench-secret-not-for-production-0000';
export const USERS = {
  ADMIN: 'pages-admin',
  ANALYST: 'pages-analyst',
  DISPLAY: 'pages-wall',
};
/** Statements reading only these tables check the bearer token, before the operation runs. */
export const SIGN_IN_TABLES = new Set(['app_user', 'revoked_token']);

export class BenchError extends Error {}

export const log = (message) => process.stderr.write(`[pages] ${message}\n`);
