import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addListIndexes, dropListIndexes } from '../shared/list-indexes-schema.js';

// Indexes that make each page of the case list an index range scan (see shared/list-indexes-schema.ts).
export class ListIndexes1700000000014 implements MigrationInterface {
  name = 'ListIndexes1700000000014';

  async up(q: QueryRunner): Promise<void> {
    await addListIndexes(q, 'sqlite');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropListIndexes(q, 'sqlite');
  }
}
