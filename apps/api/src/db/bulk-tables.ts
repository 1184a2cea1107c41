// Which column of which table each generated or imported row fills, in one place for every bulk
// writer (the seed loader and the spreadsheet import).
import { initialFacts, localDate, type StepEvent } from '@lianxin/domain';
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
import { factColumns, type CaseFactColumns } from '../modules/case/case-derived.js';
import {
  VERSION_TABLE,
  VERSION_TABLE_COLUMNS,
  foldTimeline,
  versionValues,
  type FactVersion,
} from '../modules/case/case-history.js';
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
/** What registration fixes about a case: everything else is the fold of its events. */
export type CaseRegistration = Pick<
  CaseRow,
  | 'id'
  | 'code'
  | 'title'
  | 'summary'
  | 'matterType'
  | 'categoryCode'
  | 'channel'
  | 'villageCode'
  | 'townshipCode'
  | 'headcount'
  | 'receivedAt'
  | 'version'
>;

/** A case as written: what registration fixed and the fold of its timeline. */
export interface FoldedCase {
  row: CaseRegistration;
  /** The case's facts: the fold of its events (foldTimeline), never the generator's or the sheet's own columns. */
  facts: CaseFactColumns;
  versions: readonly FactVersion[];
}

/** Columns registration fixes; every other column of `petition_case` is a fact column. */
const REGISTRATION_COLUMNS = [
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
  'version',
] as const;

const FACT_PROPERTIES = Object.keys(factColumns(initialFacts(new Date(0)))) as (keyof CaseFactColumns)[];
const snake = (name: string) => name.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);

export const CASES = table<FoldedCase>(
  'petition_case',
  [...REGISTRATION_COLUMNS, ...FACT_PROPERTIES.map(snake), 'facts_changed_at'],
  ({ row: r, facts, versions }) => [
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
    r.version,
    ...FACT_PROPERTIES.map((name) => facts[name] as Value),
    // When its current facts took effect: the last version's start (case-history recordVersion).
    versions[versions.length - 1]!.validFrom,
  ],
);

/** The versions of each case's facts over time (case-history.ts). */
export const FACT_VERSIONS = table<{ caseId: number; version: FactVersion }>(
  VERSION_TABLE,
  VERSION_TABLE_COLUMNS,
  ({ caseId, version }) => versionValues(caseId, version),
);

export const CASE_PETITIONERS = table<CasePetitionerRow>(
  'case_petitioner',
  ['case_id', 'petitioner_id', 'representative'],
  (r) => [r.caseId, r.petitionerId, r.representative],
);
/** A stored event as the step catalogue reads it. */
function stepEventOf(e: CaseEventRow): StepEvent {
  return {
    type: e.type,
    at: e.at,
    leaderId: e.leaderId,
    unitId: e.unitId,
    visitKind: e.visitKind,
    payload: e.payload,
  };
}

/** Folds a generated or imported case's timeline: its facts and their versions, ready to write. */
export function foldCase(row: CaseRegistration, events: readonly CaseEventRow[]): FoldedCase {
  const { versions } = foldTimeline(events.map(stepEventOf));
  return { row, facts: versions[versions.length - 1]!.columns, versions };
}

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
