import type { DataSource } from 'typeorm';
import { CategoryEntity } from './category.entity.js';
import type { ReferenceCache } from '../common/reference-cache.js';

export class CategoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceCache,
  ) {}

  all(): Promise<CategoryEntity[]> {
    return this.dataSource.getRepository(CategoryEntity).find({ order: { sortOrder: 'ASC' } });
  }

  byCodes(codes: readonly string[]): Promise<CategoryEntity[]> {
    return this.references.rows('categories', codes);
  }
}
