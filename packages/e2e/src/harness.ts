// Types for the browser tests over built-api.mjs, the one copy of how the built API is started.
import * as builtApi from './built-api.mjs';

export interface ApiOptions {
  /** Reuse a data directory (a second instance, or a restart); default: a new temp one. */
  dataDir?: string;
  port?: number;
  /** e.g. redis://127.0.0.1:6379 for change notices across instances. */
  redisUrl?: string;
  /** Extra environment (LIVE_RECHECK_MS …; DATABASE_URL for PostgreSQL, default SQLite in the data directory). */
  env?: Record<string, string>;
  /** The UI builds the test needs (each must exist; the API serves whichever is built); default the dashboard. */
  builds?: ('dashboard' | 'graphiql')[];
}

export interface RunningApi {
  url: string;
  port: number;
  dataDir: string;
  /** The first administrator's password (data/admin-password.txt). */
  adminPassword: string;
  /** Creates a user with this password through the users CLI. */
  createUser(username: string, role: string, password: string, extra?: string[]): void;
  /** A bearer token for a user (users CLI, the server's secret). */
  tokenFor(username: string, hours?: number): string;
  /** Stops the process (SIGTERM, then SIGKILL). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  restart(): Promise<void>;
}

export const startApi: (options?: ApiOptions) => Promise<RunningApi> = builtApi.startApi;
