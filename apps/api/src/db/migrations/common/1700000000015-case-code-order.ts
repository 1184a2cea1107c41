import type { MigrationInterface, QueryRunner } from 'typeorm';

// A year's next case code is its highest number + 1. Codes compare as text, so once a year passes
// LT-YYYY-999999 the text maximum is no longer the highest number (LT-2026-999999 > LT-2026-1534539).
// Ordered by year prefix, then length, then text — numeric order within a year — the highest is one
// index step away (modules/case/case-code.ts).
export class CaseCodeOrder1700000000015 implements MigrationInterface {
  name = 'CaseCodeOrder1700000000015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX idx_case_code_number ON petition_case (substr(code, 1, 8), length(code), code)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_case_code_number`);
  }
}
