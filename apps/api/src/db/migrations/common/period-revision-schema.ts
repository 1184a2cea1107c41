// Migration 12, for both dialects: revisions of closed periods. A month's KPIs close PERIOD_GRACE_DAYS
// after it ends; a later change that alters one (an import of backdated cases) needs an administrator
// and leaves a row here per month it touches, with the month's KPIs before it — the value after is
// the next revision's "before", or the month's current value — so no closed figure moves silently.
import type { QueryRunner } from 'typeorm';
import type { SqlDialect } from './case-facts-schema.js';

export async function addPeriodRevisions(q: QueryRunner, dialect: SqlDialect): Promise<void> {
  const id = dialect === 'postgres' ? 'serial PRIMARY KEY' : 'integer PRIMARY KEY AUTOINCREMENT';
  const ts = dialect === 'postgres' ? 'timestamptz' : 'datetime';
  const json = dialect === 'postgres' ? 'jsonb' : 'text';
  await q.query(`
    CREATE TABLE period_revision (
      id ${id},
      month date NOT NULL,
      revised_at ${ts} NOT NULL,
      revised_by varchar(64) NOT NULL,
      reason text NOT NULL,
      source varchar(300) NOT NULL,
      kpis_before ${json} NOT NULL
    )`);
  await q.query(`CREATE INDEX idx_period_revision_month ON period_revision (month, revised_at)`);
}

export async function dropPeriodRevisions(q: QueryRunner): Promise<void> {
  await q.query(`DROP TABLE period_revision`);
}
