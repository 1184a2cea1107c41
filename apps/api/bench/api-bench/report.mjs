// bench:api's report: the table it prints and the goals it judges.
import { ALL_MODES, CONNECTIONS, DURATION_S, GOALS } from './settings.mjs';

// ---------------------------------------------------------------- report

const cell = (x, unit = '') => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${x}${unit}`);
export const errorText = (errors) =>
  Object.keys(errors).length === 0
    ? '0'
    : Object.entries(errors)
        .map(([code, n]) => `${n} ${code}`)
        .join(', ');

export function printTable(report) {
  const header = [
    'operation',
    'mode',
    'req/s',
    'p50',
    'p99',
    'errors',
    'stmts p50/max',
    '÷ baseline',
    'loop max',
    'writes',
  ];
  const rows = [];
  for (const [op, r] of Object.entries(report.operations)) {
    for (const mode of ALL_MODES) {
      const m = r.modes[mode];
      if (!m) continue;
      rows.push([
        op,
        mode,
        cell(m.rps),
        cell(m.p50, ' ms'),
        cell(m.p99, ' ms'),
        errorText(m.errors),
        mode === 'baseline' ? '' : `${cell(r.statements.p50)}/${cell(r.statements.max)}`,
        mode === 'nocache' ? cell(r.ratioToBaseline) : '',
        cell(m.loop.maxBlockMs, ' ms'),
        String(m.writes),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    `\n${report.dialect} · ${report.cases.toLocaleString('en')} cases · ${CONNECTIONS} connections · ${DURATION_S} s windows · filters seed ${report.settings.seed}, pool ${report.settings.pool}`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log();
  for (const [op, r] of Object.entries(report.operations)) {
    console.log(
      `${op}: recorded ${r.recorded}/${r.requests} in ${r.seconds} s; statements per request p50 ${r.statements.p50}, max ${r.statements.max}, mean ${r.statements.mean}, plus ${r.statements.signIn} checking the token${r.withWrites ? `; ${r.withWrites} requests wrote (not replayed)` : ''}${Object.keys(r.failures).length ? `; failed: ${errorText(r.failures)}` : ''}; tables (statements) ${
        Object.entries(r.tables)
          .map(([t, n]) => `${t} ×${n}`)
          .join(', ') || '—'
      }`,
    );
  }
  console.log(
    `writes: ${report.writes.done} done (${report.writes.registered} registered, ${report.writes.accepted} accepted), ${report.writes.failed} failed${report.writes.failed ? ` ${JSON.stringify(report.writes.errors)}` : ''}`,
  );
  console.log(`answers: ${report.answers.summary}`);
  console.log('\ngoals:');
  for (const g of report.goals) console.log(`  ${g.met ? 'MET ' : 'MISS'}  ${g.goal}: ${g.actual}`);
}

export function goalsOf(dialect, operations) {
  const goals = [];
  const add = (goal, met, actual) => goals.push({ goal, met, actual });
  const ov = operations.overview;
  const list = operations.list;
  const errorFree = (m) => Object.keys(m.errors).length === 0;
  // Errors fail a latency goal too: a fast 503 is no answer.
  const p99Goal = (name, m, limit) =>
    add(
      `${name} p99 ≤ ${limit} ms (changing filters, writes running)`,
      m.p99 !== null && m.p99 <= limit && errorFree(m),
      `${m.p99 === null ? `no answer within ${DURATION_S} s` : `${m.p99} ms`}, errors ${errorText(m.errors)}`,
    );
  if (dialect === 'postgres') p99Goal('overview', ov.modes.changing, GOALS.overviewP99Ms);
  p99Goal('list', list.modes.changing, GOALS.listP99Ms);
  for (const [op, r] of Object.entries(operations)) {
    add(
      `${op} uncached ≥ ${GOALS.ratioToBaseline}× its replayed SQL's req/s`,
      r.ratioToBaseline !== null && r.ratioToBaseline >= GOALS.ratioToBaseline,
      `${cell(r.ratioToBaseline)}× (${r.modes.nocache.rps} vs ${r.modes.baseline.rps} req/s)`,
    );
  }
  add(
    `statements per overview ≤ ${GOALS.statementsPerOverview} whatever the filter`,
    ov.statements.max !== null && ov.statements.max <= GOALS.statementsPerOverview,
    `max ${ov.statements.max}, p50 ${ov.statements.p50} over ${ov.recorded} filters`,
  );
  // The API's own requests; the baseline's replay runs SQLite statements back to back, unpaced.
  const worstBlock = Math.max(
    ...Object.values(operations).flatMap((r) =>
      Object.entries(r.modes)
        .filter(([mode]) => mode !== 'baseline')
        .map(([, m]) => m.loop.maxBlockMs),
    ),
  );
  add(
    `no GraphQL request blocks the event loop > ${GOALS.loopBlockMs} ms`,
    worstBlock <= GOALS.loopBlockMs,
    `worst ${worstBlock} ms`,
  );
  return goals;
}
