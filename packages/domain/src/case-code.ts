// Case codes, LT-YYYY-NNNNNN: the year of receipt and its running number — six digits, zero-padded, and
// more digits (never a leading zero) once a year passes 999,999 cases. The API and the seed number cases
// with caseCode; the spreadsheet import and the step forms check codes against CASE_CODE_PATTERN.

export const CASE_CODE_PATTERN = /^LT-(\d{4})-(\d{6}|[1-9]\d{6,})$/;

export function caseCode(year: string | number, n: number): string {
  return `LT-${year}-${String(n).padStart(6, '0')}`;
}

/**
 * A case code as people type it — any case, spaces around it — in the one spelling the API stores;
 * null when the text is no case code (then a search box treats it as text to look for).
 */
export function parseCaseCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  return CASE_CODE_PATTERN.test(code) ? code : null;
}
