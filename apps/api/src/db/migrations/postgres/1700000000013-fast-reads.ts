import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addFastReads, dropFastReads } from '../shared/fast-reads-schema.js';

// Facts' change instant, pending counters, the township rollup and anchor-date indexes (see
// shared/fast-reads-schema.ts).
export class FastReads1700000000013 implements MigrationInterface {
  name = 'FastReads1700000000013';
  /** The rollups are derived data: openDatabase fills them from the cases with the current formulas. */
  readonly rebuildsRollups = true;

  async up(q: QueryRunner): Promise<void> {
    await addFastReads(q, 'postgres');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropFastReads(q);
  }
}
