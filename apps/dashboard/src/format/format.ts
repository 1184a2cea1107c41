// Numbers and dates as the dashboard prints them. Instants are shown in Asia/Shanghai with the fixed
// UTC+08:00 offset of @lianxin/domain, so a laptop set to another zone shows the same day as the API counts.
import { SHANGHAI_OFFSET_MS, localDate } from '@lianxin/domain';

export type UiLocale = 'zh-CN' | 'en';

/** "—" for a missing number: a rate over nothing, a suppressed cell. */
const MISSING = '—';

const numberFormats = new Map<string, Intl.NumberFormat>();
/**
 * One Intl.NumberFormat per locale and options, kept: building one costs ~0.1 ms, and a page of KPI
 * cards, tables and chart items formats thousands of numbers (12 % of a phone's first render).
 */
export function numberFormat(locale: UiLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatPercent(rate: number | null | undefined, locale: UiLocale, digits = 1): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return MISSING;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rate);
}

export function formatCount(value: number | null | undefined, locale: UiLocale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** "+1.2" / "−0.5" / "0.0": a signed number with a real minus sign. */
export function formatSignedPoints(points: number | null, locale: UiLocale): string {
  if (points === null) return MISSING;
  const abs = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Math.abs(points),
  );
  if (points > 0) return `+${abs}`;
  if (points < 0) return `−${abs}`;
  return abs;
}

function shanghaiParts(iso: string): { day: string; time: string } | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const shifted = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return { day: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** 'YYYY-MM-DD' of an instant in Asia/Shanghai. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? MISSING : localDate(new Date(ms));
}

/** 'YYYY-MM-DD HH:mm' of an instant in Asia/Shanghai. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const parts = shanghaiParts(iso);
  return parts ? `${parts.day} ${parts.time}` : MISSING;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month key ('YYYY-MM-01' or 'YYYY-MM') as people read it: 2026年3月 / Mar 2026. */
export function formatMonth(month: string, locale: UiLocale): string {
  const year = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  return locale === 'zh-CN' ? `${year}年${m}月` : `${EN_MONTHS[m - 1] ?? month} ${year}`;
}

/** Short axis label of a month: 26-03 style is unreadable to leaders, so 3月 / Mar, with the year on January. */
export function formatMonthShort(month: string, locale: UiLocale, withYear = false): string {
  const m = Number(month.slice(5, 7));
  const base = locale === 'zh-CN' ? `${m}月` : (EN_MONTHS[m - 1] ?? month);
  if (!withYear) return base;
  return locale === 'zh-CN' ? `${month.slice(0, 4)}年${base}` : `${base} ${month.slice(0, 4)}`;
}
