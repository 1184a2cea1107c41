// What a user who is not cleared for every accusation (检举控告; Art. 30: an accuser's material never
// reaches the accused) learns about the ones they are not cleared for: their number per township and
// calendar month (or quarter, year, the whole area), asked one way only — caseStats with
// `filter: { matterTypes: [ACCUSATION] }`. Every other query leaves those accusations out
// (AccessPolicy.applyReach), so an aggregate naming ACCUSATION in any other shape would either mislead
// (a number that reads as "all accusations" but counts only the cleared ones) or, in a finer shape
// (a day, a village, a leader), single one out: it is refused, and the message says what may be asked.
import { addLocalDays, localDate, MatterType } from '@lianxin/domain';
import type { CaseSelection } from '../case/case-query.js';
import { CaseDimension } from '../stats/stats.types.js';
import { forbidden } from './access-policy.js';

/** The groupings the count may be asked in. */
const ACCUSATION_COUNT_GROUPS: readonly CaseDimension[] = [
  CaseDimension.TOWNSHIP,
  CaseDimension.MONTH,
  CaseDimension.QUARTER,
  CaseDimension.YEAR,
];
const COUNT_GROUPS = new Set(ACCUSATION_COUNT_GROUPS);
/** The filter fields the count may use (asOf, for one, would date an accusation to the day). */
const COUNT_FILTERS = new Set(['from', 'to', 'townshipCodes', 'matterTypes']);

const ACCUSATION_COUNT_SHAPE =
  'caseStats(filter: { matterTypes: [ACCUSATION], from, to, townshipCodes }, ' +
  `groupBy: any of [${ACCUSATION_COUNT_GROUPS.join(', ')}]) { townshipCode period count }, ` +
  'from on the first and to on the last day of a month; it counts the months that have ended';

export interface AggregateSelection {
  selection: CaseSelection;
  /** The accusation count: answer `count` only (KPI parts would describe individual cases). */
  countOnly: boolean;
}

/** Why the request is not the count shape, or null when it is. */
function notTheCountShape(selection: CaseSelection, groupBy: readonly CaseDimension[] | null): string | null {
  if (groupBy === null) return 'this query does not answer it';
  const types = new Set(selection.filter.matterTypes);
  if (types.size !== 1) return 'matterTypes must be [ACCUSATION] alone';
  const dimensions = groupBy.filter((d) => !COUNT_GROUPS.has(d));
  if (dimensions.length > 0) return `groupBy may not hold ${dimensions.join(', ')}`;
  const fields = Object.entries(selection.filter)
    .filter(([key, value]) => value != null && !COUNT_FILTERS.has(key))
    .map(([key]) => key);
  if (fields.length > 0) return `the filter may not hold ${fields.join(', ')}`;
  if (selection.from && !selection.from.endsWith('-01')) return 'from must be the first day of a month';
  if (selection.to && !addLocalDays(selection.to, 1).endsWith('-01'))
    return 'to must be the last day of a month';
  return null;
}

/**
 * The selection an aggregate counts with. A filter naming ACCUSATION by a user not cleared for every
 * accusation of their area (anyone but ADMIN) is refused (FORBIDDEN) unless it is the count shape;
 * `groupBy` is caseStats' (the one query that may answer it), null for every other aggregate. The
 * count shape counts every accusation in the user's area, in the months that have ended: a count that
 * moved during the month would date each new accusation to the minute of its registration.
 */
export function aggregateSelection(
  selection: CaseSelection,
  groupBy: readonly CaseDimension[] | null,
): AggregateSelection {
  const { access } = selection;
  if (!selection.filter.matterTypes?.includes(MatterType.ACCUSATION) || access.accusationReach() === 'ALL')
    return { selection, countOnly: false };
  if (access.aggregatesOnly) throw forbidden('This account sees nothing about accusations (检举控告).');
  const problem = notTheCountShape(selection, groupBy);
  if (problem) {
    throw forbidden(
      `Accusations (检举控告) you are not cleared for are counted only per township and month: ` +
        `${ACCUSATION_COUNT_SHAPE} (here ${problem}). Leave ACCUSATION out of matterTypes for everything else.`,
    );
  }
  const lastEnded = addLocalDays(`${localDate(selection.asOf).slice(0, 7)}-01`, -1);
  return {
    selection: {
      ...selection,
      to: selection.to && selection.to < lastEnded ? selection.to : lastEnded,
      access: access.countingEveryAccusation(),
    },
    countOnly: true,
  };
}
