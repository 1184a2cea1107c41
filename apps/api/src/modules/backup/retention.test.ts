import { describe, expect, it } from 'vitest';
import { archiveName, archivesToDelete, checkRetentionPolicy, parseArchiveName } from './retention.js';

const NOW = new Date('2026-12-07T02:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const JUST = archiveName('sqlite', NOW);
/** Nightly archives 1..10 days old, newest first, and files retention must never touch. */
const OLD = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((d) => archiveName('sqlite', daysAgo(d)));
const OTHERS = [
  archiveName('postgres', daysAgo(30)),
  'notes.txt',
  'lianxin-sqlite-20200101T000000000Z.tar.gz.partial',
  'lianxin-sqlite-manual-copy.tar.gz',
];
const ALL = [JUST, ...OLD, ...OTHERS];

describe('archive names', () => {
  it('carry the dialect and the UTC instant to the millisecond, and read back', () => {
    expect(JUST).toBe('lianxin-sqlite-20261207T020000000Z.tar.gz');
    expect(parseArchiveName(JUST)).toEqual({ dialect: 'sqlite', at: NOW });
    expect(parseArchiveName('lianxin-postgres-20261207T020000123Z.tar.gz')?.at.toISOString()).toBe(
      '2026-12-07T02:00:00.123Z',
    );
  });

  it('other files are not archives', () => {
    for (const name of OTHERS.slice(1)) expect(parseArchiveName(name)).toBeNull();
    expect(parseArchiveName('lianxin-mysql-20261207T020000000Z.tar.gz')).toBeNull();
    expect(parseArchiveName('lianxin-sqlite-20261399T020000000Z.tar.gz')).toBeNull();
  });
});

describe('retention', () => {
  it('deletes nothing without a rule', () => {
    expect(archivesToDelete(ALL, 'sqlite', {}, NOW, JUST)).toEqual([]);
  });

  it('--keep-last N keeps the archive just written and the N-1 newest before it', () => {
    expect(archivesToDelete(ALL, 'sqlite', { keepLast: 3 }, NOW, JUST)).toEqual(OLD.slice(2));
    expect(archivesToDelete(ALL, 'sqlite', { keepLast: 1 }, NOW, JUST)).toEqual(OLD);
  });

  it('--keep-days D deletes archives D days old or older', () => {
    expect(archivesToDelete(ALL, 'sqlite', { keepDays: 7 }, NOW, JUST)).toEqual(OLD.slice(6));
    expect(archivesToDelete(ALL, 'sqlite', { keepDays: 0.5 }, NOW, JUST)).toEqual(OLD);
  });

  it('with both, an archive goes only when neither rule keeps it', () => {
    // The newest 5 outlive a 2-day window: backups that stopped never lose their last copies.
    expect(archivesToDelete(ALL, 'sqlite', { keepLast: 5, keepDays: 2 }, NOW, JUST)).toEqual(OLD.slice(4));
    // A longer window keeps more than the count.
    expect(archivesToDelete(ALL, 'sqlite', { keepLast: 2, keepDays: 8 }, NOW, JUST)).toEqual(OLD.slice(7));
  });

  it('never deletes the archive just written, another dialect or other files', () => {
    // A clock set back: the archive just written looks oldest of all.
    const past = archiveName('sqlite', daysAgo(100));
    expect(archivesToDelete([past, ...OLD], 'sqlite', { keepLast: 1 }, NOW, past)).toEqual(OLD);
    const deleted = archivesToDelete(ALL, 'sqlite', { keepLast: 1, keepDays: 0.1 }, NOW, JUST);
    for (const name of [JUST, ...OTHERS]) expect(deleted).not.toContain(name);
  });

  it('refuses a count below 1 and days that are not positive', () => {
    expect(() => checkRetentionPolicy({ keepLast: 0 })).toThrow(/--keep-last/);
    expect(() => checkRetentionPolicy({ keepLast: 2.5 })).toThrow(/--keep-last/);
    expect(() => checkRetentionPolicy({ keepDays: 0 })).toThrow(/--keep-days/);
    expect(() => checkRetentionPolicy({ keepLast: 7, keepDays: 30 })).not.toThrow();
  });
});
