// Time and peak memory of reading crafted XLSX "bombs" for import (issue 11, finding 4: a 1.9 MB upload
// holding 32 MB of sheet XML): small uploads whose sheet XML inflates to ≈32 MB, in two shapes — the
// template's row with a 1,000-character summary, and rows of 33 short numeric cells (the costliest per
// byte for exceljs). Each read runs in a child process of its own, so its peak RSS
// (process.resourceUsage().maxRSS, the kernel's VmHWM) is its own. Needs `pnpm --filter @lianxin/api build`.
//   node bench/xlsx-bomb.mjs [sheet-MB]      (default 32)
// SHEET_IO_MODULE=<path of a built sheet-io.js> measures another build (e.g. the commit before the fix).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

const sheetMb = Number(process.argv[2] ?? 32);

function templateRow() {
  const [headers, row] = fs
    .readFileSync(new URL('../templates/case-import-template.csv', import.meta.url), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  row[2] = '村民反映情况'.repeat(170).slice(0, 1000);
  return { headers, row };
}

/** Rows of `row` (XML of about `bytesPerRow` each) until the sheet XML reaches `mb`. */
async function writeBomb(file, mb, headers, row, bytesPerRow) {
  const out = new PassThrough();
  const chunks = [];
  out.on('data', (c) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('信访案件');
  sheet.addRow(headers).commit();
  const rows = Math.ceil((mb * 1024 * 1024) / bytesPerRow);
  for (let i = 0; i < rows; i++) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  fs.writeFileSync(file, Buffer.concat(chunks));
  return rows;
}

if (process.argv[2] === '--child') {
  await import('reflect-metadata');
  const module = process.env.SHEET_IO_MODULE
    ? pathToFileURL(path.resolve(process.env.SHEET_IO_MODULE)).href
    : '../dist/modules/transfer/sheet-io.js';
  const { readSheet } = await import(module);
  const buffer = fs.readFileSync(process.argv[3]);
  const started = performance.now();
  let outcome;
  try {
    const sheet = await readSheet(buffer, 'xlsx');
    outcome = `read ${sheet.rows.length} rows`;
  } catch (error) {
    outcome = `refused (${error.limit ?? error.constructor.name}): ${error.message}`;
  }
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ outcome, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-bomb-'));
  const { headers, row } = templateRow();
  const shapes = [
    ['template rows, 1,000-character summaries', row, 3900],
    ['33 short numeric cells a row', row.map((_, i) => i), 1010],
  ];
  for (const [name, cells, bytesPerRow] of shapes) {
    const file = path.join(dir, 'bomb.xlsx');
    const rows = await writeBomb(file, sheetMb, headers, cells, bytesPerRow);
    console.log(`${name}: ${rows} rows, ${(fs.statSync(file).size / 1024 / 1024).toFixed(2)} MB upload`);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    process.stdout.write(child.stdout);
  }
  fs.rmSync(dir, { recursive: true });
}
