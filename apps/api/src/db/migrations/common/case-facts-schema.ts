// Migration 10, written once for both dialects (their differences are the type names below): the
// facts the step catalogue adds to a case (per-stage hearing days, delivery of answers, reopening,
// the leadership clock) and `case_fact_version`, the case's facts over time — what a database holding
// only the events up to an instant would store, so `asOf` reads answer as of that day. Existing
// timelines are folded again through the domain's catalogue, which also moves due dates to the
// rules of this version (the holiday last-day rule; a leadership period no longer shortens due_at).
import type { QueryRunner } from 'typeorm';
import { refoldAllCases } from './refold-cases.js';

export type SqlDialect = 'postgres' | 'sqlite';

function types(dialect: SqlDialect) {
  return dialect === 'postgres'
    ? { ts: 'timestamptz', bool: 'boolean' }
    : { ts: 'datetime', bool: 'boolean' };
}

export async function addCaseFacts(q: QueryRunner, dialect: SqlDialect): Promise<void> {
  const { ts, bool } = types(dialect);
  const columns = [
    `leadership_due_at ${ts}`,
    `review_paused_days integer NOT NULL DEFAULT 0`,
    `rereview_paused_days integer NOT NULL DEFAULT 0`,
    `reopen_paused_days integer NOT NULL DEFAULT 0`,
    `hearing_started_at ${ts}`,
    `delivered_at ${ts}`,
    `review_changed ${bool}`,
    `review_delivered_at ${ts}`,
    `reopened_at ${ts}`,
    `reopen_replied_at ${ts}`,
    `reopened_after_closing_at ${ts}`,
    `reopen_count integer NOT NULL DEFAULT 0`,
  ];
  for (const column of columns) await q.query(`ALTER TABLE petition_case ADD COLUMN ${column}`);
  await q.query(`
    CREATE TABLE case_fact_version (
      case_id integer NOT NULL REFERENCES petition_case(id),
      valid_from ${ts} NOT NULL,
      valid_to ${ts},
      status varchar(16) NOT NULL,
      forwarded_at ${ts},
      accepted_at ${ts},
      declined_at ${ts},
      leader_id integer,
      unit_id integer,
      due_at ${ts},
      leadership_due_at ${ts},
      replied_at ${ts},
      delivered_at ${ts},
      closed_at ${ts},
      outcome varchar(16),
      satisfaction varchar(24),
      rated_at ${ts},
      review_requested_at ${ts},
      review_replied_at ${ts},
      review_changed ${bool},
      rereview_requested_at ${ts},
      rereview_replied_at ${ts},
      reopened_at ${ts},
      reopen_replied_at ${ts},
      reopened_after_closing_at ${ts},
      repeat_of_id integer,
      current_due_at ${ts},
      current_deadline varchar(24),
      PRIMARY KEY (case_id, valid_from)
    )`);
  // As-of reads pick the version valid at an instant: valid_from <= t < valid_to.
  await q.query(`CREATE INDEX idx_fact_version_valid ON case_fact_version (valid_from, valid_to)`);
  await refoldAllCases(q, dialect);
}

export async function dropCaseFacts(q: QueryRunner): Promise<void> {
  await q.query(`DROP TABLE case_fact_version`);
  for (const column of [
    'leadership_due_at',
    'review_paused_days',
    'rereview_paused_days',
    'reopen_paused_days',
    'hearing_started_at',
    'delivered_at',
    'review_changed',
    'review_delivered_at',
    'reopened_at',
    'reopen_replied_at',
    'reopened_after_closing_at',
    'reopen_count',
  ]) {
    await q.query(`ALTER TABLE petition_case DROP COLUMN ${column}`);
  }
}
