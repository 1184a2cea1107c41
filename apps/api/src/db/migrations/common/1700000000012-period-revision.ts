import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { SqlDialect } from './case-facts-schema.js';
import { addPeriodRevisions, dropPeriodRevisions } from './period-revision-schema.js';

// Revisions of closed periods (see period-revision-schema.ts). One class for both dialects, built
// with the dialect whose type names it writes (migrations/index.ts).
export function periodRevision(dialect: SqlDialect): new () => MigrationInterface {
  return class PeriodRevision1700000000012 implements MigrationInterface {
    name = 'PeriodRevision1700000000012';

    async up(q: QueryRunner): Promise<void> {
      await addPeriodRevisions(q, dialect);
    }

    async down(q: QueryRunner): Promise<void> {
      await dropPeriodRevisions(q);
    }
  };
}
