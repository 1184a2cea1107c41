import type { MigrationInterface, QueryRunner } from 'typeorm';

// Registration lookups: the idempotency key a client sends with registerCase (the same key returns the
// same case), and petitioners by ID number (a returning petitioner's repeat matters, Art. 19).
export class CaseClientKey1700000000003 implements MigrationInterface {
  name = 'CaseClientKey1700000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE petition_case ADD COLUMN client_key varchar(64)`);
    await q.query(
      `CREATE UNIQUE INDEX idx_case_client_key ON petition_case (client_key) WHERE client_key IS NOT NULL`,
    );
    await q.query(`CREATE INDEX idx_petitioner_id_number ON petitioner (id_number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_petitioner_id_number`);
    await q.query(`DROP INDEX idx_case_client_key`);
    await q.query(`ALTER TABLE petition_case DROP COLUMN client_key`);
  }
}
