// Hostile and ordinary import files for the tests of the transfer module (and bench/): zips built byte by
// byte, so a test can make the central directory lie, and XLSX workbooks made from the import template.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { addLocalDays, localDate } from '@lianxin/domain';

export interface FixtureEntry {
  name: string;
  data: Buffer;
  /** The uncompressed size the zip claims (default: the real one). */
  declaredSize?: number;
}

const templateDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates');

/** The committed import template (two example rows) as XLSX bytes. */
export function templateXlsx(): Buffer {
  return fs.readFileSync(path.join(templateDir, 'case-import-template.xlsx'));
}

/** The committed CSV template: its header and its two example rows (2023), cell for cell. */
export function templateCsvRows(): { headers: string[]; rows: string[][] } {
  const lines = fs
    .readFileSync(path.join(templateDir, 'case-import-template.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    // The template quotes nothing: its texts hold only full-width commas.
    .map((line) => line.split(','));
  return { headers: lines[0]!, rows: lines.slice(1) };
}

/** Day of each date column of a recent row, counted from its receipt (times of day stay the template's). */
const RECENT_DAY_OFFSETS: Readonly<Record<string, number>> = {
  登记时间: 0,
  转送交办时间: 0,
  受理时间: 1,
  答复时间: 2,
  办结时间: 2,
  评价时间: 3,
};

/**
 * The template's two rows received four days before `now` and rated yesterday: months that have not
 * closed, so a clerk may import them (the template's own 2023 dates lie in closed months, which only an
 * administrator may revise).
 */
export function recentTemplateRows(now = new Date()): { headers: string[]; rows: string[][] } {
  const { headers, rows } = templateCsvRows();
  const received = addLocalDays(localDate(now), -4);
  return {
    headers,
    rows: rows.map((row) =>
      row.map((cell, i) => {
        const header = headers[i]!;
        if (!/^\d{4}-\d{2}-\d{2} /.test(cell)) return cell;
        const offset = RECENT_DAY_OFFSETS[header];
        if (offset === undefined) throw new Error(`no recent day for the template's column ${header}`);
        return `${addLocalDays(received, offset)}${cell.slice(10)}`;
      }),
    ),
  };
}

/** The files of a zip (directories left out). */
export async function unzipEntries(zip: Buffer): Promise<FixtureEntry[]> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true, autoClose: false });
  const entries: FixtureEntry[] = [];
  for await (const entry of file.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of (await file.openReadStreamPromise(entry)) as AsyncIterable<Buffer>)
      chunks.push(chunk);
    entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  file.close();
  return entries;
}

/**
 * A deflated zip of the entries. `recordsDeclared` overrides the entry count of the end record (a
 * directory with more records than it declares: readers disagree on whether the extra ones exist).
 */
export function deflatedZip(entries: FixtureEntry[], recordsDeclared = entries.length): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declaredSize } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const packed = zlib.deflateRawSync(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0x00210000, 10);
    local.writeUInt32LE(zlib.crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declaredSize ?? data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    local.copy(central, 6, 4, 30);
    central.writeUInt32LE(offset, 42);
    parts.push(local, fileName, packed);
    directory.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(recordsDeclared, 8);
  end.writeUInt16LE(recordsDeclared, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directoryBytes, end]);
}

export const SHEET_PART = 'xl/worksheets/sheet1.xml';

/** The template workbook with its first worksheet's <sheetData> content replaced (or extra parts). */
export async function templateWith(
  sheetData: (original: string) => string,
  extra: FixtureEntry[] = [],
): Promise<FixtureEntry[]> {
  const entries = await unzipEntries(templateXlsx());
  return [
    ...entries.map((e) => {
      if (e.name !== SHEET_PART) return e;
      const xml = e.data.toString('utf8');
      const open = xml.indexOf('<sheetData>') + '<sheetData>'.length;
      const close = xml.indexOf('</sheetData>');
      return {
        ...e,
        data: Buffer.from(xml.slice(0, open) + sheetData(xml.slice(open, close)) + xml.slice(close)),
      };
    }),
    ...extra,
  ];
}

/**
 * `n` rows of `columns` inline-string cells of `text`, without row and cell references (a reader numbers
 * them in order): one row's XML repeated, which builds 60 MB in milliseconds.
 */
export function inlineRows(n: number, text: string, columns = 33): string {
  const row = `<row>${`<c t="inlineStr"><is><t>${text}</t></is></c>`.repeat(columns)}</row>`;
  return row.repeat(n);
}
