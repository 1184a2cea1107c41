// bench:pages's context: today, the default period, and real ids to open (a township and category to
// filter by, cases, a leader), read from the seeded database and through the API.
import Database from 'better-sqlite3';
import pg from 'pg';
import { localDate } from '@lianxin/domain';
import { graphqlData } from './requests.mjs';
import { defaultPeriod } from './scenarios.mjs';
import { BenchError, DATABASE_URL } from './settings.mjs';

/** One row of a statement with `?` parameters, on the SQLite file or the PostgreSQL database. */
async function openReader(dbFile) {
  if (DATABASE_URL) {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    return {
      one: async (sql, ...params) => {
        let n = 0;
        return (
          await client.query(
            sql.replace(/\?/g, () => `$${++n}`),
            params,
          )
        ).rows[0];
      },
      version: async () => (await client.query('SHOW server_version')).rows[0].server_version,
      close: () => client.end(),
    };
  }
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  return {
    one: async (sql, ...params) => db.prepare(sql).get(...params),
    version: async () => db.prepare('SELECT sqlite_version() AS v').get().v,
    close: async () => db.close(),
  };
}

// ---------------------------------------------------------------- ids from the database

/** Today, the default period, and real ids: a township and category to filter by, cases, a leader. */
export async function context(api, tokens, dbFile) {
  const today = localDate(new Date());
  const period = defaultPeriod(today);
  const db = await openReader(dbFile);
  try {
    const { one } = db;
    const cases = Number((await one('SELECT COUNT(*) AS n FROM petition_case')).n);
    // The filter bar's usual pick: the busiest township and category of the period.
    const busiest = async (column) =>
      (
        await one(
          `SELECT ${column} AS code FROM petition_case WHERE received_on BETWEEN ? AND ?
         GROUP BY ${column} ORDER BY COUNT(*) DESC, ${column} LIMIT 1`,
          period.from,
          period.to,
        )
      ).code;
    const township = await busiest('township_code');
    const category = await busiest('category_code');
    // Cases every staff role may open: no accusation (an ANALYST is not cleared for them).
    const longest = await one(
      `SELECT e.case_id AS id, COUNT(*) AS events FROM case_event e JOIN petition_case c ON c.id = e.case_id
       WHERE c.matter_type <> 'ACCUSATION' GROUP BY e.case_id ORDER BY COUNT(*) DESC, e.case_id LIMIT 1`,
    );
    // The leader with the most cases in the period, and the township most of them are in.
    const leader = await one(
      `SELECT leader_id AS id FROM petition_case WHERE leader_id IS NOT NULL AND received_on BETWEEN ? AND ?
       GROUP BY leader_id ORDER BY COUNT(*) DESC, leader_id LIMIT 1`,
      period.from,
      period.to,
    );
    const leaderTownship = (
      await one(
        `SELECT township_code AS code FROM petition_case WHERE leader_id = ? AND received_on BETWEEN ? AND ?
         GROUP BY township_code ORDER BY COUNT(*) DESC, township_code LIMIT 1`,
        leader.id,
        period.from,
        period.to,
      )
    ).code;
    const serverVersion = await db.version();
    // The list's first row and the cursor of its second page, as each role sees the list.
    const firstPage = `query ($filter: CaseFilter!) { cases(filter: $filter, orderBy: { field: RECEIVED_AT, direction: DESC }, first: 50) {
      pageInfo { endCursor } edges { node { id code matterType } } } }`;
    const secondPageCursor = {};
    let newestCaseId = null;
    let newestCaseCode = null;
    for (const role of ['ADMIN', 'ANALYST']) {
      const data = await graphqlData(api, tokens[role], firstPage, {
        filter: { from: period.from, to: period.to },
      });
      secondPageCursor[role] = data.cases.pageInfo.endCursor;
      if (role === 'ANALYST') {
        newestCaseId = data.cases.edges[0]?.node.id ?? null;
        newestCaseCode = data.cases.edges[0]?.node.code ?? null;
      }
    }
    if (!newestCaseId || !longest || !leader)
      throw new BenchError('the seeded database has no cases to open');
    return {
      today,
      period,
      cases,
      serverVersion,
      township,
      category,
      newestCaseId,
      newestCaseCode,
      longestCaseId: String(longest.id),
      longestCaseEvents: Number(longest.events),
      leaderId: leader.id,
      leaderTownship,
      secondPageCursor,
    };
  } finally {
    await db.close();
  }
}
