// bench:pages's report: the table it prints, and the report as written (each slow statement's SQL once).
import { GOAL_MS, RUNS, WARMUP } from './settings.mjs';

// ---------------------------------------------------------------- report

export const label = (row) =>
  `${row.page} ${row.operation}${row.variant && row.variant !== 'as opened' && row.variant !== 'as shown' ? ` (${row.variant})` : ''}`;

export function printTable(report) {
  const header = [
    'page / operation',
    'role',
    'median',
    'p95',
    'max',
    'API CPU',
    'wait',
    'bytes',
    'stmts',
    'sql ms',
    `≤ ${GOAL_MS} ms`,
  ];
  const rows = report.rows.map((r) => [
    label(r),
    r.role,
    r.medianMs === null ? '—' : r.medianMs.toFixed(1),
    r.p95Ms === null ? '—' : r.p95Ms.toFixed(1),
    r.maxMs === null ? '—' : r.maxMs.toFixed(1),
    r.apiCpuMs === null ? '—' : r.apiCpuMs.toFixed(1),
    r.apiWaitMs === null ? '—' : r.apiWaitMs.toFixed(1),
    r.bytes === null ? '—' : `${r.bytes}${r.gzipBytes ? ` (${r.gzipBytes} gz)` : ''}`,
    r.sql ? `${r.sql.statements}+${r.sql.signInStatements}` : '—',
    r.sql ? r.sql.sqlMs.toFixed(1) : '—',
    r.failure ? 'FAIL' : r.met ? 'MET' : 'MISS',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    `\n${report.dialect === 'postgres' ? `PostgreSQL ${report.postgres}` : `SQLite ${report.sqlite}`} · ` +
      `${report.cases.toLocaleString('en')} cases · today ${report.today}, ` +
      `default period ${report.period.from}..${report.period.to} · response cache off · ${WARMUP} warm-up + ${RUNS} runs each, sequential` +
      ` · CPUs ${Math.round(report.machine.cpuBusyDuring * 100)} % busy while measuring (this bench included)`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(
    `\nms measured by the client (to the last byte, gzip accepted); API CPU = the API process's CPU time per request (all threads),` +
      `\nwait = its time per request ready to run but waiting for a CPU others held (a shared machine's noise);` +
      `\nstmts = the operation's statements + those checking the token;` +
      `\nsql ms = CPU time of the request's read statements replayed one by one in this process (same file, no GraphQL).`,
  );
  const missed = report.rows.filter((r) => !r.met);
  for (const r of missed) {
    console.log(
      `\n${r.failure ? 'FAIL' : 'MISS'} ${label(r)} as ${r.role}: ${r.failure ?? `median ${r.medianMs} ms`}`,
    );
    for (const s of r.sql?.slowest ?? []) {
      const time = s.error ? `error ${s.error}` : `${s.ms.toFixed(2)} ms, ${s.rows} rows`;
      console.log(`  ${time.padStart(22)}  ${s.sql.slice(0, 160)}${s.sql.length > 160 ? '…' : ''}`);
    }
  }
  const met = report.rows.filter((r) => r.met).length;
  console.log(`\n${met} of ${report.rows.length} MET (median ≤ ${GOAL_MS} ms)`);
}

/**
 * The report as written: the slowest statements only for the rows that missed (3 each), their SQL once
 * in `statements` (the same wrapped subquery recurs in many rows), each with its parameters for replay.
 */
export function forFile(report) {
  const statements = {};
  const idOf = new Map();
  const rows = report.rows.map((row) => {
    if (!row.sql) return row;
    const { slowest, ...sql } = row.sql;
    if (row.met) return { ...row, sql };
    const kept = slowest.slice(0, 3).map(({ sql: text, ...rest }) => {
      if (!idOf.has(text)) {
        idOf.set(text, `s${idOf.size + 1}`);
        statements[idOf.get(text)] = text;
      }
      return { statement: idOf.get(text), ...rest };
    });
    return { ...row, sql: { ...sql, slowest: kept } };
  });
  return { ...report, rows, statements };
}
