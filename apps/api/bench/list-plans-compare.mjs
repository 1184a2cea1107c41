// Side by side: two runs of bench/list-plans.mjs --json (before and after a change).
//   node bench/list-plans-compare.mjs before.json after.json
import fs from 'node:fs';

const [before, after] = process.argv.slice(2).map((file) => JSON.parse(fs.readFileSync(file, 'utf8')));
if (!before || !after) throw new Error('usage: list-plans-compare.mjs <before.json> <after.json>');
const byName = new Map(before.results.map((r) => [r.name, r]));
const cell = (v) => (v == null ? '—' : v.toFixed(1)).padStart(7);
console.log(
  `${'request'.padEnd(52)} ${'page ms'.padStart(15)} ${'stmt ms'.padStart(15)}  plan before → after`,
);
for (const a of after.results) {
  const b = byName.get(a.name);
  console.log(
    `${a.name.padEnd(52)} ${cell(b?.median)} ${cell(a.median)} ${cell(b?.stmtMs)} ${cell(a.stmtMs)}  ${b?.plan ?? '—'} → ${a.plan}`,
  );
}
const worst = (run) => Math.max(...run.results.map((r) => r.stmtMs));
const sorted = (run) => run.results.filter((r) => /sort/i.test(r.plan)).length;
console.log(
  `\nworst statement: ${worst(before).toFixed(1)} → ${worst(after).toFixed(1)} ms · page statements that sort: ${sorted(before)} → ${sorted(after)} of ${after.results.length}`,
);
