// Folds every stored timeline again through the domain's step catalogue (migration 10): the case
// row's facts and due dates become the fold's, and its versions over time are written. In batches of
// cases, inside the migration's transaction.
import type { QueryRunner } from 'typeorm';
import { CaseEventType as E, type StepEvent, type VisitKind } from '@lianxin/domain';
import type { CaseFactColumns } from '../../../modules/case/case-derived.js';
import {
  foldTimeline,
  VERSION_TABLE,
  VERSION_TABLE_COLUMNS,
  versionValues,
} from '../../../modules/case/case-history.js';
import type { Value } from '../../bulk-writer.js';
import type { SqlDialect } from './case-facts-schema.js';

const BATCH = 2_000;

interface EventRow {
  case_id: number;
  type: E;
  at: Date | string;
  leader_id: number | null;
  unit_id: number | null;
  visit_kind: VisitKind | null;
  payload: Record<string, unknown> | string | null;
}

function instant(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/** Payloads of earlier versions in the catalogue's shape (DEADLINE_SET once said handlingDays). */
function stepEvent(row: EventRow): StepEvent {
  let payload =
    typeof row.payload === 'string' ? (JSON.parse(row.payload) as Record<string, unknown>) : row.payload;
  if (
    row.type === E.DEADLINE_SET &&
    payload &&
    payload.days === undefined &&
    payload.handlingDays !== undefined
  )
    payload = { ...payload, days: payload.handlingDays };
  return {
    type: row.type,
    at: instant(row.at),
    leaderId: row.leader_id,
    unitId: row.unit_id,
    visitKind: row.visit_kind,
    payload,
  };
}

const snake = (name: string) => name.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);

function value(dialect: SqlDialect, v: Value): unknown {
  if (v instanceof Date) return dialect === 'sqlite' ? v.toISOString().replace('T', ' ').slice(0, 23) : v;
  if (typeof v === 'boolean' && dialect === 'sqlite') return v ? 1 : 0;
  return v;
}

export async function refoldAllCases(q: QueryRunner, dialect: SqlDialect): Promise<void> {
  const p = (i: number) => (dialect === 'postgres' ? `$${i}` : '?');
  let afterId = 0;
  for (;;) {
    const ids: { id: number }[] = await q.query(
      `SELECT id FROM petition_case WHERE id > ${p(1)} ORDER BY id LIMIT ${BATCH}`,
      [afterId],
    );
    if (ids.length === 0) return;
    const first = ids[0]!.id;
    const last = ids[ids.length - 1]!.id;
    afterId = last;
    const rows: EventRow[] = await q.query(
      `SELECT case_id, type, at, leader_id, unit_id, visit_kind, payload FROM case_event
        WHERE case_id BETWEEN ${p(1)} AND ${p(2)} ORDER BY case_id, at, id`,
      [first, last],
    );
    const byCase = new Map<number, StepEvent[]>();
    for (const row of rows) {
      const list = byCase.get(row.case_id) ?? [];
      list.push(stepEvent(row));
      byCase.set(row.case_id, list);
    }
    for (const [caseId, events] of byCase) {
      let folded: ReturnType<typeof foldTimeline>;
      try {
        folded = foldTimeline(events);
      } catch (error) {
        throw new Error(`Case ${caseId}: its timeline does not replay (${(error as Error).message}).`);
      }
      const columns = folded.versions[folded.versions.length - 1]!.columns;
      const entries = Object.entries(columns) as [keyof CaseFactColumns, Value][];
      const sets = entries.map(([name], i) => `${snake(name)} = ${p(i + 1)}`).join(', ');
      await q.query(`UPDATE petition_case SET ${sets} WHERE id = ${p(entries.length + 1)}`, [
        ...entries.map(([, v]) => value(dialect, v)),
        caseId,
      ]);
      for (const version of folded.versions) {
        const values = versionValues(caseId, version);
        await q.query(
          `INSERT INTO ${VERSION_TABLE} (${VERSION_TABLE_COLUMNS.join(', ')}) VALUES (${values.map((_, i) => p(i + 1)).join(', ')})`,
          values.map((v) => value(dialect, v)),
        );
      }
    }
  }
}
