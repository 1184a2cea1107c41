// What a spreadsheet row says about a case, in stored form (SheetCase), and the names of the reference
// data it is written and read with (ReferenceNames): the data the column template (case-columns.ts) maps.
import type { CaseStatus, Channel, MatterType, Outcome, Satisfaction } from '@lianxin/domain';

/** A petitioner as the spreadsheet lists them (full personal data). */
export interface SheetPetitioner {
  name: string;
  phone: string;
  idNumber: string;
}

/** Everything a spreadsheet row says about a case, in stored form (codes, ids, instants). */
export interface SheetCase {
  code: string | null;
  title: string;
  summary: string;
  matterType: MatterType;
  /** A code of the extensible `category` table. */
  categoryCode: string;
  channel: Channel;
  townshipCode: string;
  villageCode: string;
  headcount: number;
  petitioners: SheetPetitioner[];
  receivedAt: Date;
  forwardedAt: Date | null;
  acceptedAt: Date | null;
  declinedAt: Date | null;
  handlingDays: number | null;
  pausedDays: number;
  extensionDays: number | null;
  delayReason: string | null;
  repliedAt: Date | null;
  outcome: Outcome | null;
  closedAt: Date | null;
  satisfaction: Satisfaction | null;
  ratedAt: Date | null;
  reviewRequestedAt: Date | null;
  reviewRepliedAt: Date | null;
  rereviewRequestedAt: Date | null;
  rereviewRepliedAt: Date | null;
  status: CaseStatus;
  leaderId: number | null;
  unitId: number | null;
  repeatOfCode: string | null;
}

/** Names of the reference data, both ways: stored key -> name (export), name -> key (import). */
export interface ReferenceNames {
  townshipName: Map<string, string>;
  townshipByName: Map<string, string>;
  villageName: Map<string, string>;
  /** `${townshipCode}|${villageName}` -> village code */
  villageByTownshipAndName: Map<string, string>;
  /** village name -> the township codes that have a village of that name */
  townshipsOfVillageName: Map<string, string[]>;
  categoryName: Map<string, string>;
  /** Chinese name or code -> code */
  categoryByKey: Map<string, string>;
  leaderName: Map<number, string>;
  leaderByName: Map<string, number>;
  unitName: Map<number, string>;
  unitByName: Map<string, number>;
}
