// What the command-center wall screen (role DISPLAY) may ask, and what it gets back. DESIGN.md "Trust":
// DISPLAY sees only what the wall shows, never a count under 3 for a village, by any combination of
// queries, and nothing about an individual case. Two halves:
//
// 1. The catalogue (checkDisplayQuery, called by operation-rules.ts before anything runs, for every root
//    field a DISPLAY user asks): the query shapes the wall's Wall*.graphql operations send, and
//    nothing else — fixed periods relative to the request's local day (Asia/Shanghai), a filter of the
//    period and at most one township, fixed groupings, a ticker without paging. A free period lets two
//    answers be subtracted (1 Jan–6 Dec minus 1 Jan–5 Dec by village is one day per village); a free
//    filter splits a cell by status, leader or KPI part down to single cases; `asOf` pages through
//    history. Village grain only for windows no other allowed window nests in or differs from by a
//    short span: the year to date and whole past calendar years. KPIs only for the year to date and the
//    same period last year (disjoint windows).
// 2. Suppression over whole partitions (withheldCells, and the plans of display-answers.ts that apply it
//    to villages, KPIs and leaders): a cell of 1–2 cases is withheld, and so are enough neighbours that
//    no published total minus published cells pins it down. Decided over the whole partition (every
//    village of a township, every township of the district) whatever the query narrows to,
//    district-wide whatever the account's own area, from one memoised answer per request: the same
//    cells are hidden in every query of the same day, on every wall.
import { localDate, wallPeriods, type LocalPeriod } from '@lianxin/domain';
import type { AuthUser } from '../auth/auth.service.js';
import type { CaseFilter } from '../case/case.types.js';
import { CaseDimension } from '../stats/stats.types.js';
import { DISPLAY_MIN_CELL, forbidden } from './access-policy.js';

/** The periods the wall names (wallPeriods in @lianxin/domain, which the wall uses) plus whole past years. */
type WallWindow =
  | 'YEAR_TO_DATE'
  | 'SAME_PERIOD_LAST_YEAR'
  | 'TODAY'
  | 'THIS_MONTH'
  | 'TWELVE_MONTHS'
  | 'PAST_YEAR'
  | 'NO_PERIOD';

type FixedWindow = Exclude<WallWindow, 'PAST_YEAR' | 'NO_PERIOD'>;

/** The wall's periods on the local day of `now`: the very ones the wall computes (@lianxin/domain). */
export function windowPeriods(now: Date): Record<FixedWindow, LocalPeriod> {
  const p = wallPeriods(localDate(now));
  return {
    YEAR_TO_DATE: p.ytd,
    SAME_PERIOD_LAST_YEAR: p.lastYear,
    TODAY: p.today,
    THIS_MONTH: p.month,
    TWELVE_MONTHS: p.trend,
  };
}

/** Which of the wall's windows a filter's period is (several on 1 January: today is the year to date). */
function windowsOf(filter: Pick<CaseFilter, 'from' | 'to'> | null | undefined, now: Date): WallWindow[] {
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from === null && to === null) return ['NO_PERIOD'];
  if (from === null || to === null) return [];
  const periods = windowPeriods(now);
  const found: WallWindow[] = (Object.keys(periods) as FixedWindow[]).filter(
    (w) => periods[w].from === from && periods[w].to === to,
  );
  if (/^\d{4}-01-01$/.test(from) && to === `${from.slice(0, 4)}-12-31` && from < periods.YEAR_TO_DATE.from)
    found.push('PAST_YEAR');
  return found;
}

interface Shape {
  windows: readonly WallWindow[];
  /** caseStats only: the groupings allowed with these windows, each a set of dimensions. */
  groupBy?: readonly (readonly CaseDimension[])[];
}

const { CATEGORY, TOWNSHIP, VILLAGE, MONTH } = CaseDimension;

/**
 * Every root field DISPLAY may ask with the shapes it may ask it in. Root fields not named here are
 * reference data (places, categories, units, leaders, the map's boundaries) or refused by field-rules.ts.
 */
const DISPLAY_CATALOGUE: Readonly<Record<string, readonly Shape[]>> = {
  kpis: [{ windows: ['YEAR_TO_DATE', 'SAME_PERIOD_LAST_YEAR'] }],
  caseStats: [
    { windows: ['YEAR_TO_DATE', 'PAST_YEAR'], groupBy: [[], [CATEGORY], [TOWNSHIP], [VILLAGE]] },
    { windows: ['TODAY', 'THIS_MONTH'], groupBy: [[]] },
    { windows: ['TWELVE_MONTHS'], groupBy: [[MONTH]] },
  ],
  leaderWorkloads: [{ windows: ['YEAR_TO_DATE'] }],
  warningCounts: [{ windows: ['NO_PERIOD'] }],
  caseTicker: [{ windows: ['NO_PERIOD'] }],
};

/** Most ticker entries DISPLAY may ask for (the wall asks for 20). */
const DISPLAY_TICKER_MAX = 20;
/** The only filter fields DISPLAY may set. */
const FILTER_FIELDS = new Set(['from', 'to', 'townshipCodes']);

function windowLabel(window: WallWindow, now: Date): string {
  if (window === 'PAST_YEAR') return 'a whole past calendar year';
  if (window === 'NO_PERIOD') return 'no period';
  const p = windowPeriods(now)[window];
  const name = {
    YEAR_TO_DATE: 'the year to date',
    SAME_PERIOD_LAST_YEAR: 'the same period last year',
    TODAY: 'today',
    THIS_MONTH: 'this month',
    TWELVE_MONTHS: 'the twelve months',
  }[window];
  return `${name} (${p.from === p.to ? p.from : `${p.from}…${p.to}`})`;
}

/** The catalogue in words, from the table itself, for the FORBIDDEN message. */
function catalogueText(now: Date): string {
  const shapes = Object.entries(DISPLAY_CATALOGUE).map(([field, list]) => {
    const text = list
      .map((s) => {
        const windows = s.windows.map((w) => windowLabel(w, now)).join(' or ');
        const groups = s.groupBy?.map((g) => `[${g.join(', ')}]`).join(', ');
        return groups ? `${windows} grouped by ${groups}` : windows;
      })
      .join('; ');
    return `${field}${field === 'caseTicker' ? `(first ≤ ${DISPLAY_TICKER_MAX})` : ''}: ${text}`;
  });
  return shapes.join(' | ');
}

function refusal(now: Date, problem: string) {
  return forbidden(
    `The wall screen account (DISPLAY) may ask only what the wall shows — ${catalogueText(now)} — with a ` +
      'filter of from/to (local days, Asia/Shanghai) and at most one township (townshipCodes: [code]), ' +
      `nothing else (no asOf). Here ${problem}.`,
  );
}

/**
 * Refuses (FORBIDDEN) a root field a DISPLAY user asks unless its arguments are one of the catalogue's
 * shapes. Called by operation-rules.ts for every root field of a DISPLAY operation, before any resolver.
 */
export function checkDisplayQuery(
  field: string,
  args: Record<string, unknown>,
  now: Date,
  user: Pick<AuthUser, 'scope'>,
): void {
  const shapes = DISPLAY_CATALOGUE[field];
  if (!shapes) return;
  // Every number of an account scoped to one village is a village cell, of any period.
  if (user.scope.villageCode)
    throw refusal(now, 'the account is scoped to one village: scope a wall to a township or the district');
  const filter = (args.filter ?? {}) as Record<string, unknown>;
  const extra = Object.entries(filter)
    .filter(([key, value]) => value != null && !FILTER_FIELDS.has(key))
    .map(([key]) => key);
  if (extra.length > 0) throw refusal(now, `the filter holds ${extra.join(', ')}`);
  const townships = filter.townshipCodes as readonly string[] | null | undefined;
  if (townships != null && townships.length !== 1)
    throw refusal(now, `townshipCodes names ${townships.length} townships`);
  if (args.asOf != null) throw refusal(now, 'asOf is given');
  if (field === 'caseTicker' && typeof args.first === 'number' && args.first > DISPLAY_TICKER_MAX)
    throw refusal(now, `first is ${args.first}`);

  const windows = windowsOf(filter as Pick<CaseFilter, 'from' | 'to'>, now);
  const fitting = shapes.filter((s) => s.windows.some((w) => windows.includes(w)));
  if (fitting.length === 0) {
    const period =
      filter.from == null && filter.to == null ? 'no period' : `${filter.from ?? '…'}…${filter.to ?? '…'}`;
    throw refusal(now, `${field} is asked for ${period}`);
  }
  if (field === 'caseStats') {
    const groupBy = (args.groupBy ?? []) as readonly CaseDimension[];
    const same = (allowed: readonly CaseDimension[]) =>
      allowed.length === groupBy.length && allowed.every((d) => groupBy.includes(d));
    if (!fitting.some((s) => s.groupBy!.some(same)))
      throw refusal(now, `caseStats is grouped by [${groupBy.join(', ')}] for this period`);
  }
}

// ---- suppression -------------------------------------------------------------------------------------

export const small = (n: number) => n > 0 && n < DISPLAY_MIN_CELL;

/**
 * The parts of one additive partition (a township's villages, the district's townships, a leader's
 * townships) to withhold from DISPLAY, by key; `cells` holds every part, zeros included.
 *
 * The attacker knows every published part, the partition's total when `totalShown` (a township's total
 * for the same period is always treated as public: the ticker and the monthly trend publish it case by
 * case), that a withheld part is not zero unless the whole partition is withheld, and this algorithm.
 * With H parts withheld and R = total − published parts, each withheld part lies in [1, R − (H − 1)]:
 * exact when H = 1, or when R = H (all ones). So, after withholding every part of 1–2 (primary), we
 * add the smallest published nonzero part (ties by key: deterministic) until H ≥ 2 and R ≥ H + 2 —
 * then every withheld part's range reaches 3, so nobody can tell even that it is under 3, and the
 * withheld remainder R is itself a group of at least 4 cases (what it shows in sum, e.g. a KPI
 * numerator of 0, describes no one in particular). One complement always suffices (it adds ≥ 3 to R
 * and 1 to H). When no published nonzero part is left (every case of the township lies in 1–2-case
 * villages), every part is withheld, zeros included, and each ranges over [0, R]. When the total
 * itself is withheld (under 3, e.g. a KPI of the district early in January), every part is too.
 * Residual: a partition of one part (a township of one village) cannot be protected from its total.
 */
export function withheldCells(cells: ReadonlyMap<string, number>, totalShown: boolean): Set<string> {
  const primary = [...cells].filter(([, n]) => small(n)).map(([key]) => key);
  if (primary.length === 0) return new Set();
  if (!totalShown) return new Set(cells.keys());
  const withheld = new Set(primary);
  let rest = primary.reduce((sum, key) => sum + cells.get(key)!, 0);
  const candidates = [...cells]
    .filter(([key, n]) => n > 0 && !withheld.has(key))
    .sort(([ka, a], [kb, b]) => a - b || (ka < kb ? -1 : ka > kb ? 1 : 0));
  while (!(withheld.size >= 2 && rest >= withheld.size + DISPLAY_MIN_CELL - 1)) {
    const next = candidates.shift();
    if (!next) return new Set(cells.keys());
    withheld.add(next[0]);
    rest += next[1];
  }
  return withheld;
}
