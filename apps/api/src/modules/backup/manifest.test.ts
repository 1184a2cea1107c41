import { describe, expect, it } from 'vitest';
import { BackupRefused } from './backup-errors.js';
import {
  BACKUP_FORMAT_VERSION,
  checkRestorable,
  countDifferences,
  parseManifest,
  type BackupManifest,
} from './manifest.js';

const MANIFEST: BackupManifest = {
  format: BACKUP_FORMAT_VERSION,
  appVersion: '0.1.0',
  dialect: 'sqlite',
  createdAt: '2026-12-07T02:00:00.000Z',
  migrations: { last: 'B1700000000001', count: 2 },
  tables: { migrations: 2, petition_case: 40 },
  dataVersion: 7,
  database: { entry: 'database.sqlite', bytes: 4096, sha256: 'a'.repeat(64) },
  keys: { included: [{ file: 'id-number-key', sha256: 'b'.repeat(64) }], fromEnvironment: ['AUTH_SECRET'] },
};
const KNOWN = ['A1700000000000', 'B1700000000001', 'C1700000000002'];
const text = (m: unknown) => JSON.stringify(m);

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof BackupRefused) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseManifest', () => {
  it('reads back what a backup writes', () => {
    expect(parseManifest(text(MANIFEST))).toEqual(MANIFEST);
  });

  it('calls text that is not a manifest corrupt, naming the field', () => {
    expect(refusal(() => parseManifest('{"format": 1, "dia'))).toEqual({
      code: 'CORRUPT',
      message: 'manifest.json is not JSON',
    });
    expect(refusal(() => parseManifest(text({ ...MANIFEST, format: undefined }))).code).toBe('CORRUPT');
    expect(refusal(() => parseManifest(text({ ...MANIFEST, tables: { a: -1 } }))).message).toBe(
      'manifest.json: tables is not a row count per table',
    );
    expect(refusal(() => parseManifest(text({ ...MANIFEST, dialect: 'mysql' }))).message).toMatch(/dialect/);
    // The database entry must be the dialect's: a PostgreSQL dump is never copied in as an SQLite file.
    expect(
      refusal(() =>
        parseManifest(text({ ...MANIFEST, database: { ...MANIFEST.database, entry: 'database.pgdump' } })),
      ).message,
    ).toMatch(/database is not/);
    expect(
      refusal(() =>
        parseManifest(text({ ...MANIFEST, keys: { included: [{ file: '../x', sha256: 'b'.repeat(64) }] } })),
      ).message,
    ).toMatch(/keys/);
  });

  it('refuses a newer format before reading anything else of it', () => {
    expect(refusal(() => parseManifest(text({ format: BACKUP_FORMAT_VERSION + 1, whatever: true })))).toEqual(
      {
        code: 'NEWER_FORMAT',
        message: `the archive has format ${BACKUP_FORMAT_VERSION + 1}; this version reads up to ${BACKUP_FORMAT_VERSION}: restore it with a newer Lianxin`,
      },
    );
  });
});

describe('checkRestorable', () => {
  it('accepts the same level and an older one (the restore migrates it up)', () => {
    expect(() => checkRestorable(MANIFEST, 'sqlite', KNOWN)).not.toThrow();
    expect(() => checkRestorable(MANIFEST, 'sqlite', KNOWN.slice(0, 2))).not.toThrow();
  });

  it('refuses the other dialect', () => {
    expect(refusal(() => checkRestorable(MANIFEST, 'postgres', KNOWN))).toEqual({
      code: 'OTHER_DIALECT',
      message: 'the archive is a sqlite backup and the target is postgres: restore it into a sqlite database',
    });
  });

  it('refuses a migration this code does not know, or more migrations than it has', () => {
    const unknown = { ...MANIFEST, migrations: { last: 'D1800000000000', count: 3 } };
    expect(refusal(() => checkRestorable(unknown, 'sqlite', KNOWN))).toEqual({
      code: 'NEWER_MIGRATIONS',
      message:
        "the archive's schema is at migration D1800000000000 (3 applied); this version knows 3, up to C1700000000002: restore it with a newer Lianxin",
    });
    expect(refusal(() => checkRestorable(MANIFEST, 'sqlite', KNOWN.slice(0, 1))).code).toBe(
      'NEWER_MIGRATIONS',
    );
  });
});

describe('countDifferences', () => {
  it('names each table whose rows differ, including one missing on either side', () => {
    expect(countDifferences({ a: 1, b: 2, c: 3 }, { a: 1, b: 5, d: 0 })).toEqual([
      'b: 2 in the manifest, 5 restored',
      'c: 3 in the manifest, absent restored',
      'd: absent in the manifest, 0 restored',
    ]);
    expect(countDifferences({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
