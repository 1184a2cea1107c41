// The rows the generator yields: plain data shaped like the API's tables (snake_case columns map 1:1),
// so the API's db layer can write them in batches without knowing how they were made.
import type {
  CaseEventType,
  CaseFacts,
  CategoryCode,
  Channel,
  LeaderPost,
  LeaderRank,
  MatterType,
  TownshipKind,
  VisitKind,
} from '@lianxin/domain';

export interface TownshipRow {
  /** 12-digit statistical code, e.g. 640302100000. */
  code: string;
  name: string;
  kind: TownshipKind;
  sortOrder: number;
}

export interface VillageRow {
  /** 12-digit statistical code within its township. */
  code: string;
  name: string;
  townshipCode: string;
  population: number;
  /** True for villages the generator invented (not named in the article or public lists). */
  generated: boolean;
}

export interface CategoryRow {
  code: CategoryCode;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
}

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  /** Set for a township government acting as a responsible unit. */
  townshipCode: string | null;
}

export interface LeaderRow {
  id: number;
  /** Fictional name. */
  name: string;
  /** Full title as printed, e.g. 区委书记, 副区长, 马莲渠乡党委书记. */
  title: string;
  post: LeaderPost;
  rank: LeaderRank;
  unitId: number | null;
  townshipCode: string | null;
}

export interface PetitionerRow {
  id: number;
  name: string;
  /** 11-digit mainland mobile number. */
  phone: string;
  /** 18-digit resident ID number with a valid ISO 7064 MOD 11-2 check digit. */
  idNumber: string;
  villageCode: string;
}

/**
 * One case as the generator yields it: what registration fixes, and its facts — the domain fold
 * (`foldStep` of `@lianxin/domain`, CaseFacts) of its events — with the due dates the domain clock
 * computes from them.
 */
export interface CaseRow extends Omit<CaseFacts, 'reviewStage'> {
  id: number;
  /** LT-YYYY-NNNNNN, numbered per year of receipt. */
  code: string;
  title: string;
  summary: string;
  matterType: MatterType;
  categoryCode: CategoryCode;
  channel: Channel;
  villageCode: string;
  townshipCode: string;
  headcount: number;
  /** Statutory handling deadline of the first instance (domain `handlingDueAt`: 60 days + extension + hearing days). */
  dueAt: Date | null;
  /** The tighter clock a leadership deadline set (domain `leadershipDueAt`), null without one. */
  leadershipDueAt: Date | null;
  /** The one extension's end (= dueAt when extended). */
  extendedTo: Date | null;
  /** Number of events. */
  version: number;
}

export interface CasePetitionerRow {
  caseId: number;
  petitionerId: number;
  /** Representative of a collective petition (or the sole petitioner). */
  representative: boolean;
}

export interface CaseEventRow {
  id: number;
  caseId: number;
  type: CaseEventType;
  at: Date;
  /** Who recorded it (a user name or 'seed'). */
  actor: string;
  /** The leader who acted (visit, instruction, assignment, supervision), if any. */
  leaderId: number | null;
  visitKind: VisitKind | null;
  /** Unit involved (forwarded to, supervising …), if any. */
  unitId: number | null;
  /** Free-form details: reason, outcome, parties and decisions of a coordination meeting … */
  payload: Record<string, unknown> | null;
}

/** The reference data, small enough to hold in memory. */
export interface DistrictData {
  townships: TownshipRow[];
  villages: VillageRow[];
  categories: CategoryRow[];
  units: UnitRow[];
  leaders: LeaderRow[];
}

/** One generated case with everything that belongs to it; cases come in order of receipt. */
export interface CaseBundle {
  case: CaseRow;
  petitioners: PetitionerRow[];
  links: CasePetitionerRow[];
  events: CaseEventRow[];
}
