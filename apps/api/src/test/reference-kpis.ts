// A reference computation of the KPIs from raw case rows, in plain JS with no domain or API code, for
// tests to check the API's SQL (and rollups) against. It restates the formulas of packages/domain/README.md.
// Raw rows are the facts as they are now: for closed months (read as known at their close) tests use the
// event log instead (readTimelines + the domain's computeKpisFromEvents).
import type { DataSource } from 'typeorm';
import type { CaseEventType, StepEvent, VisitKind } from '@lianxin/domain';

export const KPI_FIELDS = [
  'timelyAcceptance',
  'onTimeClosure',
  'satisfaction',
  'ratingParticipation',
  'leaderResolution',
  'repeatRate',
  'reopenRate',
  'reviewChangeRate',
] as const;
export type KpiField = (typeof KPI_FIELDS)[number];
export type KpiSet = Record<KpiField, { numerator: number; denominator: number; rate: number | null }>;
export const KPI_SELECTION = `{ ${KPI_FIELDS.map((f) => `${f} { numerator denominator rate }`).join(' ')} }`;

const SHANGHAI = 8 * 3_600_000;
export const ms = (v: unknown): number | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v.getTime()
      : Date.parse(String(v).includes('T') ? String(v) : `${String(v).replace(' ', 'T')}Z`);
export const localDay = (t: number): string => new Date(t + SHANGHAI).toISOString().slice(0, 10);

export interface RawCase {
  township_code: string;
  village_code: string;
  received_at: unknown;
  /** The end of the 15 days for the acceptance decision, its last day moved off a weekend or holiday. */
  acceptance_due_at: unknown;
  accepted_at: unknown;
  declined_at: unknown;
  due_at: unknown;
  replied_at: unknown;
  closed_at: unknown;
  rated_at: unknown;
  satisfaction: string | null;
  leader_id: number | null;
  repeat_of_id: number | null;
  status: string;
  reopened_after_closing_at: unknown;
  review_replied_at: unknown;
  /** true/false on PostgreSQL, 1/0 on SQLite; null while unanswered or unknown. */
  review_changed: boolean | number | null;
}

export interface Bucket {
  townshipCode: string | null;
  villageCode: string | null;
  period: string | null;
  count: number;
  kpis: KpiSet;
}

/** KPI parts per (township, village, anchor month) and in total, for cases anchored in `year`, as of `asOf`. */
export function referenceKpis(rows: RawCase[], year: string, asOf: number) {
  const buckets = new Map<string, Bucket>();
  const total: Bucket = { townshipCode: null, villageCode: null, period: null, count: 0, kpis: emptyKpis() };
  const place = (r: RawCase, t: number): Bucket => {
    const period = `${localDay(t).slice(0, 7)}-01`;
    const key = `${r.township_code}|${r.village_code}|${period}`;
    let b = buckets.get(key);
    if (!b) {
      b = { townshipCode: r.township_code, villageCode: r.village_code, period, count: 0, kpis: emptyKpis() };
      buckets.set(key, b);
    }
    return b;
  };
  const count = (
    r: RawCase,
    anchor: number | null,
    field: KpiField,
    inDenominator: boolean,
    inNumerator: boolean,
  ) => {
    if (anchor === null || localDay(anchor).slice(0, 4) !== year || !inDenominator) return;
    for (const b of [place(r, anchor), total]) {
      b.kpis[field].denominator += 1;
      if (inNumerator) b.kpis[field].numerator += 1;
    }
  };
  for (const r of rows) {
    const received = ms(r.received_at)!;
    const decided = ms(r.accepted_at) ?? ms(r.declined_at);
    // The stored due date, not received + 15 days: when the 15th day is a rest day the decision may
    // come on the next working day (the last-day rule), as the seed's decisions now do.
    const acceptanceDue = ms(r.acceptance_due_at)!;
    const due = ms(r.due_at);
    const handled = ms(r.replied_at) ?? ms(r.closed_at);
    const rated = ms(r.rated_at);
    const closed = ms(r.closed_at);
    if (localDay(received).slice(0, 4) === year) {
      place(r, received).count += 1;
      total.count += 1;
    }
    count(
      r,
      received,
      'timelyAcceptance',
      decided !== null || asOf > acceptanceDue,
      decided !== null && decided <= acceptanceDue,
    );
    count(r, due, 'onTimeClosure', handled !== null || asOf > due!, handled !== null && handled <= due!);
    count(
      r,
      r.satisfaction === null ? null : rated,
      'satisfaction',
      true,
      r.satisfaction === 'SATISFIED' || r.satisfaction === 'BASICALLY_SATISFIED',
    );
    count(r, closed, 'ratingParticipation', true, rated !== null && r.satisfaction !== null);
    // Resolved: closed, and the first rating is satisfied or basically satisfied (unrated is not resolved).
    count(
      r,
      received,
      'leaderResolution',
      r.leader_id !== null,
      r.status === 'CLOSED' &&
        closed !== null &&
        rated !== null &&
        (r.satisfaction === 'SATISFIED' || r.satisfaction === 'BASICALLY_SATISFIED'),
    );
    count(r, received, 'repeatRate', true, r.repeat_of_id !== null);
    count(r, closed, 'reopenRate', true, ms(r.reopened_after_closing_at) !== null);
    count(
      r,
      ms(r.review_replied_at),
      'reviewChangeRate',
      r.review_changed !== null,
      r.review_changed === true || r.review_changed === 1,
    );
  }
  for (const b of [total, ...buckets.values()])
    for (const f of KPI_FIELDS) {
      const v = b.kpis[f];
      v.rate = v.denominator ? v.numerator / v.denominator : null;
    }
  return { total, buckets: [...buckets.values()] };
}

function emptyKpis(): KpiSet {
  return Object.fromEntries(
    KPI_FIELDS.map((f) => [f, { numerator: 0, denominator: 0, rate: null }]),
  ) as KpiSet;
}

/** Buckets with anything in them, in a fixed order (a rollup row may exist with all counters 0). */
export function comparable(buckets: Bucket[]) {
  return buckets
    .filter((b) => b.count > 0 || KPI_FIELDS.some((f) => b.kpis[f].denominator > 0))
    .map((b) => ({ ...b, townshipCode: b.townshipCode, villageCode: b.villageCode }))
    .sort((a, b) =>
      `${a.period}|${a.townshipCode}|${a.villageCode}`.localeCompare(
        `${b.period}|${b.townshipCode}|${b.villageCode}`,
      ),
    );
}

/** The rows referenceKpis reads. */
export function rawCases(dataSource: DataSource): Promise<RawCase[]> {
  return dataSource.query(
    `SELECT township_code, village_code, received_at, acceptance_due_at, accepted_at, declined_at, due_at, replied_at, closed_at,
            rated_at, satisfaction, leader_id, repeat_of_id, status, reopened_after_closing_at,
            review_replied_at, review_changed FROM petition_case`,
  );
}

/** Every case's timeline, read back from case_event, as the domain folds it. */
export async function readTimelines(dataSource: DataSource): Promise<StepEvent[][]> {
  const rows: {
    case_id: number;
    type: CaseEventType;
    at: Date | string;
    leader_id: number | null;
    unit_id: number | null;
    visit_kind: VisitKind | null;
    payload: string | Record<string, unknown> | null;
  }[] = await dataSource.query(
    'SELECT case_id, type, at, leader_id, unit_id, visit_kind, payload FROM case_event ORDER BY case_id, at, id',
  );
  const byCase = new Map<number, StepEvent[]>();
  for (const r of rows) {
    const list = byCase.get(Number(r.case_id)) ?? [];
    list.push({
      type: r.type,
      at: r.at instanceof Date ? r.at : new Date(`${r.at.replace(' ', 'T')}Z`),
      leaderId: r.leader_id,
      unitId: r.unit_id,
      visitKind: r.visit_kind,
      payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as Record<string, unknown>) : r.payload,
    });
    byCase.set(Number(r.case_id), list);
  }
  return [...byCase.values()];
}
