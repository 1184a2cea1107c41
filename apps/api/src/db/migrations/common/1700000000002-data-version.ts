import type { MigrationInterface, QueryRunner } from 'typeorm';

// One counter that every write transaction moves: caches of query results key on it, so a write
// is visible to the next read on every API instance.
export class DataVersion1700000000002 implements MigrationInterface {
  name = 'DataVersion1700000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE data_version (id integer PRIMARY KEY, version integer NOT NULL)`);
    await q.query(`INSERT INTO data_version (id, version) VALUES (1, 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_version`);
  }
}
