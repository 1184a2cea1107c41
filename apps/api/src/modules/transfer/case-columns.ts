// The one column template of case spreadsheets, for both directions: export formats each column from a
// stored case, import parses and checks it back. Keeping both halves side by side is what makes an
// export re-import to the same case; templates/README.md documents the same list for people.
//
// The columns are made of the cell formats of cell-formats.ts and map the SheetCase of sheet-case.ts.
import {
  CASE_STATUS_LABELS,
  CaseEventType as E,
  CHANNEL_LABELS,
  isValidIdNumber,
  MATTER_TYPE_LABELS,
  OUTCOME_LABELS,
  SATISFACTION_LABELS,
  STEP_CATALOGUE,
  TEXT_LIMITS,
  type CaseStatus,
  type Channel,
  type MatterType,
  type Outcome,
  type Satisfaction,
} from '@lianxin/domain';
import {
  CellError,
  enumParser,
  formatLocalTime,
  integer,
  LIST_SEPARATOR,
  maxLength,
  parseCaseCode,
  parseLocalTime,
  splitList,
} from './cell-formats.js';
import type { ReferenceNames, SheetCase } from './sheet-case.js';

/** A row being parsed: the fields read so far, plus what is resolved once the whole row is read. */
export type DraftCase = Partial<SheetCase> & {
  villageName?: string;
  petitionerNames?: string[];
  petitionerPhones?: string[];
  petitionerIds?: string[];
};
type Draft = DraftCase;

export interface CaseColumn {
  /** Chinese header, the column's identity in both directions. */
  header: string;
  required: boolean;
  /** Its cells are numbers: written as they are, never escaped as formulas (see cell-escape.ts). */
  numeric?: boolean;
  /** Its cells are local times (formatLocalTime): an XLSX export writes them as dates. */
  time?: boolean;
  format(c: SheetCase, ref: ReferenceNames): string;
  /** Parses non-empty text into the draft; throws CellError with the reason. */
  parse(text: string, draft: Draft, ref: ReferenceNames): void;
}

const MOBILE_OR_PHONE_RE = /^(1\d{10}|0\d{2,3}-?\d{7,8}|\d{7,8})$/;

const matterType = enumParser<MatterType>(MATTER_TYPE_LABELS, 'matter type');
const channel = enumParser<Channel>(CHANNEL_LABELS, 'channel');
const status = enumParser<CaseStatus>(CASE_STATUS_LABELS, 'status');
const outcome = enumParser<Outcome>(OUTCOME_LABELS, 'outcome');
const satisfaction = enumParser<Satisfaction>(SATISFACTION_LABELS, 'satisfaction');

type TimeField =
  | 'receivedAt'
  | 'forwardedAt'
  | 'acceptedAt'
  | 'declinedAt'
  | 'repliedAt'
  | 'closedAt'
  | 'ratedAt'
  | 'reviewRequestedAt'
  | 'reviewRepliedAt'
  | 'rereviewRequestedAt'
  | 'rereviewRepliedAt';

function timeColumn(header: string, field: TimeField, required = false): CaseColumn {
  return {
    header,
    required,
    time: true,
    format: (c) => formatLocalTime(c[field]),
    parse: (text, d) => {
      d[field] = parseLocalTime(text);
    },
  };
}

/** The limits of a step's input, so a sheet accepts what the step itself accepts (the catalogue). */
function stepInput(type: E, name: string): { min: number; max: number } {
  const field = STEP_CATALOGUE[type].fields.find((f) => f.name === name);
  if (field?.min == null || field.max == null) throw new Error(`${type}.${name} has no limits`);
  return { min: field.min, max: field.max };
}

function daysColumn(
  header: string,
  field: 'handlingDays' | 'extensionDays' | 'pausedDays',
  min: number,
  max: number,
): CaseColumn {
  const parse = integer(min, max);
  return {
    header,
    required: false,
    numeric: true,
    format: (c) => (c[field] == null || (field === 'pausedDays' && c[field] === 0) ? '' : String(c[field])),
    parse: (text, d) => {
      d[field] = parse(text);
    },
  };
}

/** The columns, in sheet order. */
export const CASE_COLUMNS: readonly CaseColumn[] = [
  {
    header: '案件编号',
    required: false,
    format: (c) => c.code ?? '',
    parse: (text, d) => {
      d.code = parseCaseCode(text);
    },
  },
  {
    header: '标题',
    required: true,
    format: (c) => c.title,
    parse: (text, d) => {
      d.title = maxLength(TEXT_LIMITS.title)(text);
    },
  },
  {
    header: '摘要',
    required: true,
    format: (c) => c.summary,
    parse: (text, d) => {
      d.summary = maxLength(TEXT_LIMITS.summary)(text);
    },
  },
  {
    header: '事项类型',
    required: true,
    format: (c) => MATTER_TYPE_LABELS[c.matterType].zh,
    parse: (text, d) => {
      d.matterType = matterType(text);
    },
  },
  {
    header: '纠纷类别',
    required: true,
    format: (c, ref) => ref.categoryName.get(c.categoryCode) ?? c.categoryCode,
    parse: (text, d, ref) => {
      const code = ref.categoryByKey.get(text) ?? ref.categoryByKey.get(text.toUpperCase());
      if (!code)
        throw new CellError(
          `unknown category "${text}": allowed ${[...ref.categoryName.values()].join('/')} (or their codes)`,
        );
      d.categoryCode = code;
    },
  },
  {
    header: '信访渠道',
    required: true,
    format: (c) => CHANNEL_LABELS[c.channel].zh,
    parse: (text, d) => {
      d.channel = channel(text);
    },
  },
  {
    header: '乡镇',
    required: true,
    format: (c, ref) => ref.townshipName.get(c.townshipCode) ?? c.townshipCode,
    parse: (text, d, ref) => {
      const code = ref.townshipByName.get(text);
      if (!code) throw new CellError(`unknown township "${text}"`);
      d.townshipCode = code;
    },
  },
  {
    header: '村居',
    required: true,
    format: (c, ref) => ref.villageName.get(c.villageCode) ?? c.villageCode,
    // Resolved against the township once the whole row is read (see resolveVillage).
    parse: (text, d, ref) => {
      if (!ref.townshipsOfVillageName.has(text)) throw new CellError(`unknown village "${text}"`);
      d.villageName = text;
    },
  },
  {
    header: '人数',
    required: true,
    numeric: true,
    format: (c) => String(c.headcount),
    parse: (text, d) => {
      d.headcount = integer(1, 100_000)(text);
    },
  },
  {
    header: '信访人',
    required: true,
    format: (c) => c.petitioners.map((p) => p.name).join(LIST_SEPARATOR),
    parse: (text, d) => {
      const names = splitList(text);
      for (const name of names) if ([...name].length > 32) throw new CellError(`name "${name}" is too long`);
      d.petitionerNames = names;
    },
  },
  {
    header: '联系电话',
    required: true,
    format: (c) => c.petitioners.map((p) => p.phone).join(LIST_SEPARATOR),
    parse: (text, d) => {
      const phones = splitList(text).map((p) => p.replace(/\s+/g, ''));
      const bad = phones.find((p) => !MOBILE_OR_PHONE_RE.test(p));
      if (bad) throw new CellError(`"${bad}" is not a phone number (11-digit mobile or 0xxx-xxxxxxx)`);
      d.petitionerPhones = phones;
    },
  },
  {
    header: '身份证号',
    required: true,
    format: (c) => c.petitioners.map((p) => p.idNumber).join(LIST_SEPARATOR),
    parse: (text, d) => {
      const ids = splitList(text).map((s) => s.toUpperCase());
      const bad = ids.find((id) => !/^\d{17}[\dX]$/.test(id));
      if (bad) throw new CellError(`"${bad}" is not an 18-character resident ID number`);
      const wrong = ids.find((id) => !isValidIdNumber(id));
      if (wrong) throw new CellError(`check digit of ID number "${wrong}" is wrong (GB 11643)`);
      d.petitionerIds = ids;
    },
  },
  timeColumn('登记时间', 'receivedAt', true),
  timeColumn('转送交办时间', 'forwardedAt'),
  timeColumn('受理时间', 'acceptedAt'),
  timeColumn('不予受理时间', 'declinedAt'),
  daysColumn('限办天数', 'handlingDays', 1, stepInput(E.DEADLINE_SET, 'days').max),
  // The total over the case's hearings (each ≤ 90 days live; several may follow one another), written
  // as one hearing: a bound of its own, a year, not one hearing's cap.
  daysColumn('听证天数', 'pausedDays', 0, 365),
  daysColumn('延期天数', 'extensionDays', 1, stepInput(E.EXTENDED, 'days').max),
  {
    header: '延期理由',
    required: false,
    format: (c) => c.delayReason ?? '',
    parse: (text, d) => {
      d.delayReason = maxLength(TEXT_LIMITS.text)(text);
    },
  },
  timeColumn('答复时间', 'repliedAt'),
  {
    header: '处理结果',
    required: false,
    format: (c) => (c.outcome ? OUTCOME_LABELS[c.outcome].zh : ''),
    parse: (text, d) => {
      d.outcome = outcome(text);
    },
  },
  timeColumn('办结时间', 'closedAt'),
  {
    header: '满意度',
    required: false,
    format: (c) => (c.satisfaction ? SATISFACTION_LABELS[c.satisfaction].zh : ''),
    parse: (text, d) => {
      d.satisfaction = satisfaction(text);
    },
  },
  timeColumn('评价时间', 'ratedAt'),
  timeColumn('复查申请时间', 'reviewRequestedAt'),
  timeColumn('复查答复时间', 'reviewRepliedAt'),
  timeColumn('复核申请时间', 'rereviewRequestedAt'),
  timeColumn('复核答复时间', 'rereviewRepliedAt'),
  {
    header: '状态',
    required: true,
    format: (c) => CASE_STATUS_LABELS[c.status].zh,
    parse: (text, d) => {
      d.status = status(text);
    },
  },
  {
    header: '包案领导',
    required: false,
    format: (c, ref) => (c.leaderId == null ? '' : (ref.leaderName.get(c.leaderId) ?? '')),
    parse: (text, d, ref) => {
      const id = ref.leaderByName.get(text);
      if (id === undefined) throw new CellError(`unknown leader "${text}"`);
      d.leaderId = id;
    },
  },
  {
    header: '责任单位',
    required: false,
    format: (c, ref) => (c.unitId == null ? '' : (ref.unitName.get(c.unitId) ?? '')),
    parse: (text, d, ref) => {
      const id = ref.unitByName.get(text);
      if (id === undefined) throw new CellError(`unknown unit "${text}"`);
      d.unitId = id;
    },
  },
  {
    header: '重复访原案件编号',
    required: false,
    format: (c) => c.repeatOfCode ?? '',
    parse: (text, d) => {
      d.repeatOfCode = parseCaseCode(text);
    },
  },
];

export const CASE_HEADERS: readonly string[] = CASE_COLUMNS.map((c) => c.header);

/** Headers of the numeric columns, whose cells are written without a formula escape. */
export const NUMERIC_HEADERS: ReadonlySet<string> = new Set(
  CASE_COLUMNS.filter((c) => c.numeric).map((c) => c.header),
);

/** The header of the column that carries a SheetCase field, for errors found after parsing. */
export const HEADER_OF = {
  code: '案件编号',
  village: '村居',
  petitioners: '信访人',
  phones: '联系电话',
  ids: '身份证号',
  headcount: '人数',
  receivedAt: '登记时间',
  forwardedAt: '转送交办时间',
  acceptedAt: '受理时间',
  declinedAt: '不予受理时间',
  handlingDays: '限办天数',
  extensionDays: '延期天数',
  pausedDays: '听证天数',
  delayReason: '延期理由',
  repliedAt: '答复时间',
  outcome: '处理结果',
  closedAt: '办结时间',
  satisfaction: '满意度',
  ratedAt: '评价时间',
  reviewRequestedAt: '复查申请时间',
  reviewRepliedAt: '复查答复时间',
  rereviewRequestedAt: '复核申请时间',
  rereviewRepliedAt: '复核答复时间',
  status: '状态',
  leader: '包案领导',
  repeatOf: '重复访原案件编号',
} as const;

/** Formats a case as the sheet's cells, in column order. */
export function formatCase(c: SheetCase, ref: ReferenceNames): string[] {
  return CASE_COLUMNS.map((column) => column.format(c, ref));
}
