// Streams the cases of a selection as CSV or XLSX: keyset batches by id, each written (and drained)
// before the next is read, so memory stays flat however many cases match.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { maskIdNumber, maskName, maskPhone } from '@lianxin/domain';
import type { DialectDataSource } from '../../db/data-source.js';
import type { DialectSpec } from '../../db/dialect.js';
import { CaseEntity } from '../case/case.entity.js';
import { applySelection, type CaseSelection } from '../case/case-query.js';
import type { AccessPolicy, CaseAccessFacts } from '../access/access-policy.js';
import type { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { CASE_COLUMNS, CASE_HEADERS, formatCase, type CaseColumn } from './case-columns.js';
import type { SheetCase, SheetPetitioner } from './sheet-case.js';
import { loadReferenceNames } from './reference.js';
import { escapeRow, type SheetFormat } from './sheet-io.js';

const EXPORT_BATCH = 2_000;

export const CONTENT_TYPES: Record<SheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Resolves when `stream` can take more, rejects when it was closed or failed meanwhile. */
async function drained(stream: Writable): Promise<void> {
  if (!stream.writableNeedDrain) return;
  const abort = new AbortController();
  try {
    await Promise.race([
      once(stream, 'drain', { signal: abort.signal }),
      once(stream, 'close', { signal: abort.signal }),
    ]);
  } finally {
    abort.abort();
  }
  if (stream.destroyed) throw new Error('export stream closed before the end');
}

interface RowSink {
  write(cells: string[]): Promise<void>;
  end(): Promise<void>;
}

function csvSink(out: Writable): RowSink {
  // BOM: Excel opens a BOM-less UTF-8 CSV as the system code page and garbles the Chinese.
  const stringifier = stringify({ bom: true, record_delimiter: 'windows' });
  const done = pipeline(stringifier, out);
  // Surface a failure of the pipeline at the next write instead of as an unhandled rejection.
  let failure: unknown = null;
  done.catch((error: unknown) => (failure = error));
  return {
    async write(cells) {
      if (failure) throw failure;
      if (!stringifier.write(cells)) await drained(stringifier);
    },
    async end() {
      stringifier.end();
      await done;
    },
  };
}

/** A stream inside exceljs: readable-stream 2 (archiver's PassThrough), no writableNeedDrain, only its _writableState. */
export type ZipStream = Writable & { _writableState?: { needDrain?: boolean } };

/**
 * The zip streams exceljs writes a sheet into, reached through its private `_stream.pipes` (exceljs is
 * pinned exactly; case-export.test.ts fails if an upgrade moves them, before the export loses its
 * backpressure without a word).
 */
export function zipStreamsOf(
  sheet: ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>,
): ZipStream[] {
  return (sheet as unknown as { _stream?: { pipes?: ZipStream[] } })._stream?.pipes ?? [];
}

/**
 * An exported cell as Excel should hold it: a local time (formatLocalTime's text) as a date whose wall
 * time is the text's — Excel has no time zone, and the import reads a date cell back the same way — a
 * number as a number, the rest as text.
 */
function typedCell(column: CaseColumn, text: string): string | number | Date {
  if (text === '') return text;
  if (column.numeric) return Number(text);
  if (column.time) {
    const [day, time = '00:00'] = text.split(' ');
    return new Date(`${day}T${time.length === 5 ? `${time}:00` : time}.000Z`);
  }
  return text;
}

function xlsxSink(out: Writable): RowSink {
  // No shared strings: they are held in memory until the end of the workbook. Styles are: but only the
  // few distinct ones (a date format, a number format), which is what makes a date a date in Excel.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  // Frozen header row and an autofilter over it: the sheet opens ready to sort and filter.
  const sheet = workbook.addWorksheet('信访案件', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CASE_COLUMNS.map((c) => ({
    header: c.header,
    width: c.time ? 17 : c.header.length * 3 + 6,
    ...(c.time ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : c.numeric ? { style: { numFmt: '0' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CASE_COLUMNS.length } };
  // exceljs writes the sheet's XML into the zip's deflate stream without waiting for it, so a fast
  // producer piles megabytes per second up in front of zlib (1.4 GB at a million rows). Wait for that
  // inner stream to drain as well as for `out`: exceljs exposes no API for it.
  const inner = () => zipStreamsOf(sheet);
  let rows = 0;
  return {
    async write(cells) {
      sheet.addRow(cells.map((text, i) => typedCell(CASE_COLUMNS[i]!, text))).commit();
      if (++rows % 500 !== 0) return;
      for (const pipe of inner()) {
        if (pipe._writableState?.needDrain) await once(pipe, 'drain');
      }
      await drained(out);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

/** The personal data a spreadsheet carries (in full where the exporting user handles the case). */
export const EXPORTED_PERSONAL_FIELDS = 'name,phone,idNumber';

function maskPetitioner(p: SheetPetitioner): SheetPetitioner {
  return { name: maskName(p.name), phone: maskPhone(p.phone), idNumber: maskIdNumber(p.idNumber) };
}

/**
 * Writes every case of the selection that its user may read to `out` and ends it, personal data
 * masked where they may not see it in full; returns the number of cases.
 */
export async function exportCases(
  dataSource: DialectDataSource,
  idNumbers: IdNumberCipher,
  selection: CaseSelection,
  format: SheetFormat,
  out: Writable,
  batchSize = EXPORT_BATCH,
): Promise<number> {
  const { dialect } = dataSource;
  const ref = await loadReferenceNames(dataSource);
  const sink = format === 'csv' ? csvSink(out) : xlsxSink(out);
  if (format === 'csv') await sink.write([...CASE_HEADERS]);
  const repository = dataSource.getRepository(CaseEntity);
  let afterId = 0;
  let total = 0;
  for (;;) {
    const qb = repository.createQueryBuilder('c');
    applySelection(qb, selection, dialect);
    selection.access.applyDetail(qb);
    const batch = await qb
      .andWhere('c.id > :afterId', { afterId })
      .orderBy('c.id', 'ASC')
      .limit(batchSize)
      .getMany();
    if (batch.length === 0) break;
    const ids = batch.map((c) => c.id);
    const [petitioners, repeatCodes] = await Promise.all([
      petitionersOf(dataSource, idNumbers, dialect, ids),
      readableCodesOf(
        dataSource,
        dialect,
        batch.flatMap((c) => (c.repeatOfId == null ? [] : [c.repeatOfId])),
        selection.access,
      ),
    ]);
    for (const c of batch) {
      const full = selection.access.seesPersonalData(c);
      const sheet: SheetCase = {
        ...c,
        petitioners: (petitioners.get(c.id) ?? []).map((p) => (full ? p : maskPetitioner(p))),
        repeatOfCode: c.repeatOfId == null ? null : (repeatCodes.get(c.repeatOfId) ?? null),
      };
      // Text cells escaped against formula injection (cell-escape.ts); the import undoes it.
      await sink.write(escapeRow(CASE_HEADERS, formatCase(sheet, ref)));
    }
    total += batch.length;
    afterId = ids[ids.length - 1]!;
    if (batch.length < batchSize) break;
  }
  await sink.end();
  return total;
}

/** Petitioners of the cases, representatives first, in the order they were recorded. */
async function petitionersOf(
  dataSource: DataSource,
  idNumbers: IdNumberCipher,
  dialect: DialectSpec,
  caseIds: number[],
): Promise<Map<number, SheetPetitioner[]>> {
  const ofCases = dialect.inList('cp.case_id', caseIds);
  const rows: { case_id: number | string; name: string; phone: string; id_number: string }[] =
    await dataSource.query(
      `SELECT cp.case_id, p.name, p.phone, p.id_number
         FROM case_petitioner cp JOIN petitioner p ON p.id = cp.petitioner_id
        WHERE ${ofCases.sql}
        ORDER BY cp.case_id, cp.representative DESC, p.id`,
      ofCases.parameters,
    );
  const byCase = new Map<number, SheetPetitioner[]>();
  for (const r of rows) {
    const id = Number(r.case_id);
    let list = byCase.get(id);
    if (!list) byCase.set(id, (list = []));
    list.push({ name: r.name, phone: r.phone, idNumber: idNumbers.decrypt(r.id_number) });
  }
  return byCase;
}

/**
 * Codes of the referenced cases (a repeat's original) that the exporting user may read, by id: the
 * same rule as GraphQL's `Case.repeatOf` (AccessPolicy.caseVisible), so a 马莲渠乡 clerk's file never
 * names the 扁担沟镇 accusation their petitioner also filed (issue 11, finding 9). Other ids are left
 * out, and their cell stays empty.
 */
async function readableCodesOf(
  dataSource: DataSource,
  dialect: DialectSpec,
  ids: number[],
  access: AccessPolicy,
): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const ofIds = dialect.inList('id', ids);
  const rows: {
    id: number | string;
    code: string;
    township_code: string;
    village_code: string;
    matter_type: string;
    leader_id: number | string | null;
    unit_id: number | string | null;
  }[] = await dataSource.query(
    `SELECT id, code, township_code, village_code, matter_type, leader_id, unit_id
       FROM petition_case WHERE ${ofIds.sql}`,
    ofIds.parameters,
  );
  const readable = new Map<number, string>();
  for (const r of rows) {
    const facts: CaseAccessFacts = {
      id: Number(r.id),
      townshipCode: r.township_code,
      villageCode: r.village_code,
      matterType: r.matter_type,
      leaderId: r.leader_id == null ? null : Number(r.leader_id),
      unitId: r.unit_id == null ? null : Number(r.unit_id),
    };
    if (access.caseVisible(facts)) readable.set(facts.id, r.code);
  }
  return readable;
}

/** 信访案件-2026-11-27.csv, as RFC 6266/5987 Content-Disposition (with an ASCII fallback). */
export function contentDisposition(day: string, format: SheetFormat): string {
  const name = `信访案件-${day}.${format}`;
  return `attachment; filename="lianxin-cases-${day}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
