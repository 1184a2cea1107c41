import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addCaseFacts, dropCaseFacts } from '../shared/case-facts-schema.js';

// The step catalogue's facts and their versions over time (see shared/case-facts-schema.ts).
export class CaseFacts1700000000010 implements MigrationInterface {
  name = 'CaseFacts1700000000010';

  async up(q: QueryRunner): Promise<void> {
    await addCaseFacts(q, 'postgres');
  }

  // Dropping the versions loses only what the events still hold; due dates stay as refolded.
  async down(q: QueryRunner): Promise<void> {
    await dropCaseFacts(q);
  }
}
