import { In, type DataSource } from 'typeorm';
import { CategoryEntity } from './category.entity.js';

export class CategoryService {
  constructor(private readonly dataSource: DataSource) {}

  all(): Promise<CategoryEntity[]> {
    return this.dataSource.getRepository(CategoryEntity).find({ order: { sortOrder: 'ASC' } });
  }

  byCodes(codes: readonly string[]): Promise<CategoryEntity[]> {
    return this.dataSource.getRepository(CategoryEntity).findBy({ code: In([...codes]) });
  }
}
