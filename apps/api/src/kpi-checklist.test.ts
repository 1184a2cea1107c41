// The places of the "Add a KPI" checklist (packages/domain/README.md) that no type ties to KpiCode,
// checked against the domain's list of KPIs: a KPI missing from one of them fails here, naming the file.
// The typed places (KPI_DEFINITIONS, KPI_SQL, KPI_FROM_ROLLUP, KPI_FIELDS, KpiSet …) fail the compiler.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, visit } from 'graphql';
import { computeKpis, KpiCode, type KpiCaseFacts } from '@lianxin/domain';
import { KPIS_2023 } from '@lianxin/operations/graphiql-examples';
import { generateCases, generateDistrict } from '@lianxin/seed';
import { describe, expect, it } from 'vitest';
import { KPI_FIELDS } from './modules/stats/stats.service.js';
import { KPI_FIELDS as REFERENCE_FIELDS } from './test/reference-kpis.js';

const CODES = Object.values(KpiCode);
const read = (relative: string): string =>
  fs.readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');
/** The KPIs for which `ok` fails, as "FILE: CODE (field) …" lines. */
const missing = (file: string, ok: (code: KpiCode, field: string) => boolean): string[] =>
  CODES.filter((code) => !ok(code, KPI_FIELDS[code])).map((code) => `${file}: ${code} (${KPI_FIELDS[code]})`);

describe('the KPI checklist: every KPI of the domain', () => {
  it('has its row and its section in the KPI dictionary for people (docs/kpis.md)', () => {
    const doc = read('../../../docs/kpis.md');
    expect(missing('docs/kpis.md summary row', (code) => doc.includes(`\n| \`${code}\` |`))).toEqual([]);
    expect(
      missing('docs/kpis.md section', (code) => new RegExp(`\\n## .+ \\(\`${code}\`\\)\\n`).test(doc)),
    ).toEqual([]);
  });

  it('is listed and counted by the tests’ reference computation (src/test/reference-kpis.ts)', () => {
    const source = read('./test/reference-kpis.ts');
    expect(
      missing('src/test/reference-kpis.ts KPI_FIELDS', (_code, field) =>
        (REFERENCE_FIELDS as readonly string[]).includes(field),
      ),
    ).toEqual([]);
    expect(
      missing('src/test/reference-kpis.ts count(…)', (_code, field) =>
        new RegExp(`count\\([^;]*'${field}'`).test(source),
      ),
    ).toEqual([]);
  });

  it('has its hand-written SQL in the benchmark’s reference (src/bench/baseline.ts)', () => {
    const source = read('./bench/baseline.ts');
    expect(
      missing(
        'src/bench/baseline.ts',
        (_code, field) => source.includes(`"${field}_n"`) && source.includes(`"${field}_d"`),
      ),
    ).toEqual([]);
  });

  it('is asked by the GraphiQL tab of the year’s KPIs (packages/operations/src/graphiql-examples.ts)', () => {
    const asked = new Set<string>();
    visit(parse(KPIS_2023), {
      Field(node) {
        if (node.name.value !== 'kpis') return;
        for (const s of node.selectionSet?.selections ?? [])
          if (s.kind === Kind.FIELD) asked.add(s.name.value);
      },
    });
    expect(
      missing('packages/operations/src/graphiql-examples.ts KPIS_2023', (_code, field) => asked.has(field)),
    ).toEqual([]);
  });

  it('has cases in both parts in the seeded district (packages/seed), so every number can be tried', () => {
    const district = generateDistrict();
    const facts: KpiCaseFacts[] = [];
    for (const bundle of generateCases({ until: '2024-06-30', cases: 6000 }, district)) {
      facts.push({
        ...bundle.case,
        leaderId: bundle.case.leaderId?.toString() ?? null,
        repeatOfId: bundle.case.repeatOfId?.toString() ?? null,
      });
    }
    const kpis = computeKpis(
      facts,
      { from: '2021-01-01', to: '2023-12-31' },
      new Date('2024-06-30T16:00:00Z'),
    );
    const empty = CODES.filter((code) => kpis[code].numerator === 0 || kpis[code].denominator === 0);
    expect(empty.map((code) => `packages/seed: ${code} ${JSON.stringify(kpis[code])}`)).toEqual([]);
  });
});
