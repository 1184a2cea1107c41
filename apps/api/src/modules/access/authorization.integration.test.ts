// The authorization matrix, generated from the committed schema: every role × every query, mutation
// and field (each field reached through its shortest path from Query; personal-data fields through
// every path up to five levels deep), checked against the one rule table (field-rules.ts). A field
// without a rule fails here first.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import {
  allowed,
  authorizationSuite,
  codes,
  everyPath,
  EVERYONE,
  displayArgs,
  fieldArgs,
  inBatches,
  queryOf,
  requiredArgsMissing,
  resolvedSomewhere,
  ruledTypes,
  schema,
  shortestPaths,
  type Data,
} from '../../test/authorization.fixtures.js';
import { TEST_USER } from '../../test/api.js';
import { describeEachDatabase } from '../../test/databases.js';
import { FIELD_RULES, ruleOf } from './field-rules.js';

describe('the rule table', () => {
  it('has a rule for every field of every object type, and none for fields that do not exist', () => {
    const missing: string[] = [];
    const stale: string[] = [];
    for (const typeName of ruledTypes()) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      for (const field of Object.keys(type.getFields())) {
        if (!ruleOf(typeName, field)) missing.push(`${typeName}.${field}`);
      }
    }
    for (const [typeName, fields] of Object.entries(FIELD_RULES)) {
      const type = schema.getType(typeName);
      for (const field of Object.keys(fields)) {
        if (!isObjectType(type) || !type.getFields()[field]) stale.push(`${typeName}.${field}`);
      }
    }
    expect(missing, 'fields without an access rule: add them to field-rules.ts').toEqual([]);
    expect(stale, 'rules for fields that no longer exist').toEqual([]);
  });

  it('keeps personal data and case detail away from the wall screen and anonymous callers', () => {
    for (const field of ['name', 'phone', 'idNumber']) {
      expect(ruleOf('Petitioner', field)).toMatchObject({ personal: true });
      expect(ruleOf('Petitioner', field)!.roles).not.toContain(Role.DISPLAY);
    }
    for (const field of Object.keys(FIELD_RULES.Case!)) {
      expect(ruleOf('Case', field)!.roles).not.toContain(Role.DISPLAY);
    }
  });
});

describeEachDatabase('authorization matrix', (dialect) => {
  const suite = authorizationSuite(dialect);
  const { headers } = suite;

  it('answers every query and field through its shortest path as the rules say, for every role', async () => {
    const args = fieldArgs(suite.fx);
    const wallArgs = displayArgs(suite.fx);
    const paths = shortestPaths();
    const problems: string[] = [];
    const tasks: (() => Promise<void>)[] = [];
    // Mutations are checked below; the subscription's types over WebSocket in live.integration.test.ts.
    const overHttp = ruledTypes().filter(
      (t) => !['Mutation', 'Subscription', 'ChangeNotice', 'EarlyWarningNotice'].includes(t),
    );
    for (const typeName of overHttp) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      const path = paths.get(typeName);
      if (!path) {
        problems.push(`${typeName}: no path from Query`);
        continue;
      }
      for (const leaf of Object.values(type.getFields())) {
        if (requiredArgsMissing(leaf, typeName, args)) {
          problems.push(`${typeName}.${leaf.name}: needs an argument fixture`);
          continue;
        }
        for (const who of EVERYONE) {
          const query = queryOf(path, leaf, typeName, who === Role.DISPLAY ? wallArgs : args);
          tasks.push(async () => {
            const answer = await suite.api.graphqlAs(headers[who], query);
            const expectAllowed = allowed(who, path, typeName, leaf.name);
            const got = codes(answer);
            if (expectAllowed) {
              if (got.length > 0) problems.push(`${who} ${query}: expected data, got ${got.join(',')}`);
              else if (!resolvedSomewhere(answer.data, leaf.name))
                problems.push(`${who} ${query}: allowed but never resolved (empty fixture?)`);
            } else {
              const expected = who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
              if (!got.includes(expected))
                problems.push(`${who} ${query}: expected ${expected}, got ${JSON.stringify(answer.data)}`);
            }
          });
        }
      }
    }
    await inBatches(tasks);
    expect(problems).toEqual([]);
    expect(tasks.length).toBeGreaterThan(1000);
  }, 300_000);

  it('guards personal data on every path that reaches a petitioner (a village’s cases’ petitioners …)', async () => {
    const args = fieldArgs(suite.fx);
    const paths = everyPath('Petitioner', 6).filter((path) =>
      path.every(
        (s) =>
          !requiredArgsMissing(
            (
              schema.getType(s.type) as never as {
                getFields(): Record<string, GraphQLField<unknown, unknown>>;
              }
            ).getFields()[s.field]!,
            s.type,
            args,
          ),
      ),
    );
    expect(paths.length).toBeGreaterThan(20);
    const petitioner = schema.getType('Petitioner');
    if (!isObjectType(petitioner)) throw new Error('no Petitioner type');
    const problems: string[] = [];
    const tasks: (() => Promise<void>)[] = [];
    for (const path of paths) {
      for (const leaf of ['name', 'idNumber'].map((f) => petitioner.getFields()[f]!)) {
        const query = queryOf(path, leaf, 'Petitioner', args);
        for (const who of EVERYONE) {
          tasks.push(async () => {
            const answer = await suite.api.graphqlAs(headers[who], query);
            const expectAllowed = allowed(who, path, 'Petitioner', leaf.name);
            const got = codes(answer);
            if (expectAllowed && got.length > 0) problems.push(`${who} ${query}: ${got.join(',')}`);
            // Refused, or never reached (a null link on the way, e.g. a bucket's category when not grouped by it).
            const refused = got.includes(who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
            if (!expectAllowed && !refused && resolvedSomewhere(answer.data, leaf.name))
              problems.push(`${who} ${query}: not refused`);
          });
        }
      }
    }
    await inBatches(tasks);
    expect(problems).toEqual([]);
  }, 300_000);

  it('shows petitioners in full to ADMIN, CLERK and the leader in charge, masked to ANALYST, never to DISPLAY', async () => {
    const plain: { name: string; phone: string; id_number: string }[] = await suite.api.dataSource.query(
      `SELECT p.name, p.phone, p.id_number FROM petitioner p JOIN case_petitioner cp ON cp.petitioner_id = p.id
        WHERE cp.case_id = ${suite.fx.caseId} ORDER BY p.id`,
    );
    const full = plain.map((p) => ({
      name: p.name,
      phone: p.phone,
      idNumber: suite.api.idNumbers.decrypt(p.id_number),
    }));
    const fields = 'petitioners { name phone idNumber }';
    // Three ways to one case: directly, through its leader's cases, through its village's cases.
    const ways = [
      `{ case(id: ${suite.fx.caseId}) { ${fields} } }`,
      `{ leader(id: ${suite.fx.leaderId}) { cases(first: 200, filter: { villageCodes: ["${suite.fx.villageCode}"] }) { edges { node { id ${fields} } } } } }`,
      `{ village(code: "${suite.fx.villageCode}") { cases(first: 200, filter: { leaderIds: [${suite.fx.leaderId}] }) { edges { node { id ${fields} } } } } }`,
    ];
    const petitionersOf = (data: unknown): unknown => {
      const d = data as Data;
      if (d.case) return d.case.petitioners;
      const edges = (d.leader ?? d.village).cases.edges as { node: { id: string; petitioners: unknown } }[];
      return edges.find((e) => Number(e.node.id) === suite.fx.caseId)?.node.petitioners;
    };
    for (const query of ways) {
      for (const who of [Role.ADMIN, Role.CLERK, Role.LEADER] as const) {
        const answer = await suite.api.graphqlAs(headers[who], query);
        expect(answer.errors, who).toBeUndefined();
        expect(petitionersOf(answer.data), `${who} ${query}`).toEqual(full);
      }
      const analyst = await suite.api.graphqlAs(headers[Role.ANALYST], query);
      const masked = petitionersOf(analyst.data) as typeof full;
      expect(masked).toHaveLength(full.length);
      masked.forEach((m, i) => {
        expect(m.name).toBe(`${full[i]!.name[0]}${'某'.repeat(full[i]!.name.length - 1)}`);
        expect(m.phone).toBe(`${full[i]!.phone.slice(0, 3)}****${full[i]!.phone.slice(-4)}`);
        expect(m.idNumber).toBe(`${full[i]!.idNumber.slice(0, 4)}**********${full[i]!.idNumber.slice(-4)}`);
      });
      expect(codes(await suite.api.graphqlAs(headers[Role.DISPLAY], query))).toContain('FORBIDDEN');
    }
    // Another leader's case: masked for this leader.
    const [foreign] = await suite.api.dataSource.query(
      `SELECT id FROM petition_case WHERE (leader_id IS NULL OR leader_id <> ${suite.fx.leaderId}) AND matter_type <> 'ACCUSATION' ORDER BY id LIMIT 1`,
    );
    const other = await suite.api.graphqlAs(
      headers[Role.LEADER],
      `{ case(id: ${foreign.id}) { petitioners { phone } } }`,
    );
    expect((other.data as Data).case.petitioners[0].phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('applies the rules to every mutation: writers get past authorization, the rest FORBIDDEN', async () => {
    const variables: Record<string, unknown> = {
      id: String(suite.fx.caseId),
      version: 999_999,
      leaderId: suite.fx.leaderId,
      approverLeaderId: suite.fx.leaderId,
      unitId: suite.fx.unitId,
      days: 5,
      kind: 'DOWN_VISIT',
      reason: 'x',
      note: 'x',
      text: 'x',
      outcome: 'EXPLAINED',
      satisfaction: 'SATISFIED',
      parties: ['x'],
      decisions: ['x'],
      repeatOfCode: suite.fx.otherCaseCode,
      deliveredOn: '2022-06-30',
      // A target over 100 % is refused after authorization, so nothing is set.
      kpi: 'TIMELY_ACCEPTANCE',
      targetPercent: 150,
      // headcount 0 is refused after authorization, so nothing is registered.
      input: {
        title: 'x',
        summary: 'x',
        matterType: 'APPEAL',
        categoryCode: 'IRRIGATION',
        channel: 'VISIT',
        villageCode: suite.fx.villageCode,
        headcount: 0,
        petitioners: [],
      },
    };
    const leaderSteps = new Set(['recordVisit', 'recordInstruction', 'superviseCase']);
    // Nothing to refuse after authorization: an administrator's succeeds (the fixture's pack goes).
    const takesNoInput = new Set(['removeBoundaryPack']);
    const mutation = schema.getMutationType()!;
    const problems: string[] = [];
    for (const field of Object.values(mutation.getFields())) {
      const args = field.args.filter((a) => isNonNullType(a.type) || a.name in variables);
      const missing = args.filter((a) => !(a.name in variables)).map((a) => a.name);
      if (missing.length) {
        problems.push(`${field.name}: no fixture for ${missing.join(', ')}`);
        continue;
      }
      const typeName = (t: GraphQLInputType): string =>
        isNonNullType(t) ? `${typeName(t.ofType)}!` : isListType(t) ? `[${typeName(t.ofType)}]` : t.name;
      // GraphQL has no empty parentheses, and a scalar answer no selection.
      const inParens = (list: string[]) => (list.length ? `(${list.join(', ')})` : '');
      const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
      const query = `mutation${inParens(args.map((a) => `$${a.name}: ${typeName(a.type)}`))} { ${field.name}${inParens(
        args.map((a) => `${a.name}: $${a.name}`),
      )}${selection} }`;
      const vars = Object.fromEntries(args.map((a) => [a.name, variables[a.name]]));
      for (const who of EVERYONE) {
        const answer = await suite.api.graphqlAs(headers[who], query, vars);
        const got = codes(answer);
        const byRule = who !== 'ANONYMOUS' && ruleOf('Mutation', field.name)!.roles.includes(who);
        const mayWrite = byRule && (who !== Role.LEADER || leaderSteps.has(field.name));
        const succeeded = Boolean(answer.data && (answer.data as Record<string, unknown>)[field.name]);
        if (succeeded && !(mayWrite && takesNoInput.has(field.name))) {
          problems.push(`${who} ${field.name}: unexpectedly succeeded`);
        } else if (mayWrite && got.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')) {
          problems.push(`${who} ${field.name}: refused (${got.join(',')})`);
        } else if (!mayWrite && !got.includes(who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN')) {
          problems.push(`${who} ${field.name}: not refused (${got.join(',')})`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Input types and enums are not rules' business, but a mutation with an unknown arg would hide here.
    expect(Object.values(schema.getTypeMap()).some((t) => isInputObjectType(t) || isEnumType(t))).toBe(true);
  }, 120_000);

  it('offers each role only the steps it may take (allowedSteps)', async () => {
    const query = `{ case(id: ${suite.fx.caseId}) { allowedSteps } }`;
    const stepsOf = async (who: Role) =>
      ((await suite.api.graphqlAs<Data>(headers[who], query)).data!.case.allowedSteps as string[]).sort();
    const all = await stepsOf(Role.ADMIN);
    expect(all.length).toBeGreaterThan(0);
    expect(await stepsOf(Role.CLERK)).toEqual(all);
    expect(await stepsOf(Role.LEADER)).toEqual(
      all.filter((s) => ['VISIT', 'INSTRUCTION', 'SUPERVISED'].includes(s)),
    );
    expect(await stepsOf(Role.ANALYST)).toEqual([]);
  });

  it('writes an access-log row for every unmasked read, cached or not, and none for masked ones', async () => {
    const count = async () =>
      Number(
        (
          await suite.api.dataSource.query(
            `SELECT COUNT(*) AS n FROM access_log WHERE case_id = ${suite.fx.caseId}`,
          )
        )[0].n,
      );
    const before = await count();
    const query = `query ReadPetitioner { case(id: ${suite.fx.caseId}) { petitioners { name phone } } }`;
    await suite.api.graphqlAs(headers[Role.CLERK], query);
    await suite.api.graphqlAs(headers[Role.CLERK], query);
    await suite.api.graphqlAs(headers[Role.ANALYST], query);
    expect(await count()).toBe(before + 2);
    const rows = await suite.api.dataSource.query(
      `SELECT username, role, action, fields, detail FROM access_log WHERE case_id = ${suite.fx.caseId} ORDER BY id DESC`,
    );
    expect(rows[0]).toMatchObject({
      username: 'clerk',
      role: 'CLERK',
      action: 'READ',
      fields: 'name,phone',
      detail: 'operation ReadPetitioner',
    });
    const log = await suite.api.graphql<{
      accessLog: { username: string; caseId: string; fields: string[] }[];
    }>(`{ accessLog(first: 1, caseId: ${suite.fx.caseId}) { username caseId fields } }`);
    expect(log.data!.accessLog[0]).toEqual({
      username: 'clerk',
      caseId: String(suite.fx.caseId),
      fields: ['name', 'phone'],
    });
    expect(TEST_USER).toBe('tester');
  });
});
