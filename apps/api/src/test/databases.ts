// Runs an integration suite once per database: SQLite (a temp file) and PostgreSQL (a fresh database,
// dropped afterwards). Without PostgreSQL the PostgreSQL run is skipped loudly, or fails under
// LIANXIN_REQUIRE_PG=1 (CI).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import type { DatabaseConfig } from '../config.js';

const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const requirePg = process.env.LIANXIN_REQUIRE_PG === '1';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const pgAvailable = await postgresReachable();
if (!pgAvailable) {
  const message = `PostgreSQL is not reachable at ${TEST_PG_URL}`;
  if (requirePg) throw new Error(`${message} and LIANXIN_REQUIRE_PG=1: start it (see README).`);
  console.warn(
    `\n!!! ${message}: the PostgreSQL integration suites are SKIPPED. Set LIANXIN_REQUIRE_PG=1 to fail instead.\n`,
  );
}

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

let counter = 0;

/** A new, empty database of the given dialect. */
export async function createTestDatabase(dialect: DatabaseConfig['dialect']): Promise<TestDatabase> {
  const name = `lianxin_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-'));
    return {
      config: { dialect, url: path.join(dir, `${name}.sqlite`) },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return {
    config: { dialect, url: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Declares the suite for SQLite and for PostgreSQL. */
export function describeEachDatabase(
  title: string,
  suite: (dialect: DatabaseConfig['dialect']) => void,
): void {
  describe(`${title} [sqlite]`, () => suite('sqlite'));
  describe.skipIf(!pgAvailable)(`${title} [postgres]`, () => suite('postgres'));
}
