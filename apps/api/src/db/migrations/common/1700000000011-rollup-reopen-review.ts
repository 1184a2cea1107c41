import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addReopenReviewCounters, dropReopenReviewCounters } from './rollup-reopen-review-schema.js';

// Rollup counters for 重开率 and 复查改变率 (see rollup-reopen-review-schema.ts).
export class RollupReopenReview1700000000011 implements MigrationInterface {
  name = 'RollupReopenReview1700000000011';
  /** The rollup is derived data: openDatabase fills it from the cases with the current formulas. */
  readonly rebuildsRollups = true;

  async up(q: QueryRunner): Promise<void> {
    await addReopenReviewCounters(q);
  }

  // leader_resolved keeps the values this version's formula gave it until the rollup is next rebuilt.
  async down(q: QueryRunner): Promise<void> {
    await dropReopenReviewCounters(q);
  }
}
