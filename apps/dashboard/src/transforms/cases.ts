import type { CaseOrderField, SortDirection } from '../graphql/generated/graphql';
import type { QueryInput } from '../filters/filter';

const FIELDS: readonly CaseOrderField[] = ['RECEIVED_AT', 'CURRENT_DUE_AT', 'DUE_AT', 'CODE', 'ID'];

/** Table columns that sort on the server, and by which key. */
export const SORTABLE: Readonly<Record<string, CaseOrderField | undefined>> = {
  code: 'CODE',
  receivedAt: 'RECEIVED_AT',
  currentDueAt: 'CURRENT_DUE_AT',
};

/** The table's order from the URL (`sort`, `dir`); newest received first by default, as the API does. */
export function parseSort(query: QueryInput): { field: CaseOrderField; direction: SortDirection } {
  const f = Array.isArray(query.sort) ? query.sort[0] : query.sort;
  const d = Array.isArray(query.dir) ? query.dir[0] : query.dir;
  return {
    field: FIELDS.includes(f as CaseOrderField) ? (f as CaseOrderField) : 'RECEIVED_AT',
    direction: d === 'ASC' ? 'ASC' : 'DESC',
  };
}
