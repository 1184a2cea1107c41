// How one cell of a case spreadsheet is written and read: local times, enum labels, whole numbers,
// lengths, lists within a cell, case codes; a cell that does not parse throws CellError.
import { CASE_CODE_PATTERN, SHANGHAI_OFFSET_MS, type Label } from '@lianxin/domain';

/** A problem with one cell, reported against the column's Chinese header. */
export class CellError extends Error {}

const LOCAL = 'Asia/Shanghai';

/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai; seconds only when the instant has them (so nothing is lost). */
export function formatLocalTime(instant: Date | null): string {
  if (!instant) return '';
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  const seconds = local.slice(17, 19);
  return `${local.slice(0, 10)} ${local.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`}`;
}

const TIME_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Parses a local (Asia/Shanghai) time 'YYYY-MM-DD HH:mm[:ss]', '/' also accepted, time optional. */
export function parseLocalTime(text: string): Date {
  const m = TIME_RE.exec(text.trim());
  if (!m) throw new CellError(`not a time "${text}": use YYYY-MM-DD HH:mm (${LOCAL})`);
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((v) => v ?? undefined) as string[];
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(utc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month! - 1 ||
    check.getUTCDate() !== day ||
    hour! > 23 ||
    minute! > 59 ||
    second! > 59
  ) {
    throw new CellError(`no such time "${text}"`);
  }
  return new Date(utc - SHANGHAI_OFFSET_MS);
}

/** Normalises a label for matching: no spaces, no parenthesised part ('电话(12345)' -> '电话'). */
function labelKey(text: string): string {
  return text
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Parser of an enum from its Chinese label (with or without the parenthesised part) or stored value. */
export function enumParser<E extends string>(table: Readonly<Record<E, Label>>, what: string) {
  const byKey = new Map<string, E>();
  for (const value of Object.keys(table) as E[]) {
    byKey.set(value.toLowerCase(), value);
    byKey.set(labelKey(table[value].zh), value);
    byKey.set(table[value].zh.replace(/\s+/g, '').toLowerCase(), value);
  }
  const allowed = (Object.keys(table) as E[]).map((v) => table[v].zh).join('/');
  return (text: string): E => {
    const value = byKey.get(text.replace(/\s+/g, '').toLowerCase()) ?? byKey.get(labelKey(text));
    if (!value) throw new CellError(`unknown ${what} "${text}": allowed ${allowed}`);
    return value;
  };
}

export function integer(min: number, max: number) {
  return (text: string): number => {
    const n = Number(text.trim());
    if (!Number.isInteger(n) || n < min || n > max)
      throw new CellError(`"${text}" is not a whole number from ${min} to ${max}`);
    return n;
  };
}

export function maxLength(limit: number) {
  return (text: string): string => {
    if ([...text].length > limit) throw new CellError(`longer than ${limit} characters`);
    return text;
  };
}

/** Lists inside one cell: 、 (the Chinese enumeration comma), also , ， ; ； and line breaks. */
export const LIST_SEPARATOR = '、';
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parseCaseCode(text: string): string {
  const code = text.trim().toUpperCase();
  if (!CASE_CODE_PATTERN.test(code)) throw new CellError(`"${text}" is not a case code LT-YYYY-NNNNNN`);
  return code;
}
