// One row of a case spreadsheet read into a SheetCase: every column parsed by the column template, then
// the checks that need the whole row (the village within its township, the petitioner lists in step).
import { COLLECTIVE_HEADCOUNT, MAX_REPRESENTATIVES } from '@lianxin/domain';
import { CASE_COLUMNS, HEADER_OF, type DraftCase } from './case-columns.js';
import { CellError } from './cell-formats.js';
import type { ReferenceNames, SheetCase } from './sheet-case.js';

/** A row that parsed: its number as the spreadsheet shows it, and what it says. */
export interface ValidRow {
  rowNumber: number;
  sheet: SheetCase;
}

export function parseRow(
  cells: string[],
  columnIndex: Map<string, number>,
  ref: ReferenceNames,
): { sheet: SheetCase | null; problems: { column: string; message: string }[] } {
  const draft: DraftCase = {};
  const problems: { column: string; message: string }[] = [];
  for (const column of CASE_COLUMNS) {
    const i = columnIndex.get(column.header);
    const text = (i === undefined ? '' : (cells[i] ?? '')).trim();
    if (text === '') {
      if (column.required) problems.push({ column: column.header, message: 'required, but empty' });
      continue;
    }
    try {
      column.parse(text, draft, ref);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ column: column.header, message: error.message });
    }
  }
  if (problems.length > 0) return { sheet: null, problems };

  // Whole-row checks: the village within its township, the petitioner lists in step.
  const villageCode = ref.villageByTownshipAndName.get(`${draft.townshipCode}|${draft.villageName}`);
  if (!villageCode) {
    const elsewhere = (ref.townshipsOfVillageName.get(draft.villageName!) ?? [])
      .map((t) => ref.townshipName.get(t))
      .join('、');
    problems.push({
      column: HEADER_OF.village,
      message: `village ${draft.villageName} is not in ${ref.townshipName.get(draft.townshipCode!)} (it is in ${elsewhere})`,
    });
  }
  const names = draft.petitionerNames ?? [];
  const phones = draft.petitionerPhones ?? [];
  const ids = draft.petitionerIds ?? [];
  if (phones.length !== names.length)
    problems.push({
      column: HEADER_OF.phones,
      message: `${phones.length} phone numbers for ${names.length} petitioners (list them in the same order)`,
    });
  if (ids.length !== names.length)
    problems.push({
      column: HEADER_OF.ids,
      message: `${ids.length} ID numbers for ${names.length} petitioners (list them in the same order)`,
    });
  if (new Set(ids).size !== ids.length)
    problems.push({ column: HEADER_OF.ids, message: 'the same ID number is listed twice' });
  const headcount = draft.headcount!;
  if (names.length > headcount)
    problems.push({
      column: HEADER_OF.headcount,
      message: `${headcount} people, but ${names.length} petitioners are listed`,
    });
  if (headcount >= COLLECTIVE_HEADCOUNT && names.length > MAX_REPRESENTATIVES)
    problems.push({
      column: HEADER_OF.petitioners,
      message: `a collective petition sends at most ${MAX_REPRESENTATIVES} representatives (Art. 18)`,
    });
  if (problems.length > 0) return { sheet: null, problems };

  const sheet: SheetCase = {
    code: draft.code ?? null,
    title: draft.title!,
    summary: draft.summary!,
    matterType: draft.matterType!,
    categoryCode: draft.categoryCode!,
    channel: draft.channel!,
    townshipCode: draft.townshipCode!,
    villageCode: villageCode!,
    headcount,
    petitioners: names.map((name, i) => ({ name, phone: phones[i]!, idNumber: ids[i]! })),
    receivedAt: draft.receivedAt!,
    forwardedAt: draft.forwardedAt ?? null,
    acceptedAt: draft.acceptedAt ?? null,
    declinedAt: draft.declinedAt ?? null,
    handlingDays: draft.handlingDays ?? null,
    pausedDays: draft.pausedDays ?? 0,
    extensionDays: draft.extensionDays ?? null,
    delayReason: draft.delayReason ?? null,
    repliedAt: draft.repliedAt ?? null,
    outcome: draft.outcome ?? null,
    closedAt: draft.closedAt ?? null,
    satisfaction: draft.satisfaction ?? null,
    ratedAt: draft.ratedAt ?? null,
    reviewRequestedAt: draft.reviewRequestedAt ?? null,
    reviewRepliedAt: draft.reviewRepliedAt ?? null,
    rereviewRequestedAt: draft.rereviewRequestedAt ?? null,
    rereviewRepliedAt: draft.rereviewRepliedAt ?? null,
    status: draft.status!,
    leaderId: draft.leaderId ?? null,
    unitId: draft.unitId ?? null,
    repeatOfCode: draft.repeatOfCode ?? null,
  };
  return { sheet, problems };
}
