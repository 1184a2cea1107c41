import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { SqlDialect } from './case-facts-schema.js';
import { addListIndexes, dropListIndexes } from './list-indexes-schema.js';

// Indexes that make each page of the case list an index range scan (see list-indexes-schema.ts). One
// class for both dialects, built with the dialect whose index expressions it writes (migrations/index.ts).
export function listIndexes(dialect: SqlDialect): new () => MigrationInterface {
  return class ListIndexes1700000000014 implements MigrationInterface {
    name = 'ListIndexes1700000000014';

    async up(q: QueryRunner): Promise<void> {
      await addListIndexes(q, dialect);
    }

    async down(q: QueryRunner): Promise<void> {
      await dropListIndexes(q, dialect);
    }
  };
}
