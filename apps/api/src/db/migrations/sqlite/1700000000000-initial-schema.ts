import type { MigrationInterface, QueryRunner } from 'typeorm';

// SQLite schema, version 1 (mirrors the PostgreSQL one; timestamps are UTC text, booleans 0/1). Migrations never import entities: they are frozen SQL.
export class InitialSchema1700000000000 implements MigrationInterface {
  name = 'InitialSchema1700000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE township (
        code varchar(12) PRIMARY KEY,
        name varchar(64) NOT NULL,
        kind varchar(16) NOT NULL,
        sort_order integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE village (
        code varchar(12) PRIMARY KEY,
        name varchar(64) NOT NULL,
        township_code varchar(12) NOT NULL REFERENCES township(code),
        population integer NOT NULL,
        generated boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX idx_village_township ON village (township_code)`);
    await q.query(`
      CREATE TABLE category (
        code varchar(32) PRIMARY KEY,
        name_zh varchar(64) NOT NULL,
        name_en varchar(64) NOT NULL,
        sort_order integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE unit (
        id integer PRIMARY KEY,
        code varchar(32) NOT NULL UNIQUE,
        name varchar(64) NOT NULL,
        township_code varchar(12) REFERENCES township(code)
      )`);
    await q.query(`
      CREATE TABLE leader (
        id integer PRIMARY KEY,
        name varchar(32) NOT NULL,
        title varchar(64) NOT NULL,
        post varchar(32) NOT NULL,
        rank varchar(16) NOT NULL,
        unit_id integer REFERENCES unit(id),
        township_code varchar(12) REFERENCES township(code)
      )`);
    await q.query(`
      CREATE TABLE petitioner (
        id integer PRIMARY KEY,
        name varchar(32) NOT NULL,
        phone varchar(20) NOT NULL,
        id_number varchar(18) NOT NULL,
        village_code varchar(12) NOT NULL REFERENCES village(code)
      )`);
    await q.query(`CREATE INDEX idx_petitioner_village ON petitioner (village_code)`);
    await q.query(`
      CREATE TABLE petition_case (
        id integer PRIMARY KEY,
        code varchar(32) NOT NULL UNIQUE,
        title varchar(200) NOT NULL,
        summary text NOT NULL,
        matter_type varchar(16) NOT NULL,
        category_code varchar(32) NOT NULL REFERENCES category(code),
        channel varchar(24) NOT NULL,
        village_code varchar(12) NOT NULL REFERENCES village(code),
        township_code varchar(12) NOT NULL REFERENCES township(code),
        headcount integer NOT NULL CHECK (headcount >= 1),
        received_at datetime NOT NULL,
        received_on date NOT NULL,
        forwarded_at datetime,
        accepted_at datetime,
        declined_at datetime,
        acceptance_due_at datetime NOT NULL,
        due_at datetime,
        handling_days integer,
        extension_days integer CHECK (extension_days BETWEEN 1 AND 30),
        extended_to datetime,
        delay_reason text,
        paused_days integer NOT NULL DEFAULT 0,
        replied_at datetime,
        closed_at datetime,
        status varchar(16) NOT NULL,
        outcome varchar(16),
        leader_id integer REFERENCES leader(id),
        unit_id integer REFERENCES unit(id),
        satisfaction varchar(24),
        rated_at datetime,
        review_requested_at datetime,
        review_replied_at datetime,
        rereview_requested_at datetime,
        rereview_replied_at datetime,
        repeat_of_id integer REFERENCES petition_case(id),
        current_due_at datetime,
        current_deadline varchar(24),
        version integer NOT NULL DEFAULT 1
      )`);
    // The dashboard's group-bys: each dimension with the receipt day, so a period filter plus a
    // group-by is an index range scan.
    await q.query(`CREATE INDEX idx_case_received_on ON petition_case (received_on)`);
    // Keyset pagination of the case list in receipt order.
    await q.query(`CREATE INDEX idx_case_received_at ON petition_case (received_at, id)`);
    await q.query(`CREATE INDEX idx_case_township_received ON petition_case (township_code, received_on)`);
    await q.query(`CREATE INDEX idx_case_village_received ON petition_case (village_code, received_on)`);
    await q.query(`CREATE INDEX idx_case_category_received ON petition_case (category_code, received_on)`);
    await q.query(`CREATE INDEX idx_case_leader_received ON petition_case (leader_id, received_on)`);
    await q.query(`CREATE INDEX idx_case_unit_received ON petition_case (unit_id, received_on)`);
    await q.query(`CREATE INDEX idx_case_status_received ON petition_case (status, received_on)`);
    await q.query(
      `CREATE INDEX idx_case_current_due ON petition_case (current_due_at) WHERE current_due_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX idx_case_repeat_of ON petition_case (repeat_of_id) WHERE repeat_of_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE case_petitioner (
        case_id integer NOT NULL REFERENCES petition_case(id),
        petitioner_id integer NOT NULL REFERENCES petitioner(id),
        representative boolean NOT NULL,
        PRIMARY KEY (case_id, petitioner_id)
      )`);
    await q.query(`CREATE INDEX idx_case_petitioner_petitioner ON case_petitioner (petitioner_id)`);
    await q.query(`
      CREATE TABLE case_event (
        id integer PRIMARY KEY,
        case_id integer NOT NULL REFERENCES petition_case(id),
        type varchar(24) NOT NULL,
        at datetime NOT NULL,
        occurred_on date NOT NULL,
        actor varchar(64) NOT NULL,
        leader_id integer REFERENCES leader(id),
        visit_kind varchar(16),
        unit_id integer REFERENCES unit(id),
        payload text
      )`);
    await q.query(`CREATE INDEX idx_event_case_at ON case_event (case_id, at, id)`);
    await q.query(`CREATE INDEX idx_event_type_on ON case_event (type, occurred_on)`);
    await q.query(
      `CREATE INDEX idx_event_leader_on ON case_event (leader_id, occurred_on) WHERE leader_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'case_event',
      'case_petitioner',
      'petition_case',
      'petitioner',
      'leader',
      'unit',
      'category',
      'village',
      'township',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
