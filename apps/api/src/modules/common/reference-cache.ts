// An in-process copy of the reference tables — townships, villages, categories, units, leaders —
// which every request reads (filter codes to check, names to show) and nothing but the seed and the
// migrations writes, before the API serves. Reads come from the copy;
// a key the copy lacks reloads it once (another process may have added it) before it is called
// unknown, so a new row is never refused. Rows are shared between requests: never mutate them.
import type { DataSource } from 'typeorm';
import { CategoryEntity } from '../category/category.entity.js';
import { LeaderEntity } from '../leader/leader.entity.js';
import { TownshipEntity } from '../place/township.entity.js';
import { VillageEntity } from '../place/village.entity.js';
import { UnitEntity } from '../unit/unit.entity.js';

export interface References {
  townships: ReadonlyMap<string, TownshipEntity>;
  villages: ReadonlyMap<string, VillageEntity>;
  categories: ReadonlyMap<string, CategoryEntity>;
  units: ReadonlyMap<number, UnitEntity>;
  leaders: ReadonlyMap<number, LeaderEntity>;
}

export type ReferenceKind = keyof References;

type RowOf<K extends ReferenceKind> = NonNullable<ReturnType<References[K]['get']>>;

export class ReferenceCache {
  private current: Promise<References> | null = null;
  /** The last copy loaded, for synchronous reads. */
  private loaded: References | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** The rows of `kind` with these keys (those that exist), reloading once if any is missing. */
  async rows<K extends ReferenceKind>(kind: K, keys: readonly (string | number)[]): Promise<RowOf<K>[]> {
    let refs = await this.references();
    const table = () => refs[kind] as ReadonlyMap<string | number, unknown>;
    if (keys.some((key) => !table().has(key))) refs = await this.reload();
    return keys.flatMap((key) => {
      const row = table().get(key);
      return row === undefined ? [] : [row as RowOf<K>];
    });
  }

  /**
   * The row at once when the loaded copy has it (undefined otherwise: ask `rows`). A page of cases
   * names its township, village, category and leader this way, without a promise per field.
   */
  peek<K extends ReferenceKind>(kind: K, key: string | number): RowOf<K> | undefined {
    return (this.loaded?.[kind] as ReadonlyMap<string | number, RowOf<K>> | undefined)?.get(key);
  }

  private references(): Promise<References> {
    return (this.current ??= this.load());
  }

  private reload(): Promise<References> {
    const fresh = this.load();
    this.current = fresh;
    return fresh;
  }

  private async load(): Promise<References> {
    const m = this.dataSource.manager;
    try {
      const [townships, villages, categories, units, leaders] = await Promise.all([
        m.find(TownshipEntity),
        m.find(VillageEntity),
        m.find(CategoryEntity),
        m.find(UnitEntity),
        m.find(LeaderEntity),
      ]);
      this.loaded = {
        townships: new Map(townships.map((r) => [r.code, r])),
        villages: new Map(villages.map((r) => [r.code, r])),
        categories: new Map(categories.map((r) => [r.code, r])),
        units: new Map(units.map((r) => [r.id, r])),
        leaders: new Map(leaders.map((r) => [r.id, r])),
      };
      return this.loaded;
    } catch (error) {
      // A failed load is not kept: the next read tries again.
      this.current = null;
      throw error;
    }
  }
}
