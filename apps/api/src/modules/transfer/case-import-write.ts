// Writes the checked cases of an import (case-import.ts) in one transaction: codes for rows without
// one, their petitioners, links and timelines in bulk, and the rollup refreshed in that same transaction.
import path from 'node:path';
import { caseCode, COLLECTIVE_HEADCOUNT, localDate } from '@lianxin/domain';
import type { CaseEventRow, CasePetitionerRow, CaseRow, PetitionerRow } from '@lianxin/seed';
import {
  CASE_PETITIONERS,
  CASES,
  EVENTS,
  FACT_VERSIONS,
  foldCase,
  petitionersTable,
  tableOf,
  type CaseRegistration,
  type FoldedCase,
} from '../../db/bulk-tables.js';
import { withBulkWriter } from '../../db/bulk-writer.js';
import { lastCaseNumber } from '../case/case-code.js';
import type { DialectDataSource } from '../../db/data-source.js';
import type { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { recordRevisions, type RevisionInput } from '../periods/period-revisions.js';
import { rebuildAllRollups, refreshRollups, type RollupPair } from '../stats/rollup.js';
import { computeSignals } from '../warning/warning-compute.js';
import type { ImportOptions } from './case-import.js';
import type { ValidRow } from './case-import-rows.js';
import type { DerivedEvent } from './case-timeline.js';

const WRITE_BATCH = 5_000;
/** Above this many touched (village, category) pairs one full rebuild beats pair-by-pair refreshes. */
const ROLLUP_REBUILD_PAIRS = 500;

export async function writeCases(
  dataSource: DialectDataSource,
  idNumbers: IdNumberCipher,
  valid: { row: ValidRow; events: DerivedEvent[] }[],
  existing: Map<string, number>,
  options: ImportOptions,
  revisions: readonly RevisionInput[],
): Promise<void> {
  const actor = options.actor ?? 'import';
  const source = path.basename(options.fileName);
  await withBulkWriter(dataSource, async (w) => {
    // In the same transaction as the cases: the revision lands exactly when the change does.
    await recordRevisions(w.manager, w.dialect, revisions);
    // Codes for rows without one: the next free number of the year of receipt, read inside the
    // transaction (the unique index refuses a concurrent import that picked the same one).
    const nextNumber = new Map<string, number>();
    const usedInFile = new Set(valid.flatMap((v) => (v.row.sheet.code ? [v.row.sheet.code] : [])));
    for (const { row } of valid) {
      if (row.sheet.code) continue;
      const year = localDate(row.sheet.receivedAt).slice(0, 4);
      let n = nextNumber.get(year);
      if (n === undefined) n = (await lastCaseNumber(w.manager, w.dialect, year)) + 1;
      while (usedInFile.has(caseCode(year, n))) n++;
      row.sheet.code = caseCode(year, n);
      usedInFile.add(row.sheet.code);
      nextNumber.set(year, n + 1);
    }

    const caseIds = await w.reserveIds('petition_case', valid.length);
    const idOfCode = new Map(existing);
    valid.forEach((v, i) => idOfCode.set(v.row.sheet.code!, caseIds[i]!));
    // Petitioners: one row per person of the file (the same ID number listed on several cases is one
    // petitioner, as with repeat petitions).
    const petitionerOfId = new Map<string, number>();
    const newPetitioners: { idNumber: string; name: string; phone: string; villageCode: string }[] = [];
    for (const { row } of valid) {
      for (const p of row.sheet.petitioners) {
        if (petitionerOfId.has(p.idNumber)) continue;
        petitionerOfId.set(p.idNumber, -1);
        newPetitioners.push({ ...p, villageCode: row.sheet.villageCode });
      }
    }
    const petitionerIds = await w.reserveIds('petitioner', newPetitioners.length);
    newPetitioners.forEach((p, i) => petitionerOfId.set(p.idNumber, petitionerIds[i]!));
    const eventIds = await w.reserveIds(
      'case_event',
      valid.reduce((n, v) => n + v.events.length, 0),
    );

    let eventCursor = 0;
    let petitionerCursor = 0;
    for (let start = 0; start < valid.length; start += WRITE_BATCH) {
      const batch = valid.slice(start, start + WRITE_BATCH);
      const petitioners: PetitionerRow[] = [];
      const cases: FoldedCase[] = [];
      const links: CasePetitionerRow[] = [];
      const events: CaseEventRow[] = [];
      batch.forEach(({ row, events: timeline }, k) => {
        const c = row.sheet;
        const caseId = caseIds[start + k]!;
        for (const p of c.petitioners) {
          const id = petitionerOfId.get(p.idNumber)!;
          if (id === petitionerIds[petitionerCursor]) {
            const np = newPetitioners[petitionerCursor]!;
            petitioners.push({ id, ...np });
            petitionerCursor++;
          }
        }
        const caseRow: CaseRegistration = {
          id: caseId,
          code: c.code!,
          title: c.title,
          summary: c.summary,
          matterType: c.matterType,
          // The category table is extensible; the seed's row type names only the built-in codes.
          categoryCode: c.categoryCode as CaseRow['categoryCode'],
          channel: c.channel,
          villageCode: c.villageCode,
          townshipCode: c.townshipCode,
          headcount: c.headcount,
          receivedAt: c.receivedAt,
          version: timeline.length,
        };
        const caseEvents: CaseEventRow[] = [];
        // Representatives: everyone listed for a collective petition (≥ 5 people), else the first.
        c.petitioners.forEach((p, i) =>
          links.push({
            caseId,
            petitionerId: petitionerOfId.get(p.idNumber)!,
            representative: c.headcount >= COLLECTIVE_HEADCOUNT || i === 0,
          }),
        );
        for (const e of timeline) {
          const payload =
            e.type === 'REGISTERED'
              ? { source, row: row.rowNumber }
              : e.type === 'MARKED_REPEAT'
                ? { ...e.payload, repeatOfId: idOfCode.get(c.repeatOfCode!) ?? null }
                : e.payload;
          caseEvents.push({
            id: eventIds[eventCursor++]!,
            caseId,
            type: e.type,
            at: e.at,
            actor,
            leaderId: e.leaderId,
            visitKind: null,
            unitId: e.unitId,
            payload,
          });
        }
        // The case's facts are the fold of the timeline its dates imply, as for every other case.
        cases.push(foldCase(caseRow, caseEvents));
        events.push(...caseEvents);
      });
      // Foreign-key order: petitioners and cases before the links and events that point at them.
      await w.write(tableOf(petitionersTable(idNumbers), petitioners));
      await w.write(tableOf(CASES, cases));
      await w.write(
        tableOf(
          FACT_VERSIONS,
          cases.flatMap((f) => f.versions.map((version) => ({ caseId: f.row.id, version }))),
        ),
      );
      await w.write(tableOf(CASE_PETITIONERS, links));
      await w.write(tableOf(EVENTS, events));
      options.onProgress?.({ phase: 'write', done: start + batch.length, total: valid.length });
    }

    const touched = [
      ...new Map(
        valid.map(({ row }) => [
          `${row.sheet.villageCode}|${row.sheet.categoryCode}`,
          {
            villageCode: row.sheet.villageCode,
            townshipCode: row.sheet.townshipCode,
            categoryCode: row.sheet.categoryCode,
          },
        ]),
      ).values(),
    ];
    const pairs: RollupPair[] = touched.map(({ villageCode, categoryCode }) => ({
      villageCode,
      categoryCode,
    }));
    // The early-warning signals of the cells the import wrote into, over every month: an import may
    // fill months whose signals were final (apps/api README, "Early warnings").
    if (pairs.length > ROLLUP_REBUILD_PAIRS) {
      await rebuildAllRollups(w.manager, w.dialect);
      await computeSignals(w.manager, w.dialect, { now: new Date(), full: true });
    } else {
      await refreshRollups(w.manager, w.dialect, pairs);
      await computeSignals(w.manager, w.dialect, { now: new Date(), touched, wholeHistory: true });
    }
  });
}
