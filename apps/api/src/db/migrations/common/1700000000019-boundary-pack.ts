import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { SqlDialect } from './case-facts-schema.js';

// Boundary packs (modules/map): the official township and village boundaries an administrator loads
// for the dashboard's map. One pack at a time: the row with id 1 (a CHECK keeps it the only one), so a
// load replaces it in place and a reader never has to ask which row is current. The GeoJSON is text,
// not jsonb: its sha256 is of the exact text served, which jsonb's reordering would change.
// Loads and removals are recorded in access_log under two new actions, whose CHECK is widened here:
// PostgreSQL swaps the constraint, SQLite (which cannot alter one) copies the table into a new one.
// One class for both dialects, built with the dialect whose type names it writes (migrations/index.ts).
const ACTIONS_BEFORE = ['READ', 'EXPORT'];
const ACTIONS_AFTER = [...ACTIONS_BEFORE, 'BOUNDARY_LOAD', 'BOUNDARY_REMOVE'];

async function allowAccessLogActions(
  q: QueryRunner,
  dialect: SqlDialect,
  actions: readonly string[],
): Promise<void> {
  const check = `CHECK (action IN (${actions.map((a) => `'${a}'`).join(', ')}))`;
  if (dialect === 'postgres') {
    await q.query(`ALTER TABLE access_log DROP CONSTRAINT access_log_action_check`);
    await q.query(`ALTER TABLE access_log ADD CONSTRAINT access_log_action_check ${check}`);
    return;
  }
  // Columns and indexes as migration 6 made them; the ids are kept.
  await q.query(`
    CREATE TABLE access_log_next (
      id integer PRIMARY KEY,
      at datetime NOT NULL,
      user_id integer NOT NULL,
      username varchar(64) NOT NULL,
      role varchar(16) NOT NULL,
      action varchar(16) NOT NULL ${check},
      case_id integer,
      fields varchar(200) NOT NULL,
      detail text
    )`);
  await q.query(`
    INSERT INTO access_log_next (id, at, user_id, username, role, action, case_id, fields, detail)
    SELECT id, at, user_id, username, role, action, case_id, fields, detail FROM access_log`);
  await q.query(`DROP TABLE access_log`);
  await q.query(`ALTER TABLE access_log_next RENAME TO access_log`);
  await q.query(`CREATE INDEX idx_access_log_at ON access_log (at)`);
  await q.query(`CREATE INDEX idx_access_log_case ON access_log (case_id)`);
  await q.query(`CREATE INDEX idx_access_log_user ON access_log (user_id, at)`);
}

export function boundaryPack(dialect: SqlDialect): new () => MigrationInterface {
  return class BoundaryPack1700000000019 implements MigrationInterface {
    name = 'BoundaryPack1700000000019';

    async up(q: QueryRunner): Promise<void> {
      const ts = dialect === 'postgres' ? 'timestamptz' : 'datetime';
      await q.query(`
        CREATE TABLE boundary_pack (
          id integer PRIMARY KEY CHECK (id = 1),
          name varchar(200) NOT NULL,
          geojson text NOT NULL,
          sha256 char(64) NOT NULL,
          township_count integer NOT NULL,
          village_count integer NOT NULL,
          loaded_at ${ts} NOT NULL,
          loaded_by varchar(64) NOT NULL
        )`);
      await allowAccessLogActions(q, dialect, ACTIONS_AFTER);
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(
        `DELETE FROM access_log WHERE action NOT IN (${ACTIONS_BEFORE.map((a) => `'${a}'`).join(', ')})`,
      );
      await allowAccessLogActions(q, dialect, ACTIONS_BEFORE);
      await q.query(`DROP TABLE boundary_pack`);
    }
  };
}
