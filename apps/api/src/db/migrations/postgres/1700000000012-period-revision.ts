import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addPeriodRevisions, dropPeriodRevisions } from '../shared/period-revision-schema.js';

// Revisions of closed periods (see shared/period-revision-schema.ts).
export class PeriodRevision1700000000012 implements MigrationInterface {
  name = 'PeriodRevision1700000000012';

  async up(q: QueryRunner): Promise<void> {
    await addPeriodRevisions(q, 'postgres');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropPeriodRevisions(q);
  }
}
