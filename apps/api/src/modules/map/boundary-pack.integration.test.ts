// Boundary packs over HTTP and GraphQL: an administrator's PUT /boundaries (checked, normalized, logged),
// read back by every role, the wall included; other roles and bad packs change nothing; a load moves
// the data version so no cached answer outlives it; removeBoundaryPack.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { readDataVersion } from '../../db/data-version.js';
import { startTestApi, TEST_USER, type TestApi } from '../../test/api.js';
import { putBoundaryPack, syntheticPack, type SyntheticPack } from '../../test/boundary-pack.fixtures.js';
import { describeEachDatabase } from '../../test/databases.js';

const READ = '{ boundaryPack { name sha256 townships villages loadedAt geojson } }';

interface Pack {
  name: string;
  sha256: string;
  townships: number;
  villages: number;
  loadedAt: string;
  geojson: { type: string; features: { properties: Record<string, string>; geometry: { type: string } }[] };
}

describeEachDatabase('boundary packs', (dialect) => {
  let api: TestApi;
  const headers: Partial<Record<Role, Record<string, string>>> = {};
  let townships: { code: string }[];
  /** The township whose villages the first pack holds, and those villages. */
  let chosen: string;
  let chosenVillages: string[];
  let firstPack: SyntheticPack;
  let firstSha: string;

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2022-06-30', casesPerYear: 100 });
    for (const role of [Role.ANALYST, Role.CLERK, Role.DISPLAY]) {
      const username = `b-${role.toLowerCase()}`;
      await api.auth.createUser({ username, role });
      headers[role] = await api.headersOf(username);
    }
    townships = await api.dataSource.query('SELECT code FROM township ORDER BY code');
    const [busiest] = await api.dataSource.query(
      'SELECT township_code FROM village GROUP BY township_code ORDER BY COUNT(*) DESC, township_code LIMIT 1',
    );
    chosen = busiest.township_code;
    chosenVillages = (
      await api.dataSource.query(`SELECT code FROM village WHERE township_code = '${chosen}' ORDER BY code`)
    ).map((v: { code: string }) => v.code);
    firstPack = await syntheticPack(api.dataSource, [chosen]);
  });
  afterAll(() => api?.stop());

  const readAs = async (h: Record<string, string>) => {
    const answer = await api.graphqlAs<{ boundaryPack: Pack | null }>(h, READ);
    expect(answer.errors).toBeUndefined();
    return { pack: answer.data!.boundaryPack, cache: answer.headers.get('x-lianxin-cache') };
  };
  const accessLog = async () =>
    (await api.dataSource.query(
      `SELECT username, role, action, case_id, fields, detail FROM access_log
        WHERE action IN ('BOUNDARY_LOAD', 'BOUNDARY_REMOVE') ORDER BY id`,
    )) as { username: string; role: string; action: string; case_id: null; fields: string; detail: string }[];

  it('starts with none: boundaryPack is null for every role', async () => {
    for (const h of [api.authHeaders, headers.ANALYST!, headers.DISPLAY!])
      expect((await readAs(h)).pack).toBeNull();
  });

  it('loads an administrator’s pack and serves it, normalized, to ADMIN, ANALYST and the wall', async () => {
    const put = await putBoundaryPack(api, api.authHeaders, JSON.stringify(firstPack), '区界 2024');
    expect(put.status).toBe(200);
    expect(put.body).toEqual({
      name: '区界 2024',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      townships: townships.length,
      villages: chosenVillages.length,
      loadedAt: expect.any(String),
    });
    firstSha = put.body.sha256 as string;
    const expectedCodes = [...townships.map((t) => t.code), ...chosenVillages].sort();
    for (const h of [api.authHeaders, headers.ANALYST!, headers.DISPLAY!]) {
      const { pack } = await readAs(h);
      expect(pack).toMatchObject({
        name: '区界 2024',
        sha256: firstSha,
        townships: townships.length,
        villages: chosenVillages.length,
        loadedAt: put.body.loadedAt,
      });
      expect(pack!.geojson.type).toBe('FeatureCollection');
      expect(pack!.geojson.features.map((f) => f.properties.code)).toEqual(expectedCodes);
      // The file's name and fill are gone; each feature says its level and township.
      const village = pack!.geojson.features.find((f) => f.properties.code === chosenVillages[0])!;
      expect(village.properties).toEqual({ code: chosenVillages[0], level: 'VILLAGE', townshipCode: chosen });
      expect(pack!.geojson.features.find((f) => f.properties.code === chosen)!.properties).toEqual({
        code: chosen,
        level: 'TOWNSHIP',
        townshipCode: chosen,
      });
    }
    const admin = await api.graphql<{ boundaryPack: { loadedBy: string } }>('{ boundaryPack { loadedBy } }');
    expect(admin.data!.boundaryPack.loadedBy).toBe(TEST_USER);
    // Who loaded it is an administrator's to read, as who set a KPI target is.
    const byWall = await api.graphqlAs(headers.DISPLAY!, '{ boundaryPack { loadedBy } }');
    expect(byWall.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(await accessLog()).toEqual([
      {
        username: TEST_USER,
        role: 'ADMIN',
        action: 'BOUNDARY_LOAD',
        case_id: null,
        fields: '',
        detail: JSON.stringify({
          boundaryPack: {
            name: '区界 2024',
            sha256: firstSha,
            townships: townships.length,
            villages: chosenVillages.length,
          },
        }),
      },
    ]);
  });

  it('refuses other roles (403), anonymous callers (401), other origins and content types, changing nothing', async () => {
    const body = JSON.stringify(await syntheticPack(api.dataSource));
    for (const role of [Role.ANALYST, Role.CLERK, Role.DISPLAY]) {
      const put = await putBoundaryPack(api, headers[role]!, body);
      expect(put, role).toEqual({
        status: 403,
        body: {
          errors: [
            { message: `loading boundaries is not for the role ${role}`, extensions: { code: 'FORBIDDEN' } },
          ],
        },
      });
    }
    expect(await putBoundaryPack(api, {}, body)).toMatchObject({
      status: 401,
      body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    expect(
      await putBoundaryPack(api, { ...api.authHeaders, origin: 'http://evil.example' }, body),
    ).toMatchObject({
      status: 403,
      body: { errors: [{ extensions: { code: 'CROSS_SITE_REQUEST' } }] },
    });
    expect(await putBoundaryPack(api, api.authHeaders, body, 'x', 'text/plain')).toMatchObject({
      status: 415,
      body: { errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] },
    });
    expect(await putBoundaryPack(api, api.authHeaders, body, '  ')).toMatchObject({
      status: 400,
      body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'name' } }] },
    });
    const { pack } = await readAs(api.authHeaders);
    expect([pack!.sha256, pack!.villages]).toEqual([firstSha, chosenVillages.length]);
    expect(await accessLog()).toHaveLength(1);
  });

  it('refuses a bad pack with its problems (400) or an oversized one (413), keeping the pack loaded', async () => {
    const bad = await syntheticPack(api.dataSource, [chosen]);
    // A missing township, half of a township's villages, an unknown code and a bow-tie.
    const townshipCodes = new Set(townships.map((t) => t.code));
    const [missing] = bad.features.splice(
      bad.features.findIndex(
        (f) => f.properties.code !== chosen && townshipCodes.has(f.properties.code as string),
      ),
      1,
    );
    bad.features = bad.features.filter((f) => f.properties.code !== chosenVillages[0]);
    bad.features.push({
      type: 'Feature',
      properties: { code: '640302999999' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106, 37],
            [106.01, 37.01],
            [106.01, 37],
            [106, 37.01],
            [106, 37],
          ],
        ],
      },
    });
    const put = await putBoundaryPack(api, api.authHeaders, JSON.stringify(bad));
    expect(put.status).toBe(400);
    const [error] = put.body.errors as { message: string; extensions: Record<string, unknown> }[];
    const last = bad.features.length - 1;
    expect(error!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'body',
      problemCount: 4,
      problems: [
        {
          feature: last,
          code: '640302999999',
          message: `feature ${last} (640302999999): code 640302999999 is no township or village of the district`,
        },
        {
          feature: last,
          code: '640302999999',
          message: `feature ${last} (640302999999): ring 0 crosses itself at (106.005, 37.005)`,
        },
        {
          code: missing!.properties.code,
          message: expect.stringMatching(/has no feature: every township is needed$/),
        },
        {
          code: chosen,
          message: expect.stringMatching(new RegExp(`Missing: ${chosenVillages[0]}$`)),
        },
      ],
    });
    const many = JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: 20_001 }, () => ({})),
    });
    expect(await putBoundaryPack(api, api.authHeaders, many)).toMatchObject({
      status: 413,
      body: { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 'features', max: 20_000 } }] },
    });
    const huge = `{"type":"FeatureCollection","features":[]}${' '.repeat(32 * 1024 * 1024)}`;
    expect(await putBoundaryPack(api, api.authHeaders, huge, 'x', 'application/json')).toMatchObject({
      status: 413,
      body: { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 'bytes' } }] },
    });
    expect((await readAs(api.authHeaders)).pack!.sha256).toBe(firstSha);
    expect(await accessLog()).toHaveLength(1);
  });

  it('writes the pack, its log row and the data version together: a failed write leaves all three', async () => {
    const version = await readDataVersion(api.dataSource.manager);
    // The access-log insert fails inside the load's transaction.
    await api.dataSource.query('ALTER TABLE access_log RENAME TO access_log_away');
    try {
      const put = await putBoundaryPack(
        api,
        api.authHeaders,
        JSON.stringify(await syntheticPack(api.dataSource)),
      );
      expect(put.status).toBe(500);
    } finally {
      await api.dataSource.query('ALTER TABLE access_log_away RENAME TO access_log');
    }
    expect(await readDataVersion(api.dataSource.manager)).toBe(version);
    const { pack } = await readAs(api.authHeaders);
    expect([pack!.sha256, pack!.villages]).toEqual([firstSha, chosenVillages.length]);
  });

  it('never serves a cached boundaryPack after a new load', async () => {
    await readAs(headers.DISPLAY!);
    const cached = await readAs(headers.DISPLAY!);
    expect([cached.cache, cached.pack!.sha256]).toEqual(['hit', firstSha]);
    const put = await putBoundaryPack(
      api,
      api.authHeaders,
      JSON.stringify(await syntheticPack(api.dataSource)),
      '乡镇界',
    );
    expect(put.status).toBe(200);
    expect(put.body.sha256).not.toBe(firstSha);
    const after = await readAs(headers.DISPLAY!);
    expect(after.cache).toBe('miss');
    expect(after.pack).toMatchObject({
      name: '乡镇界',
      sha256: put.body.sha256,
      townships: townships.length,
      villages: 0,
    });
    expect(after.pack!.geojson.features.map((f) => f.properties.level)).toEqual(
      townships.map(() => 'TOWNSHIP'),
    );
  });

  it('removes the pack for administrators only (removeBoundaryPack), logged; then boundaryPack is null', async () => {
    const remove = 'mutation { removeBoundaryPack }';
    const byAnalyst = await api.graphqlAs(headers.ANALYST!, remove);
    expect(byAnalyst.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const { pack: loaded } = await readAs(headers.DISPLAY!);
    expect(loaded).not.toBeNull();
    expect((await api.graphql<{ removeBoundaryPack: boolean }>(remove)).data).toEqual({
      removeBoundaryPack: true,
    });
    for (const h of [api.authHeaders, headers.DISPLAY!]) expect((await readAs(h)).pack).toBeNull();
    expect((await api.graphql(remove)).data).toEqual({ removeBoundaryPack: false });
    const log = await accessLog();
    expect(log.map((r) => r.action)).toEqual(['BOUNDARY_LOAD', 'BOUNDARY_LOAD', 'BOUNDARY_REMOVE']);
    expect(JSON.parse(log[2]!.detail)).toEqual({
      boundaryPack: { name: '乡镇界', sha256: loaded!.sha256, townships: townships.length, villages: 0 },
    });
  });
});
