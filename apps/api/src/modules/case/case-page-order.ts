// The orders the case list offers (SORTS) and how a page of one is read: the parts an order falls into
// (keyed cases, then those without a key) and the condition that resumes each part after a cursor.
import type { ObjectLiteral } from 'typeorm';
import { localDate } from '@lianxin/domain';
import type { DialectSpec } from '../../db/dialect.js';
import { badUserInput } from '../common/errors.js';
import type { CursorPosition } from '../common/pagination.js';
import type { CaseEntity } from './case.entity.js';
import { CaseOrderField, SortDirection, type CaseOrder } from './case.types.js';

interface SortSpec {
  column: string;
  /** Cases without a value sort last, in both directions, by id. */
  nullable: boolean;
  /** No two cases share a value (the code): the value alone orders and resumes. */
  unique: boolean;
  /** The period's first (or last) value starts the walk, looked up per month of the period. */
  probed: boolean;
  /** The value of the sort key on a loaded case, as the cursor stores it. */
  valueOf(c: CaseEntity): string | null;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export const SORTS: Record<CaseOrderField, SortSpec> = {
  [CaseOrderField.ID]: { column: 'id', nullable: false, unique: true, probed: true, valueOf: () => null },
  [CaseOrderField.CODE]: {
    column: 'code',
    nullable: false,
    unique: true,
    probed: true,
    valueOf: (c) => c.code,
  },
  [CaseOrderField.RECEIVED_AT]: {
    column: 'received_at',
    nullable: false,
    unique: false,
    probed: false,
    valueOf: (c) => iso(c.receivedAt),
  },
  [CaseOrderField.DUE_AT]: {
    column: 'due_at',
    nullable: true,
    unique: false,
    probed: true,
    valueOf: (c) => iso(c.dueAt),
  },
  [CaseOrderField.CURRENT_DUE_AT]: {
    column: 'current_due_at',
    nullable: true,
    unique: false,
    // Few cases have one (the open ones): their partial index is walked whole at worst.
    probed: false,
    valueOf: (c) => iso(c.currentDueAt),
  },
};

/** One part of the order: the cases it holds, and how they are ordered within it. */
export interface Part {
  /** The sort column (`c.`-less) the part is ordered by first. */
  lead: string;
  /** Columns of the order, lead first, each in the page's direction. */
  keys: string[];
  /** Which cases the part holds (null: all). */
  holds: string | null;
  /** Condition for "after the cursor" within the part; false: the cursor lies past this part. */
  after: { sql: string; params: ObjectLiteral } | null | false;
  /** The part holds only cases with a lead value (its bounds are looked up among those). */
  leadNotNull: boolean;
}

export function timestampParam(dialect: DialectSpec, value: string): Date | string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badUserInput('after', 'malformed cursor');
  return dialect.timestamp(date);
}

/** The parts of an order, each with its part of the cursor condition. */
export function partsOf(order: CaseOrder, position: CursorPosition | null, dialect: DialectSpec): Part[] {
  const sort = SORTS[order.field];
  const cmp = order.direction === SortDirection.ASC ? '>' : '<';
  const col = `c.${sort.column}`;
  const afterId = position ? { sql: `c.id ${cmp} :afterId`, params: { afterId: position.id } } : null;
  if (order.field === CaseOrderField.ID) {
    return [{ lead: 'id', keys: ['id'], holds: null, after: afterId, leadNotNull: false }];
  }
  const afterValue =
    position && position.value !== null
      ? order.field === CaseOrderField.CODE
        ? position.value
        : timestampParam(dialect, position.value)
      : null;
  if (sort.unique) {
    const after = position ? { sql: `${col} ${cmp} :afterValue`, params: { afterValue } } : null;
    return [{ lead: sort.column, keys: [sort.column], holds: null, after, leadNotNull: false }];
  }
  // Row-value comparison: both databases walk the (column, id) index from the cursor on.
  const afterPair = position
    ? { sql: `(${col}, c.id) ${cmp} (:afterValue, :afterId)`, params: { afterValue, afterId: position.id } }
    : null;
  if (order.field === CaseOrderField.RECEIVED_AT) {
    // The cursor's receipt day starts the index range; the pair then skips that day's earlier cases.
    const after =
      afterPair && position?.value
        ? {
            sql: `c.received_on ${cmp}= :afterDay AND ${afterPair.sql}`,
            params: { ...afterPair.params, afterDay: localDate(new Date(position.value)) },
          }
        : afterPair;
    const keys = ['received_on', 'received_at', 'id'];
    return [{ lead: 'received_on', keys, holds: null, after, leadNotNull: false }];
  }
  if (!sort.nullable) throw new Error(`no order for ${order.field}`);
  const cursorInNulls = position !== null && position.value === null;
  return [
    {
      lead: sort.column,
      keys: [sort.column, 'id'],
      holds: `${col} IS NOT NULL`,
      after: cursorInNulls ? false : afterPair,
      leadNotNull: true,
    },
    {
      lead: 'id',
      keys: ['id'],
      holds: `${col} IS NULL`,
      // After a keyed cursor every case without a key follows.
      after: cursorInNulls ? afterId : null,
      leadNotNull: false,
    },
  ];
}

export function leadField(column: string): CaseOrderField {
  const field = (Object.keys(SORTS) as CaseOrderField[]).find((f) => SORTS[f].column === column);
  if (!field) throw new Error(`no sort on ${column}`);
  return field;
}
