// The case list's pages (case-page.ts) on both databases: every sort and direction, with the
// dashboard's filters, walks the selection in exactly the documented order (nulls last, ties by id),
// cursor after cursor, across the keyed and the unkeyed part of a nullable sort; nested pages equal
// each parent's own list; the past-reading path orders the same; and the page statements read the
// list indexes of migration 14 in order, without sorting.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { In, type Logger } from 'typeorm';
import { CaseStatus, Role } from '@lianxin/domain';
import { openDatabase, type DialectDataSource } from '../../db/data-source.js';
import { dialectSpec, type DialectSpec } from '../../db/dialect.js';
import { loadSeed } from '../../db/seed-loader.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../test/databases.js';
import { AccessPolicy } from '../access/access-policy.js';
import { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { casePages, type PageReader } from './case-page.js';
import { selectCases } from './case-query.js';
import { CaseEntity } from './case.entity.js';
import type { CaseParent } from './case.service.js';
import { CaseOrderField, SortDirection, type CaseFilter, type CaseOrder } from './case.types.js';

const UNTIL = '2024-06-30';
const NOW = new Date(`${UNTIL}T23:59:59.999+08:00`);
const ANALYST = new AccessPolicy({
  id: 1,
  username: 'analyst',
  displayName: 'analyst',
  role: Role.ANALYST,
  scope: {},
  leaderId: null,
  unitId: null,
});

const ORDERS: CaseOrder[] = Object.values(CaseOrderField).flatMap((field) =>
  Object.values(SortDirection).map((direction) => ({ field, direction })),
);

/** What the reference order needs of a case, read straight from the table. */
interface Row {
  id: number;
  code: string;
  receivedOn: string;
  receivedAt: number;
  dueAt: number | null;
  currentDueAt: number | null;
  townshipCode: string;
  categoryCode: string;
  leaderId: number | null;
  status: string;
  matterType: string;
}

class Statements implements Logger {
  readonly sql: { query: string; parameters: unknown[] }[] = [];
  logQuery(query: string, parameters?: unknown[]): void {
    this.sql.push({ query, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

describeEachDatabase('case list pages', (dialect) => {
  let db: TestDatabase;
  let dataSource: DialectDataSource;
  let reader: PageReader;
  let rows: Row[];
  let township: string;
  let category: string;
  const statements = new Statements();
  const spec: DialectSpec = dialectSpec(dialect);

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const idNumbers = IdNumberCipher.ephemeral();
    dataSource = await openDatabase({ database: db.config, idNumbers, logger: statements });
    await loadSeed(dataSource, idNumbers, { until: UNTIL, cases: 5000 });
    reader = {
      dataSource,
      dialect: spec,
      byIds: (ids) => dataSource.getRepository(CaseEntity).findBy({ id: In([...ids]) }),
    };
    const ms = (v: Date | string | null) =>
      v === null ? null : v instanceof Date ? v.getTime() : Date.parse(`${v.replace(' ', 'T')}Z`);
    const raw: Record<string, unknown>[] = await dataSource.query(
      `SELECT id, code, CAST(received_on AS varchar(10)) AS received_on, received_at, due_at, current_due_at,
              township_code, category_code, leader_id, status, matter_type FROM petition_case`,
    );
    rows = raw.map((r) => ({
      id: Number(r.id),
      code: String(r.code),
      receivedOn: String(r.received_on),
      receivedAt: ms(r.received_at as Date | string)!,
      dueAt: ms(r.due_at as Date | string | null),
      currentDueAt: ms(r.current_due_at as Date | string | null),
      townshipCode: String(r.township_code),
      categoryCode: String(r.category_code),
      leaderId: r.leader_id === null ? null : Number(r.leader_id),
      status: String(r.status),
      matterType: String(r.matter_type),
    }));
    const busiest = (key: 'townshipCode' | 'categoryCode') => {
      const counts = new Map<string, number>();
      for (const r of rows) counts.set(r[key], (counts.get(r[key]) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    };
    township = busiest('townshipCode');
    category = busiest('categoryCode');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  /** The cases an ANALYST's filter selects (no accusations), as the reference sees them. */
  function selected(filter: CaseFilter): Row[] {
    return rows.filter(
      (r) =>
        r.matterType !== 'ACCUSATION' &&
        r.receivedAt <= NOW.getTime() &&
        (!filter.from || r.receivedOn >= filter.from) &&
        (!filter.to || r.receivedOn <= filter.to) &&
        (!filter.townshipCodes || filter.townshipCodes.includes(r.townshipCode)) &&
        (!filter.categoryCodes || filter.categoryCodes.includes(r.categoryCode)) &&
        (!filter.statuses || filter.statuses.includes(r.status as CaseStatus)) &&
        (filter.overdue == null ||
          filter.overdue === (r.currentDueAt !== null && r.currentDueAt < NOW.getTime())),
    );
  }

  /** The documented order: the key in the direction asked, cases without one last by id, ties by id. */
  function reference(list: Row[], order: CaseOrder): number[] {
    const sign = order.direction === SortDirection.ASC ? 1 : -1;
    const value = (r: Row): number | string | null => {
      switch (order.field) {
        case CaseOrderField.ID:
          return r.id;
        case CaseOrderField.CODE:
          return r.code;
        case CaseOrderField.RECEIVED_AT:
          return r.receivedAt;
        case CaseOrderField.DUE_AT:
          return r.dueAt;
        case CaseOrderField.CURRENT_DUE_AT:
          return r.currentDueAt;
      }
    };
    return [...list]
      .sort((a, b) => {
        const va = value(a);
        const vb = value(b);
        if (va === null || vb === null) {
          if (va !== vb) return va === null ? 1 : -1;
        } else if (va !== vb) {
          return (va < vb ? -1 : 1) * sign;
        }
        return (a.id - b.id) * sign;
      })
      .map((r) => r.id);
  }

  /** Ids of the first `pages` pages, cursor after cursor, and whether the walk ended on the last page. */
  async function walk(filter: CaseFilter, order: CaseOrder, size: number, pages: number) {
    const selection = selectCases(filter, NOW, ANALYST);
    const seen: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < pages; i++) {
      const page = (await casePages(reader, selection, order, size, after)).get(null);
      if (!page) return { seen, complete: true };
      seen.push(...page.cases.map((c) => c.id));
      expect(page.cases.length).toBe(page.hasNextPage ? size : page.cases.length);
      if (!page.hasNextPage) return { seen, complete: true };
      after = page.cursors.at(-1)!;
    }
    return { seen, complete: false };
  }

  it('walks each selection in the documented order under every sort, page after page', async () => {
    const filters: CaseFilter[] = [
      { from: '2023-03-17', to: '2023-09-05', townshipCodes: [township] },
      { from: '2022-08-20', to: '2023-02-10', categoryCodes: [category] },
      { townshipCodes: [township], categoryCodes: [category] },
      {
        from: '2024-04-03',
        to: UNTIL,
        statuses: [CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS],
      },
      { to: '2022-01-31', townshipCodes: [township] },
      { from: '2024-01-01', to: '2024-03-31', overdue: false },
    ];
    for (const filter of filters) {
      const expected = selected(filter);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(30);
      // Nullable sorts must cross from the keyed cases into the unkeyed ones somewhere.
      for (const order of ORDERS) {
        const { seen, complete } = await walk(filter, order, 13, 100);
        expect(complete, JSON.stringify([filter, order])).toBe(true);
        expect(seen, JSON.stringify([filter, order])).toEqual(reference(expected, order));
      }
    }
    const mixed = selected({ townshipCodes: [township], categoryCodes: [category] });
    expect(mixed.some((r) => r.dueAt === null) && mixed.some((r) => r.dueAt !== null)).toBe(true);
    expect(mixed.some((r) => r.currentDueAt === null) && mixed.some((r) => r.currentDueAt !== null)).toBe(
      true,
    );
  });

  it('starts large selections (a period with or without an end) on their first cases', async () => {
    for (const filter of [{ from: '2021-02-10' }, { from: '2022-05-09', to: '2023-08-21' }] as CaseFilter[]) {
      const expected = selected(filter);
      for (const order of ORDERS) {
        const { seen } = await walk(filter, order, 50, 3);
        expect(seen, JSON.stringify([filter, order])).toEqual(reference(expected, order).slice(0, 150));
      }
    }
  });

  it('reads a past instant in the same order (the subquery path)', async () => {
    const filter: CaseFilter = { from: '2023-03-17', to: '2023-09-05', townshipCodes: [township] };
    for (const order of ORDERS) {
      const now = await walk(filter, order, 17, 100);
      // asOf at the end of the data: the versions then are the rows.
      const past = await walk({ ...filter, asOf: NOW }, order, 17, 100);
      expect(past.seen, JSON.stringify(order)).toEqual(now.seen);
    }
  });

  it("gives each parent of a nested list its own list's first page", async () => {
    const townships = [...new Set(rows.map((r) => r.townshipCode))].sort();
    const leaders = [...new Set(rows.flatMap((r) => (r.leaderId === null ? [] : [r.leaderId])))].slice(0, 6);
    const parents: CaseParent[] = [
      { column: 'township_code', values: [...townships, '000000000000'] },
      { column: 'leader_id', values: leaders },
      { column: 'category_code', values: [category] },
    ];
    const filter: CaseFilter = { from: '2022-11-20', to: '2023-12-10' };
    for (const parent of parents) {
      for (const order of ORDERS) {
        const pages = await casePages(reader, selectCases(filter, NOW, ANALYST), order, 4, null, parent);
        for (const value of parent.values) {
          const own = selected(filter).filter((r) =>
            parent.column === 'township_code'
              ? r.townshipCode === value
              : parent.column === 'leader_id'
                ? r.leaderId === value
                : r.categoryCode === value,
          );
          const expected = reference(own, order);
          const page = pages.get(value);
          const label = JSON.stringify([parent.column, value, order]);
          expect(page?.cases.map((c) => c.id) ?? [], label).toEqual(expected.slice(0, 4));
          expect(page?.hasNextPage ?? false, label).toBe(expected.length > 4);
        }
      }
    }
  });

  it('reads every sort of a township × category × period page through the list indexes, unsorted', async () => {
    const filters: CaseFilter[] = [
      { from: '2023-03-17', to: '2024-02-05', townshipCodes: [township], categoryCodes: [category] },
      { from: '2023-03-17', to: '2024-02-05' },
    ];
    for (const filter of filters) {
      for (const order of ORDERS) {
        const before = statements.sql.length;
        await casePages(reader, selectCases(filter, NOW, ANALYST), order, 50, null);
        const pageStatements = statements.sql
          .slice(before)
          .filter((s) => /LIMIT \d+\s*$/.test(s.query) && s.query.includes('petition_case'));
        expect(pageStatements.length).toBeGreaterThan(0);
        for (const s of pageStatements) {
          const label = `${JSON.stringify([filter, order])}\n${s.query}`;
          const plan = await planOf(s.query, s.parameters);
          expect(plan.sorts, `${label}\n${plan.text}`).toEqual([]);
          // SQLite is told which walk index to read (PostgreSQL may also walk the primary key or the code's).
          if (dialect === 'sqlite')
            expect(
              plan.indexes.some((i) => i.startsWith('idx_case_list_')),
              `${label}\n${plan.text}`,
            ).toBe(true);
          // A period bound of ids, codes or due dates is looked up through the month indexes.
          if (s.query.includes('m.column1'))
            expect(
              plan.indexes.some((i) => i.startsWith('idx_case_month_')),
              `${label}\n${plan.text}`,
            ).toBe(true);
        }
      }
    }
  });

  /** The sorts and indexes of a statement's plan. PostgreSQL is told to avoid sorting where it can. */
  async function planOf(query: string, parameters: unknown[]) {
    if (dialect === 'sqlite') {
      const steps: { detail: string }[] = await dataSource.query(`EXPLAIN QUERY PLAN ${query}`, parameters);
      const text = steps.map((s) => s.detail).join('\n');
      return {
        text,
        sorts: steps.filter((s) => s.detail.includes('TEMP B-TREE')).map((s) => s.detail),
        indexes: [...text.matchAll(/INDEX (\w+)/g)].map((m) => m[1]!),
      };
    }
    // On a test-sized table a sort is cheap; with sorting priced out, a plan still sorting has no
    // index that gives the page's order.
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL enable_sort = off');
      await runner.query('SET LOCAL enable_incremental_sort = off');
      await runner.query('SET LOCAL enable_seqscan = off');
      const [{ 'QUERY PLAN': plan }] = await runner.query(`EXPLAIN (FORMAT JSON) ${query}`, parameters);
      await runner.rollbackTransaction();
      const nodes: Record<string, unknown>[] = [];
      const visit = (node: Record<string, unknown>) => {
        nodes.push(node);
        for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) visit(child);
      };
      visit(plan[0].Plan);
      return {
        text: JSON.stringify(plan[0].Plan, null, 1),
        sorts: nodes
          .filter((n) => String(n['Node Type']).includes('Sort'))
          .map((n) => String(n['Node Type'])),
        indexes: nodes.flatMap((n) => (n['Index Name'] ? [String(n['Index Name'])] : [])),
      };
    } finally {
      await runner.release();
    }
  }
});
