import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addCaseFacts, dropCaseFacts, type SqlDialect } from './case-facts-schema.js';

// The step catalogue's facts and their versions over time (see case-facts-schema.ts). One class for
// both dialects, built with the dialect whose type names it writes (migrations/index.ts).
export function caseFacts(dialect: SqlDialect): new () => MigrationInterface {
  return class CaseFacts1700000000010 implements MigrationInterface {
    name = 'CaseFacts1700000000010';

    async up(q: QueryRunner): Promise<void> {
      await addCaseFacts(q, dialect);
    }

    // Dropping the versions loses only what the events still hold; due dates stay as refolded.
    async down(q: QueryRunner): Promise<void> {
      await dropCaseFacts(q);
    }
  };
}
