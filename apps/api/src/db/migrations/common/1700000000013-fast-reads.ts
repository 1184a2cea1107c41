import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { SqlDialect } from './case-facts-schema.js';
import { addFastReads, dropFastReads } from './fast-reads-schema.js';

// Facts' change instant, pending counters, the township rollup and anchor-date indexes (see
// fast-reads-schema.ts). One class for both dialects, built with the dialect whose SQL it writes
// (migrations/index.ts).
export function fastReads(dialect: SqlDialect): new () => MigrationInterface {
  return class FastReads1700000000013 implements MigrationInterface {
    name = 'FastReads1700000000013';
    /** The rollups are derived data: openDatabase fills them from the cases with the current formulas. */
    readonly rebuildsRollups = true;

    async up(q: QueryRunner): Promise<void> {
      await addFastReads(q, dialect);
    }

    async down(q: QueryRunner): Promise<void> {
      await dropFastReads(q);
    }
  };
}
