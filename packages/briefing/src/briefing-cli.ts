// Renders a briefing from its numbers: `pnpm --filter @lianxin/briefing briefing --data month.json
// --format pdf,docx --out dir [--locale en]`. The JSON is a BriefingData (src/data.ts; asOf as an ISO
// time). The API will write it from its own answers (issue 17); until then this renders any such file.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BriefingLocale } from './analysis.js';
import { composeBriefing } from './compose.js';
import type { BriefingData } from './data.js';
import { briefingDocx } from './docx.js';
import { briefingPdf } from './pdf.js';

const FORMATS = ['pdf', 'docx'] as const;
type Format = (typeof FORMATS)[number];

function fail(message: string): never {
  process.stderr.write(`briefing: ${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    format: { type: 'string', default: 'pdf,docx' },
    out: { type: 'string', default: '.' },
    locale: { type: 'string', default: 'zh-CN' },
  },
});
if (!values.data) fail('--data <file.json> is required (a BriefingData, src/data.ts)');
const formats = values.format.split(',').map((f) => f.trim());
const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
if (unknown.length) fail(`unknown format ${unknown.join(', ')}: pdf, docx`);
if (values.locale !== 'zh-CN' && values.locale !== 'en') fail(`unknown locale ${values.locale}: zh-CN, en`);
const locale: BriefingLocale = values.locale;

let data: BriefingData;
try {
  const raw = JSON.parse(fs.readFileSync(values.data, 'utf8')) as BriefingData & { asOf: string };
  data = { ...raw, asOf: new Date(raw.asOf) };
} catch (error) {
  fail(`cannot read ${values.data}: ${(error as Error).message}`);
}
if (Number.isNaN(data.asOf.getTime())) fail('asOf is not a time (ISO 8601 expected)');

const doc = composeBriefing(data, locale);
fs.mkdirSync(values.out, { recursive: true });
const base = path.join(values.out, path.basename(values.data, '.json'));
for (const format of formats as Format[]) {
  const file = `${base}.${format}`;
  fs.writeFileSync(file, format === 'pdf' ? await briefingPdf(doc) : await briefingDocx(doc));
  process.stdout.write(`${file}\n`);
}
