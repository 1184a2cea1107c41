import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { idCheckDigit, maskIdNumber, Role } from '@lianxin/domain';
import { openDatabase } from '../../db/data-source.js';
import { loadSeed } from '../../db/seed-loader.js';
import { startTestApi, type TestApi } from '../../test/api.js';
import { createTestDatabase, describeEachDatabase } from '../../test/databases.js';
import { IdNumberCipher, IdNumberDecryptError } from './id-number-cipher.js';

/** What the previous version stored: the 18-character resident ID number itself. */
const PLAIN_ID = /^\d{17}[\dX]$/;
const MIGRATION_5 = 'PetitionerIdEncryption1700000000005';

/** A well-formed ID number with the check character X (the case normalisation must get right). */
function idEndingInX(prefix: string): string {
  for (let n = 0; ; n++) {
    const first17 = prefix + String(n).padStart(17 - prefix.length, '0');
    if (idCheckDigit(first17) === 'X') return first17 + 'X';
  }
}

interface StoredPetitioner {
  id: number;
  id_number: string;
  id_number_hash: string;
}

async function storedPetitioners(dataSource: DataSource): Promise<StoredPetitioner[]> {
  const rows: StoredPetitioner[] = await dataSource.query(
    'SELECT id, id_number, id_number_hash FROM petitioner ORDER BY id',
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

async function byHash(dataSource: DataSource, hash: string): Promise<StoredPetitioner[]> {
  const marker = dataSource.options.type === 'postgres' ? '$1' : '?';
  return dataSource.query(
    `SELECT id, id_number, id_number_hash FROM petitioner WHERE id_number_hash = ${marker}`,
    [hash],
  );
}

describeEachDatabase('petitioner ID numbers at rest', (dialect) => {
  let api: TestApi;
  let villageCode: string;

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 400 });
    const rows: { code: string }[] = await api.dataSource.query(
      'SELECT code FROM village ORDER BY code LIMIT 1',
    );
    villageCode = rows[0]!.code;
  });
  afterAll(async () => {
    await api?.stop();
  });

  async function register(idNumber: string): Promise<{ id: string; code: string }> {
    const response = await api.graphql<{ registerCase: { id: string; code: string } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code } }`,
      {
        input: {
          clientKey: null,
          title: '宅基地界址纠纷',
          summary: '邻户围墙越界',
          matterType: 'APPEAL',
          categoryCode: 'HOMESTEAD',
          channel: 'VISIT',
          villageCode,
          headcount: 1,
          petitioners: [{ name: '马建国', phone: '13812345678', idNumber }],
        },
      },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.registerCase;
  }

  it('stores only v1 ciphertexts and hashes after seeding, never a plain number', async () => {
    const rows = await storedPetitioners(api.dataSource);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => PLAIN_ID.test(r.id_number))).toEqual([]);
    for (const r of rows) {
      expect(r.id_number).toMatch(/^v1\./);
      const plain = api.idNumbers.decrypt(r.id_number);
      expect(plain).toMatch(PLAIN_ID);
      expect(r.id_number_hash).toBe(api.idNumbers.hash(plain));
    }
  });

  it('finds a petitioner by the keyed hash of their number', async () => {
    const [first] = await storedPetitioners(api.dataSource);
    const plain = api.idNumbers.decrypt(first!.id_number);
    const found = await byHash(api.dataSource, api.idNumbers.hash(plain));
    expect(found.map((r) => Number(r.id))).toContain(first!.id);
  });

  it('registers a new petitioner encrypted, and links a repeat petition by the same number', async () => {
    const idNumber = idEndingInX('64030219750315');
    const first = await register(idNumber);
    // Typed with a lower-case x the second time: the same person (the resolver and the hash normalise).
    const second = await register(idNumber.toLowerCase());

    // One row per case (each shows what was entered for it), found together by the one hash.
    const stored = await byHash(api.dataSource, api.idNumbers.hash(idNumber));
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.id_number).not.toContain(idNumber.slice(0, 6));
      expect(api.idNumbers.decrypt(row.id_number)).toBe(idNumber);
    }
    expect((await storedPetitioners(api.dataSource)).filter((r) => PLAIN_ID.test(r.id_number))).toEqual([]);

    const data = await api.graphql<{ case: { repeatOf: { code: string } | null } }>(
      `{ case(id: "${second.id}") { repeatOf { code } } }`,
    );
    expect(data.data!.case.repeatOf?.code).toBe(first.code);
  });

  it('refuses to open the database with another key, naming ID_NUMBER_KEY', async () => {
    const db = await createTestDatabase(dialect);
    const idNumbers = IdNumberCipher.ephemeral();
    const dataSource = await openDatabase({ database: db.config, idNumbers });
    try {
      await loadSeed(dataSource, idNumbers, { until: '2021-01-31', cases: 5 });
      await dataSource.destroy();
      const opened = openDatabase({ database: db.config, idNumbers: IdNumberCipher.ephemeral() });
      await expect(opened).rejects.toThrow(IdNumberDecryptError);
      await expect(
        openDatabase({ database: db.config, idNumbers: IdNumberCipher.ephemeral() }),
      ).rejects.toThrow(/wrong ID_NUMBER_KEY/);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await db.drop();
    }
  });
});

describeEachDatabase('migration 5 on a database of the previous version', (dialect) => {
  let api: TestApi;
  /** The plain numbers as the previous version stored them, by petitioner id. */
  const plainById = new Map<number, string>();

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 400 });
    const ds = api.dataSource;
    // Back to migration 4: what a database of the previous version looks like (plain numbers).
    const index = ds.migrations.findIndex((m) => m.name === MIGRATION_5);
    for (let i = ds.migrations.length - 1; i >= index; i--) await ds.undoLastMigration();
    // More rows than one batch of the migration (10,000), written the way the previous version did.
    const insert =
      dialect === 'postgres'
        ? `INSERT INTO petitioner (name, phone, id_number, village_code)
             SELECT '张某', '13900000000', '6403021980010' || lpad(n::text, 5, '0'),
                    (SELECT min(code) FROM village)
               FROM generate_series(1, 10200) AS n`
        : `WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 10200)
           INSERT INTO petitioner (name, phone, id_number, village_code)
             SELECT '张某', '13900000000', '6403021980010' || printf('%05d', n),
                    (SELECT min(code) FROM village) FROM s`;
    await ds.query(insert);
    const rows: { id: number | string; id_number: string }[] = await ds.query(
      'SELECT id, id_number FROM petitioner',
    );
    for (const r of rows) plainById.set(Number(r.id), r.id_number);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('starts from plain numbers without a hash column', async () => {
    expect(plainById.size).toBeGreaterThan(10_200);
    expect([...plainById.values()].filter((v) => !PLAIN_ID.test(v))).toEqual([]);
    const columns: { name: string }[] =
      dialect === 'postgres'
        ? await api.dataSource.query(
            `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'petitioner'`,
          )
        : await api.dataSource.query(`SELECT name FROM pragma_table_info('petitioner')`);
    expect(columns.map((c) => c.name)).not.toContain('id_number_hash');
  });

  it('encrypts every existing number, sets its hash and replaces the index', async () => {
    await api.dataSource.runMigrations({ transaction: 'each' });
    const rows = await storedPetitioners(api.dataSource);
    expect(rows).toHaveLength(plainById.size);
    for (const r of rows) {
      expect(r.id_number).not.toMatch(PLAIN_ID);
      expect(api.idNumbers.decrypt(r.id_number)).toBe(plainById.get(r.id));
      expect(r.id_number_hash).toBe(api.idNumbers.hash(plainById.get(r.id)!));
    }
    const indexes: { name: string }[] =
      dialect === 'postgres'
        ? await api.dataSource.query(
            `SELECT indexname AS name FROM pg_indexes WHERE tablename = 'petitioner'`,
          )
        : await api.dataSource.query(
            `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'petitioner'`,
          );
    const names = indexes.map((i) => i.name);
    expect(names).toContain('idx_petitioner_id_number_hash');
    expect(names).not.toContain('idx_petitioner_id_number');
  });

  it('refuses a petitioner written without a hash', async () => {
    // PostgreSQL: NOT NULL after the backfill; SQLite: the triggers on the column's empty default.
    const insert = api.dataSource.query(
      `INSERT INTO petitioner (name, phone, id_number, village_code)
         VALUES ('李某', '13900000001', 'v1.x', (SELECT min(code) FROM village))`,
    );
    await expect(insert).rejects.toThrow(/id_number_hash/);
  });

  it('still shows the ID number masked through GraphQL (6403**********1234)', async () => {
    const links: { case_id: number | string; petitioner_id: number | string }[] = await api.dataSource.query(
      `SELECT cp.case_id, cp.petitioner_id FROM case_petitioner cp
         JOIN petition_case c ON c.id = cp.case_id
        WHERE c.matter_type <> 'ACCUSATION' ORDER BY cp.case_id LIMIT 1`,
    );
    const link = links[0]!;
    await api.auth.createUser({ username: 'analyst5', role: Role.ANALYST });
    const token = (await api.auth.tokenFor('analyst5', 600)).token;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ case(id: "${link.case_id}") { petitioners { id idNumber } } }` }),
    });
    const body = (await response.json()) as {
      data?: { case: { petitioners: { id: string; idNumber: string }[] } };
      errors?: unknown;
    };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const shown = body.data!.case.petitioners.find((p) => Number(p.id) === Number(link.petitioner_id))!;
    const plain = plainById.get(Number(link.petitioner_id))!;
    expect(shown.idNumber).toBe(maskIdNumber(plain));
    expect(shown.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
  });
});
