import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { computeKpis, endOfLocalDay, FIELD_VISIT_KINDS, KpiCode, type KpiCaseFacts } from '@lianxin/domain';
import { ARTICLE_2023, plannedCaseCount, type SeedOptions } from '@lianxin/seed';
import {
  createTestDatabase,
  describeEachDatabase,
  pgAvailable,
  type TestDatabase,
} from '../test/databases.js';
import { CaseEventEntity } from '../modules/case/case-event.entity.js';
import { CasePetitionerEntity } from '../modules/case/case-petitioner.entity.js';
import { CaseEntity } from '../modules/case/case.entity.js';
import { CategoryEntity } from '../modules/category/category.entity.js';
import { LeaderEntity } from '../modules/leader/leader.entity.js';
import { IdNumberCipher } from '../modules/petitioner/id-number-cipher.js';
import { PetitionerEntity } from '../modules/petitioner/petitioner.entity.js';
import { TownshipEntity } from '../modules/place/township.entity.js';
import { VillageEntity } from '../modules/place/village.entity.js';
import { UnitEntity } from '../modules/unit/unit.entity.js';
import { openDatabase, type DialectDataSource } from './data-source.js';
import { countCases, loadSeed } from './seed-loader.js';

// The default seed (fixed end date so the numbers never drift): the article's 2023 must be in it.
const OPTIONS: SeedOptions = { until: '2024-06-30' };
const YEAR = { from: '2023-01-01', to: '2023-12-31' };
// A fixed key: the hashes are then the same in every database, so the fingerprints can include them.
const idNumbers = new IdNumberCipher(Buffer.alloc(32, 1));

/**
 * A fingerprint of every row of every table, read back through the entities (types normalised). ID
 * numbers are compared decrypted: their ciphertexts differ on every load (random IVs).
 */
async function fingerprint(dataSource: DialectDataSource): Promise<Record<string, string>> {
  const tables: [string, EntityTarget<ObjectLiteral>, Record<string, 'ASC'>][] = [
    ['township', TownshipEntity, { code: 'ASC' }],
    ['village', VillageEntity, { code: 'ASC' }],
    ['category', CategoryEntity, { code: 'ASC' }],
    ['unit', UnitEntity, { id: 'ASC' }],
    ['leader', LeaderEntity, { id: 'ASC' }],
    ['petitioner', PetitionerEntity, { id: 'ASC' }],
    ['petition_case', CaseEntity, { id: 'ASC' }],
    ['case_petitioner', CasePetitionerEntity, { caseId: 'ASC', petitionerId: 'ASC' }],
    ['case_event', CaseEventEntity, { id: 'ASC' }],
  ];
  const result: Record<string, string> = {};
  for (const [name, entity, order] of tables) {
    let rows = await dataSource.getRepository(entity).find({ order });
    if (entity === PetitionerEntity) {
      rows = rows.map((p) => ({ ...p, idNumber: idNumbers.decrypt((p as PetitionerEntity).idNumber) }));
    }
    result[name] = `${rows.length}:${createHash('sha256').update(canonicalJson(rows)).digest('hex')}`;
  }
  return result;
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const fingerprints: Record<string, Record<string, string>> = {};

async function count(dataSource: DialectDataSource, sql: string): Promise<number> {
  const rows: { n: number | string }[] = await dataSource.query(sql);
  return Number(rows[0]?.n);
}

describeEachDatabase('seeded Litong District', (dialect) => {
  let db: TestDatabase;
  let dataSource: DialectDataSource;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    dataSource = await openDatabase({ database: db.config, idNumbers });
    await loadSeed(dataSource, idNumbers, OPTIONS);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('holds every planned case', async () => {
    expect(await countCases(dataSource)).toBe(plannedCaseCount(OPTIONS));
  });

  it('has 8 towns, 4 townships and the agricultural park', async () => {
    const rows: { kind: string; n: number | string }[] = await dataSource.query(
      'SELECT kind, count(*) AS n FROM township GROUP BY kind ORDER BY kind',
    );
    expect(rows.map((r) => [r.kind, Number(r.n)])).toEqual([
      ['SPECIAL', 1],
      ['TOWN', 8],
      ['TOWNSHIP', 4],
    ]);
  });

  it('places the article villages in their townships', async () => {
    const rows: { village: string; township: string }[] = await dataSource.query(
      `SELECT v.name AS village, t.name AS township FROM village v JOIN township t ON t.code = v.township_code
        WHERE v.generated = ${dialect === 'postgres' ? 'false' : '0'} ORDER BY v.name`,
    );
    expect(rows).toEqual(
      [
        { village: '刘家湾村', township: '郭家桥乡' },
        { village: '吴家沟村', township: '扁担沟镇' },
        { village: '石家窑村', township: '扁担沟镇' },
        { village: '赵家沟村', township: '扁担沟镇' },
        { village: '陈木闸村', township: '马莲渠乡' },
      ].sort((a, b) => (a.village < b.village ? -1 : 1)),
    );
  });

  it('has exactly 128 cases of 2023 in the charge of county-level leaders (包抓信访案件128件)', async () => {
    const n = await count(
      dataSource,
      `SELECT count(*) AS n FROM petition_case c JOIN leader l ON l.id = c.leader_id
        WHERE l.rank = 'COUNTY' AND c.received_on BETWEEN '${YEAR.from}' AND '${YEAR.to}'`,
    );
    expect(n).toBe(ARTICLE_2023.countyLeaderCases);
  });

  it('has 34 field visits (约访/走访/回访/下访) by county-level leaders in 2023 (走访30多次)', async () => {
    const kinds = FIELD_VISIT_KINDS.map((k) => `'${k}'`).join(', ');
    const n = await count(
      dataSource,
      `SELECT count(*) AS n FROM case_event e JOIN leader l ON l.id = e.leader_id
        WHERE e.type = 'VISIT' AND e.visit_kind IN (${kinds})
          AND l.rank = 'COUNTY' AND e.occurred_on BETWEEN '${YEAR.from}' AND '${YEAR.to}'`,
    );
    expect(n).toBe(ARTICLE_2023.fieldVisits);
    expect(n).toBeGreaterThanOrEqual(ARTICLE_2023.fieldVisitsMin);
    expect(n).toBeLessThanOrEqual(ARTICLE_2023.fieldVisitsMax);
  });

  it('has exactly 38 instructions by the district party secretary in 2023 (批示38次)', async () => {
    const n = await count(
      dataSource,
      `SELECT count(*) AS n FROM case_event e JOIN leader l ON l.id = e.leader_id
        WHERE e.type = 'INSTRUCTION' AND l.post = 'PARTY_SECRETARY'
          AND e.occurred_on BETWEEN '${YEAR.from}' AND '${YEAR.to}'`,
    );
    expect(n).toBe(ARTICLE_2023.secretaryInstructions);
  });

  it('has tree-shading cases of 2023 in exactly 8 villages of 马莲渠乡, 陈木闸村 with a 15-day deadline', async () => {
    const rows: { village: string; handling_days: number | null }[] = await dataSource.query(
      `SELECT v.name AS village, c.handling_days FROM petition_case c
         JOIN village v ON v.code = c.village_code JOIN township t ON t.code = c.township_code
        WHERE c.category_code = 'TREE_SHADING' AND t.name = '马莲渠乡'
          AND c.received_on BETWEEN '${YEAR.from}' AND '${YEAR.to}'`,
    );
    expect(new Set(rows.map((r) => r.village)).size).toBe(8);
    expect(rows.some((r) => r.village === '陈木闸村' && Number(r.handling_days) === 15)).toBe(true);
  });

  it('closes the July 2023 irrigation case of 吴家沟村 (杨某某) after a five-party meeting', async () => {
    const rows: { id: number; status: string; name: string }[] = await dataSource.query(
      `SELECT c.id, c.status, p.name FROM petition_case c
         JOIN village v ON v.code = c.village_code
         JOIN case_petitioner cp ON cp.case_id = c.id JOIN petitioner p ON p.id = cp.petitioner_id
        WHERE c.category_code = 'IRRIGATION' AND v.name = '吴家沟村'
          AND c.received_on BETWEEN '2023-07-01' AND '2023-07-31' AND p.name LIKE '杨%'`,
    );
    const meetings = [];
    for (const row of rows) {
      const events = await dataSource
        .getRepository(CaseEventEntity)
        .find({ where: { caseId: row.id }, order: { at: 'ASC', id: 'ASC' } });
      const meeting = events.find(
        (e) =>
          e.type === 'COORDINATION' &&
          JSON.stringify(e.payload?.parties) === JSON.stringify(ARTICLE_2023.waterMeetingParties),
      );
      if (meeting && row.status === 'CLOSED' && [...row.name].length === 3) {
        const closed = events.find((e) => e.type === 'CLOSED');
        expect(closed!.at.getTime()).toBeGreaterThan(meeting.at.getTime());
        meetings.push(meeting);
      }
    }
    expect(meetings).toHaveLength(1);
  });

  it('has the party secretary at two petitioners on 2023-11-20: 刘家湾村 (马某) and 扁担沟镇 (王某)', async () => {
    const rows: { village: string; township: string; petitioner: string }[] = await dataSource.query(
      `SELECT v.name AS village, t.name AS township, p.name AS petitioner FROM case_event e
         JOIN leader l ON l.id = e.leader_id
         JOIN petition_case c ON c.id = e.case_id
         JOIN village v ON v.code = c.village_code JOIN township t ON t.code = c.township_code
         JOIN case_petitioner cp ON cp.case_id = c.id JOIN petitioner p ON p.id = cp.petitioner_id
        WHERE e.type = 'VISIT' AND l.post = 'PARTY_SECRETARY' AND e.occurred_on = '2023-11-20'
        ORDER BY t.name`,
    );
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r.township, r.petitioner[0]])).toEqual([
      ['扁担沟镇', '王'],
      ['郭家桥乡', '马'],
    ]);
    expect(rows[1]!.village).toBe('刘家湾村');
  });

  it('shows 及时受理率, 按期办结率 and 群众满意率 rising from 2021 to 2022 to 2023', async () => {
    const cases = await dataSource.getRepository(CaseEntity).find();
    const facts: KpiCaseFacts[] = cases.map((c) => ({
      ...c,
      leaderId: c.leaderId === null ? null : String(c.leaderId),
      repeatOfId: c.repeatOfId === null ? null : String(c.repeatOfId),
    }));
    const asOf = endOfLocalDay(OPTIONS.until);
    const byYear = [2021, 2022, 2023].map((y) =>
      computeKpis(facts, { from: `${y}-01-01`, to: `${y}-12-31` }, asOf),
    );
    for (const code of [KpiCode.TIMELY_ACCEPTANCE, KpiCode.ON_TIME_CLOSURE, KpiCode.SATISFACTION]) {
      const [y2021, y2022, y2023] = byYear.map((k) => k[code].rate!);
      expect(y2022, code).toBeGreaterThan(y2021!);
      expect(y2023, code).toBeGreaterThan(y2022!);
    }
  });

  it('reads back the same rows on every run of the same seed', async () => {
    fingerprints[dialect] = await fingerprint(dataSource);
    const again = await createTestDatabase(dialect);
    const other = await openDatabase({ database: again.config, idNumbers });
    try {
      await loadSeed(other, idNumbers, OPTIONS);
      expect(await fingerprint(other)).toEqual(fingerprints[dialect]);
    } finally {
      await other.destroy();
      await again.drop();
    }
  });
});

describe.skipIf(!pgAvailable)('seeded data on SQLite and PostgreSQL', () => {
  it('is the same, row for row', () => {
    expect(fingerprints.sqlite).toBeDefined();
    expect(fingerprints.postgres).toEqual(fingerprints.sqlite);
  });
});
