// Numbers and dates as the dashboard prints them. Instants are shown in Asia/Shanghai with the fixed
// UTC+08:00 offset of @lianxin/domain, so a laptop set to another zone shows the same day as the API counts.
import { SHANGHAI_OFFSET_MS, localDate } from '@lianxin/domain';

export type UiLocale = 'zh-CN' | 'en';

/** "—" for a missing number: a rate over nothing, a suppressed cell. */
const MISSING = '—';

/** The number options the dashboard uses: Intl.NumberFormat's, for plain and per-cent numbers. */
export interface NumberOptions {
  style?: 'decimal' | 'percent';
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

/** A non-negative finite number's shortest decimal (as String() writes it) without an exponent, point moved `shift` places right. */
function plainDecimal(magnitude: number, shift: number): { whole: string; fraction: string } {
  const [mantissa = '0', exponent = '0'] = String(magnitude).split('e');
  const [head = '0', tail = ''] = mantissa.split('.');
  const digits = head + tail;
  const point = head.length + Number(exponent) + shift;
  if (point <= 0) return { whole: '0', fraction: '0'.repeat(-point) + digits };
  const padded = digits.padEnd(point, '0');
  return { whole: padded.slice(0, point), fraction: padded.slice(point) };
}

/**
 * Writes numbers as `new Intl.NumberFormat(locale, options)` does for both UI locales (zh-CN and en agree:
 * "," groups thousands, "." is the point, "%" follows; format.test.ts compares the two over thousands of
 * values), without Intl: the page's first Intl object costs 35–100 ms of ICU start-up (measured in
 * Chromium on this machine; four times that on Lighthouse's mid-range phone), all of it inside the task
 * that shows the first numbers. Like V8's Intl it rounds the shortest decimal of the value (0.15 → 0.2)
 * half away from zero.
 */
export function numberFormat(_locale: UiLocale, options: NumberOptions): { format(value: number): string } {
  const percent = options.style === 'percent';
  const min = options.minimumFractionDigits ?? 0;
  // Intl's defaults: up to 3 decimals for a number, none for a per cent.
  const max = Math.max(min, options.maximumFractionDigits ?? (percent ? 0 : 3));
  return {
    format(value) {
      if (!Number.isFinite(value)) return new Intl.NumberFormat('en', options).format(value);
      const { whole, fraction } = plainDecimal(Math.abs(value), percent ? 2 : 0);
      // The digits kept, plus one in the last place when the first dropped digit is 5 or more.
      let kept = whole + fraction.slice(0, max).padEnd(max, '0');
      if ((fraction[max] ?? '0') >= '5') kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
      const integer = kept.slice(0, kept.length - max).replace(/^0+(?=\d)/, '') || '0';
      let decimals = kept.slice(kept.length - max);
      let end = decimals.length;
      while (end > min && decimals[end - 1] === '0') end -= 1;
      decimals = decimals.slice(0, end);
      const sign = value < 0 || Object.is(value, -0) ? '-' : '';
      const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return `${sign}${grouped}${decimals ? `.${decimals}` : ''}${percent ? '%' : ''}`;
    },
  };
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
