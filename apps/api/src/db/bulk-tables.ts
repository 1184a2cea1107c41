// Which column of which table each generated or imported row fills, in one place for every bulk
// writer (the seed loader and the spreadsheet import).
import { localDate } from '@lianxin/domain';
import type {
  CaseEventRow,
  CasePetitionerRow,
  CaseRow,
  CategoryRow,
  LeaderRow,
  PetitionerRow,
  TownshipRow,
  UnitRow,
  VillageRow,
} from '@lianxin/seed';
import { deriveCaseColumns } from '../modules/case/case-derived.js';
import type { IdNumberCipher } from '../modules/petitioner/id-number-cipher.js';
import type { BulkTable, Value } from './bulk-writer.js';

export interface TableSpec<R> {
  name: string;
  columns: readonly string[];
  values(row: R): Value[];
}

function table<R>(name: string, columns: readonly string[], values: (row: R) => Value[]): TableSpec<R> {
  return { name, columns, values };
}

export const TOWNSHIPS = table<TownshipRow>('township', ['code', 'name', 'kind', 'sort_order'], (r) => [
  r.code,
  r.name,
  r.kind,
  r.sortOrder,
]);
export const VILLAGES = table<VillageRow>(
  'village',
  ['code', 'name', 'township_code', 'population', 'generated'],
  (r) => [r.code, r.name, r.townshipCode, r.population, r.generated],
);
export const CATEGORIES = table<CategoryRow>(
  'category',
  ['code', 'name_zh', 'name_en', 'sort_order'],
  (r) => [r.code, r.nameZh, r.nameEn, r.sortOrder],
);
export const UNITS = table<UnitRow>('unit', ['id', 'code', 'name', 'township_code'], (r) => [
  r.id,
  r.code,
  r.name,
  r.townshipCode,
]);
export const LEADERS = table<LeaderRow>(
  'leader',
  ['id', 'name', 'title', 'post', 'rank', 'unit_id', 'township_code'],
  (r) => [r.id, r.name, r.title, r.post, r.rank, r.unitId, r.townshipCode],
);
/** Petitioners with their ID number encrypted and hashed: rows carry plain numbers, the table never. */
export function petitionersTable(idNumbers: IdNumberCipher): TableSpec<PetitionerRow> {
  return table<PetitionerRow>(
    'petitioner',
    ['id', 'name', 'phone', 'id_number', 'id_number_hash', 'village_code'],
    (r) => [r.id, r.name, r.phone, idNumbers.encrypt(r.idNumber), idNumbers.hash(r.idNumber), r.villageCode],
  );
}
// prettier-ignore -- column list and values line up by position; one per line would hide that
export const CASES = table<CaseRow>(
  'petition_case',
  [
    'id',
    'code',
    'title',
    'summary',
    'matter_type',
    'category_code',
    'channel',
    'village_code',
    'township_code',
    'headcount',
    'received_at',
    'received_on',
    'forwarded_at',
    'accepted_at',
    'declined_at',
    'acceptance_due_at',
    'due_at',
    'handling_days',
    'extension_days',
    'extended_to',
    'delay_reason',
    'paused_days',
    'replied_at',
    'closed_at',
    'status',
    'outcome',
    'leader_id',
    'unit_id',
    'satisfaction',
    'rated_at',
    'review_requested_at',
    'review_replied_at',
    'rereview_requested_at',
    'rereview_replied_at',
    'repeat_of_id',
    'current_due_at',
    'current_deadline',
    'version',
  ],
  (r) => {
    const d = deriveCaseColumns(r);
    return [
      r.id,
      r.code,
      r.title,
      r.summary,
      r.matterType,
      r.categoryCode,
      r.channel,
      r.villageCode,
      r.townshipCode,
      r.headcount,
      r.receivedAt,
      d.receivedOn,
      r.forwardedAt,
      r.acceptedAt,
      r.declinedAt,
      d.acceptanceDueAt,
      d.dueAt,
      r.handlingDays,
      r.extensionDays,
      r.extendedTo,
      r.delayReason,
      r.pausedDays,
      r.repliedAt,
      r.closedAt,
      r.status,
      r.outcome,
      r.leaderId,
      r.unitId,
      r.satisfaction,
      r.ratedAt,
      r.reviewRequestedAt,
      r.reviewRepliedAt,
      r.rereviewRequestedAt,
      r.rereviewRepliedAt,
      r.repeatOfId,
      d.currentDueAt,
      d.currentDeadline,
      r.version,
    ];
  },
);

export const CASE_PETITIONERS = table<CasePetitionerRow>(
  'case_petitioner',
  ['case_id', 'petitioner_id', 'representative'],
  (r) => [r.caseId, r.petitionerId, r.representative],
);
export const EVENTS = table<CaseEventRow>(
  'case_event',
  ['id', 'case_id', 'type', 'at', 'occurred_on', 'actor', 'leader_id', 'visit_kind', 'unit_id', 'payload'],
  (r) => [
    r.id,
    r.caseId,
    r.type,
    r.at,
    localDate(r.at),
    r.actor,
    r.leaderId,
    r.visitKind,
    r.unitId,
    r.payload,
  ],
);

/** Tables in foreign-key order; the bulk ones last. */

/** The rows of one spec as a table for the bulk writer. */
export function tableOf<R>(spec: TableSpec<R>, rows: readonly R[]): BulkTable {
  return { name: spec.name, columns: spec.columns, rows: rows.map((row) => spec.values(row)) };
}
