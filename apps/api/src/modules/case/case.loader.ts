import DataLoader from 'dataloader';
import { batchOptions, byKeyLoader, groupLoader } from '../common/loaders.js';
import type { CaseSelection } from './case-query.js';
import type { CasePage, CaseParent, CaseService } from './case.service.js';
import type { CaseOrder } from './case.types.js';

/** One nested case count asked for: the parent's value plus the selection shared by its siblings. */
export interface NestedCountKey {
  column: CaseParent['column'];
  value: string | number;
  selection: CaseSelection;
}

/** One nested case page asked for. */
export interface NestedPageKey extends NestedCountKey {
  order: CaseOrder;
  first: number | null | undefined;
  after: string | null | undefined;
}

function argumentsKey(key: NestedCountKey & Partial<NestedPageKey>): string {
  const { column, selection, order, first, after } = key;
  return JSON.stringify([
    column,
    selection.filter,
    selection.asOf,
    order ?? null,
    first ?? null,
    after ?? null,
  ]);
}

/** Groups keys that differ only by parent value, so each group is one statement. */
function nestedLoader<K extends NestedCountKey, V>(
  load: (group: K[], parent: CaseParent) => Promise<Map<string | number | null, V>>,
  empty: V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const id = argumentsKey(key);
        const group = groups.get(id);
        if (group) group.push(key);
        else groups.set(id, [key]);
      }
      const results = new Map<string, V>();
      for (const [id, group] of groups) {
        const byParent = await load(group, { column: group[0]!.column, values: group.map((k) => k.value) });
        for (const key of group) results.set(`${id}|${key.value}`, byParent.get(key.value) ?? empty);
      }
      return keys.map((key) => results.get(`${argumentsKey(key)}|${key.value}`) ?? empty);
    },
    { ...batchOptions, cacheKeyFn: (key) => `${argumentsKey(key)}|${key.value}` },
  );
}

export function createCaseLoaders(service: CaseService) {
  return {
    byId: byKeyLoader(
      (ids: readonly number[]) => service.byIds(ids),
      (c) => c.id,
    ),
    byCode: byKeyLoader(
      (codes: readonly string[]) => service.byCodes(codes),
      (c) => c.code,
    ),
    events: groupLoader(
      (ids: readonly number[]) => service.eventsOfCases(ids),
      (e) => e.caseId,
    ),
    petitioners: groupLoader(
      (ids: readonly number[]) => service.petitionersOfCases(ids),
      (p) => p.caseId,
    ),
    nestedPages: nestedLoader<NestedPageKey, CasePage>(
      (group, parent) => {
        const { selection, order, first, after } = group[0]!;
        return service.pages(selection, order, first, after, parent);
      },
      { cases: [], cursors: [], hasNextPage: false },
    ),
    nestedCounts: nestedLoader<NestedCountKey, number>(
      (group, parent) => service.counts(group[0]!.selection, parent),
      0,
    ),
  };
}
