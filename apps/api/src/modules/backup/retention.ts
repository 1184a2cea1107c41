// Archive names and which old archives a scheduled backup deletes. Only names this module writes are
// ever considered, so an operator's other files in the backup directory are never touched.
import type { Dialect } from '../../config.js';
import { BackupRefused } from './backup-errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = /^lianxin-(sqlite|postgres)-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.tar\.gz$/;

/** `lianxin-<dialect>-<UTC yyyymmddThhmmssSSS>Z.tar.gz`: sorts by time, milliseconds keep two apart. */
export function archiveName(dialect: Dialect, at: Date): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return `lianxin-${dialect}-${stamp}.tar.gz`;
}

/** The dialect and instant in an archive's name; null for any other file. */
export function parseArchiveName(name: string): { dialect: Dialect; at: Date } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, dialect, y, mo, d, h, mi, s, ms] = m;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(at.getTime()) ? null : { dialect: dialect as Dialect, at };
}

export interface RetentionPolicy {
  /** Keep the newest N archives. */
  keepLast?: number;
  /** Keep archives taken within the last D days. */
  keepDays?: number;
}

export function checkRetentionPolicy({ keepLast, keepDays }: RetentionPolicy): void {
  if (keepLast !== undefined && (!Number.isInteger(keepLast) || keepLast < 1))
    throw new BackupRefused(
      'USAGE',
      `--keep-last takes a whole number of archives of at least 1, got ${keepLast}`,
    );
  if (keepDays !== undefined && (!Number.isFinite(keepDays) || keepDays <= 0))
    throw new BackupRefused('USAGE', `--keep-days takes a positive number of days, got ${keepDays}`);
}

/**
 * The archive names (of `dialect`, among `names`) that the policy lets go. An archive is kept when any
 * given rule keeps it: with both, the newest N survive even when older than D days, so backups that
 * stopped for a while never lose their last copies to the age rule. No rule given: nothing goes. The
 * archive just written is never returned, whatever its name says.
 */
export function archivesToDelete(
  names: readonly string[],
  dialect: Dialect,
  policy: RetentionPolicy,
  now: Date,
  justWritten: string,
): string[] {
  if (policy.keepLast === undefined && policy.keepDays === undefined) return [];
  const archives = names
    .map((name) => ({ name, parsed: parseArchiveName(name) }))
    .filter((a) => a.parsed?.dialect === dialect && a.name !== justWritten)
    .sort((a, b) => b.parsed!.at.getTime() - a.parsed!.at.getTime());
  // The archive just written counts as the newest of the N kept.
  const keptByCount = policy.keepLast === undefined ? 0 : policy.keepLast - 1;
  return archives
    .filter((a, i) => {
      const keptByRank = policy.keepLast !== undefined && i < keptByCount;
      const keptByAge =
        policy.keepDays !== undefined && now.getTime() - a.parsed!.at.getTime() < policy.keepDays * DAY_MS;
      return !keptByRank && !keptByAge;
    })
    .map((a) => a.name);
}
