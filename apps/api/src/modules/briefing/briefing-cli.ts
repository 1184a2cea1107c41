// `pnpm briefing --period 2023-11 [--format docx,pdf] [--township CODE] [--locale en] [--as-of ISO]
// [--user NAME] [--out DIR] [--database URL]`: writes a briefing as a user of the database would get it
// from GET /briefing (same operations, same role and area rules, same access-log entry).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { loadConfig, parseDatabaseUrl } from '../../config.js';
import { openDatabase } from '../../db/data-source.js';
import { REQUEST_BUDGET } from '../../request-budget.js';
import { createApp } from '../../server.js';
import { IdNumberCipher, loadOrCreateIdNumberKey } from '../petitioner/id-number-cipher.js';
import { BRIEFING_FORMATS, briefingRequest, type BriefingFormat } from './briefing.js';

const usage = `Usage: pnpm briefing --period <period> [--format docx,pdf] [--township CODE] [--locale zh-CN|en]
                      [--as-of ISO] [--user NAME] [--out DIR] [--database URL]
  --period    2023-11 (month), 2023-Q4 (quarter), 2023 (year) or 2023-11-01..2023-11-15
  --format    pdf, docx or both (default docx,pdf)
  --township  a township's briefing (its code, e.g. 640302100); default: the whole district
  --locale    zh-CN (default) or en
  --as-of     the instant the numbers are read at (default: now, to the minute); the briefing prints
              it, and the same --as-of gives the same numbers again
  --user      whose role and area the briefing follows, logged as theirs (default: admin)
  --out       folder for the files (default: the current one)
  --database  postgres://… or an SQLite file (default: DATABASE_URL, else data/lianxin.sqlite)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      period: { type: 'string' },
      format: { type: 'string', default: 'docx,pdf' },
      township: { type: 'string' },
      locale: { type: 'string' },
      'as-of': { type: 'string' },
      user: { type: 'string', default: 'admin' },
      out: { type: 'string', default: '.' },
      database: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.period) {
    console.log(usage);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const formats = values.format.split(',').map((f) => f.trim()) as BriefingFormat[];
  const unknown = formats.filter((f) => !BRIEFING_FORMATS.includes(f));
  if (unknown.length || !formats.length) throw new Error(`unknown format ${unknown.join(', ')}: pdf, docx`);
  const started = performance.now();
  const env = loadConfig();
  // No background recompute of early warnings and no cache: one generation, then exit. At the console
  // no statement timeout and no SQL-time budget either (like the seed and the import): a past --as-of
  // reads the cases as known then: at 1M cases on PostgreSQL 3–4 minutes, for a month or a year alike.
  const config = { ...env, earlyWarningDebounceMs: 0, responseCacheEntries: 0, statementTimeoutMs: 0 };
  const database = values.database ? parseDatabaseUrl(values.database, config.dataDir) : config.database;
  const idNumbers = new IdNumberCipher(loadOrCreateIdNumberKey(config.idNumberKey, config.dataDir));
  const dataSource = await openDatabase({ database, idNumbers });
  const app = await createApp(config, dataSource, idNumbers);
  try {
    const issued = await app.auth.tokenFor(values.user, 60);
    const session = await app.auth.authenticate(issued.token);
    if (!session) throw new Error(`the user ${values.user} cannot sign in`);
    const request = briefingRequest(
      { period: values.period, township: values.township, locale: values.locale, asOf: values['as-of'] },
      session.user,
    );
    const generating = performance.now();
    const { files } = await app.briefings.generate(session.user, request, formats, {
      ...REQUEST_BUDGET,
      maxSqlMs: Number.POSITIVE_INFINITY,
    });
    const generated = Math.round(performance.now() - generating);
    // `pnpm briefing` runs in apps/api; pnpm passes the directory it was called from as INIT_CWD.
    const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
    fs.mkdirSync(out, { recursive: true });
    for (const file of files) {
      const target = path.join(out, file.fileName);
      fs.writeFileSync(target, file.content);
      console.log(target);
    }
    console.error(
      `briefing ${values.period} as ${values.user}, as of ${request.asOf.toISOString()}: generated in ${generated} ms (${Math.round(performance.now() - started)} ms with start-up)`,
    );
  } finally {
    await app.stop();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  const code = error instanceof GraphQLError ? ` (${String(error.extensions.code)})` : '';
  console.error(`briefing failed: ${error instanceof Error ? error.message : String(error)}${code}`);
  process.exitCode = 1;
});
