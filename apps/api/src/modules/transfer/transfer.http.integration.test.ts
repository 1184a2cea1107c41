// The spreadsheet routes: GET /export/cases.csv and .xlsx (filtered, masked for readers who may not see
// in full, refused to the wall), their filter's typed 400s, and POST /import/cases (a report, 422 for bad
// rows, 403 for closed months to a clerk, an administrator's revision with a reason). The helpers:
// test/transfer.fixtures.ts.
import { describe, expect, it } from 'vitest';
import { localDate, Role } from '@lianxin/domain';
import { loadConfig } from '../../config.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  clerkOf,
  count,
  emptyDistrict,
  exportToBuffer,
  idNumbers,
  REASON,
  revisions,
  templateRows,
  transferSuite,
  withCell,
} from '../../test/transfer.fixtures.js';
import { CASE_HEADERS } from './case-columns.js';
import { recentTemplateRows } from './sheet-fixtures.js';
import { readSheet, writeSheet } from './sheet-io.js';

describeEachDatabase('case spreadsheets', (dialect) => {
  const suite = transferSuite(dialect);

  describe('HTTP', () => {
    it('GET /export/cases.csv streams the filtered cases with an RFC 5987 file name', async () => {
      const filter = encodeURIComponent(JSON.stringify({ from: '2021-03-01', to: '2021-03-31' }));
      // As an administrator: everything, in full, like the direct export.
      const response = await fetch(`${suite.api.url}/export/cases.csv?filter=${filter}`, {
        headers: suite.api.authHeaders,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const day = localDate(new Date());
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="lianxin-cases-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`信访案件-${day}.csv`)}`,
      );
      const body = Buffer.from(await response.arrayBuffer());
      const direct = await exportToBuffer(suite.api.dataSource, 'csv', {
        from: '2021-03-01',
        to: '2021-03-31',
      });
      expect(body.equals(direct)).toBe(true);
    });

    it('GET /export/cases.xlsx answers a workbook', async () => {
      const response = await fetch(
        `${suite.api.url}/export/cases.xlsx?filter=${encodeURIComponent('{"statuses":["CLOSED"]}')}`,
        { headers: suite.clerk },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const sheet = await readSheet(Buffer.from(await response.arrayBuffer()), 'xlsx');
      expect(sheet.headers).toEqual(CASE_HEADERS);
      expect(new Set(sheet.rows.map((r) => r.cells[CASE_HEADERS.indexOf('状态')]))).toEqual(
        new Set(['已办结']),
      );
    });

    it('exports for case readers (masked where they may not see in full), imports for case workers only', async () => {
      expect((await fetch(`${suite.api.url}/export/cases.csv`)).status).toBe(401);
      await suite.api.auth.createUser({ username: 'analyst', role: Role.ANALYST });
      await suite.api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
      const analyst = await suite.api.headersOf('analyst');
      const filter = encodeURIComponent(JSON.stringify({ from: '2021-03-01', to: '2021-03-31' }));
      const masked = await fetch(`${suite.api.url}/export/cases.csv?filter=${filter}`, { headers: analyst });
      expect(masked.status).toBe(200);
      const sheet = await readSheet(Buffer.from(await masked.arrayBuffer()), 'csv');
      const phones = sheet.rows.flatMap((r) => r.cells[CASE_HEADERS.indexOf('联系电话')]!.split(/[;；、,]/));
      expect(phones.length).toBeGreaterThan(0);
      for (const phone of phones) expect(phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      const wall = await fetch(`${suite.api.url}/export/cases.csv`, {
        headers: await suite.api.headersOf('wall'),
      });
      expect(wall.status).toBe(403);
      const import403 = await fetch(`${suite.api.url}/import/cases`, {
        method: 'POST',
        headers: analyst,
        body: new FormData(),
      });
      expect(import403.status).toBe(403);
      expect(
        ((await import403.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
          .code,
      ).toBe('FORBIDDEN');
      const logged = await suite.api.dataSource.query(
        `SELECT username, action, case_id FROM access_log WHERE username = 'analyst'`,
      );
      expect(logged).toEqual([{ username: 'analyst', action: 'EXPORT', case_id: null }]);
    });

    it.each([
      ['not JSON', '{', 'BAD_USER_INPUT', 'filter'],
      ['a bad enum', '{"statuses":["DONE"]}', 'BAD_USER_INPUT', 'filter.statuses.0'],
      [
        'a period that ends before it starts',
        '{"from":"2021-05-01","to":"2021-04-01"}',
        'BAD_USER_INPUT',
        'filter.from',
      ],
      ['an unknown village', '{"villageCodes":["999"]}', 'VILLAGE_NOT_FOUND', 'filter.villageCodes'],
    ])('a filter with %s answers 400 with a typed code', async (_what, filter, code, field) => {
      const response = await fetch(`${suite.api.url}/export/cases.csv?filter=${encodeURIComponent(filter)}`, {
        headers: suite.clerk,
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        errors: { message: string; extensions: { code: string; field: string } }[];
      };
      expect(body.errors[0]!.extensions).toMatchObject({ code, field });
      expect(body.errors[0]!.message).toEqual(expect.any(String));
    });

    it('POST /import/cases imports an upload and answers its report; refuses a bad one with 422, closed months to a clerk with 403', async () => {
      const fresh = await emptyDistrict(dialect);
      const server = await (
        await import('../../server.js')
      ).startServer({ ...loadConfig({}), port: 0, host: '127.0.0.1', nodeEnv: 'test' }, fresh.ds, idNumbers);
      try {
        const uploader = await clerkOf(server.auth, 'uploader');
        await server.auth.createUser({ username: 'archivist', role: Role.ADMIN });
        const archivist = { authorization: `Bearer ${(await server.auth.tokenFor('archivist', 600)).token}` };
        const { headers, rows } = templateRows();
        const recent = recentTemplateRows().rows;
        const upload = async (file: Buffer, name: string, query = '', as = uploader) => {
          const form = new FormData();
          form.append('file', new Blob([file]), name);
          return fetch(`${server.url}/import/cases${query}`, {
            method: 'POST',
            body: form,
            headers: as,
          });
        };
        const errorOf = async (response: Response) =>
          ((await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] })
            .errors[0]!;

        // Rows are checked before months: a bad row is reported as such, whatever its dates.
        const bad = await upload(
          await writeSheet('xlsx', headers, [rows[0]!, withCell(rows[1]!, '满意度', '很好')]),
          'a.xlsx',
        );
        expect(bad.status).toBe(422);
        const badReport = (await bad.json()) as { errors: unknown[]; imported: number };
        expect(badReport.imported).toBe(0);
        expect(badReport.errors).toEqual([
          { row: 3, column: '满意度', message: 'unknown satisfaction "很好": allowed 满意/基本满意/不满意' },
        ]);

        // The template's 2023 rows lie in closed months: a clerk may not add them, partial or not.
        const closedPartial = await upload(
          await writeSheet('xlsx', headers, [rows[0]!, withCell(rows[1]!, '满意度', '很好')]),
          'a.xlsx',
          '?partial=1',
        );
        expect(closedPartial.status).toBe(403);
        expect((await errorOf(closedPartial)).extensions).toEqual({
          code: 'PERIOD_CLOSED',
          field: 'file',
          // The tree row: received, closed and rated in June; statutory due date (60 days) in August.
          months: ['2023-06', '2023-08'],
        });
        const closed = await upload(await writeSheet('csv', headers, [rows[1]!]), '吴家沟.csv');
        expect(closed.status).toBe(403);
        const closedError = await errorOf(closed);
        // Received and closed in July, rated in August, due (60 days) in September.
        expect(closedError.extensions).toMatchObject({
          code: 'PERIOD_CLOSED',
          months: ['2023-07', '2023-08', '2023-09'],
        });
        expect(closedError.message).toMatch(/only an administrator may import them/);
        expect(await count(fresh.ds, 'petition_case')).toBe(0);

        // The same rows dated in the last few days (an open month) are the clerk's to import.
        const partial = await upload(
          await writeSheet('xlsx', headers, [recent[0]!, withCell(recent[1]!, '满意度', '很好')]),
          'recent.xlsx',
          '?partial=1',
        );
        expect(partial.status).toBe(200);
        expect(await partial.json()).toMatchObject({ imported: 1, rejected: 1, committed: true });
        const ok = await upload(await writeSheet('csv', headers, [recent[1]!]), '吴家沟.csv');
        expect(ok.status).toBe(200);
        expect(await ok.json()).toMatchObject({ imported: 1, rejected: 0, committed: true, errors: [] });
        expect(await count(fresh.ds, 'petition_case')).toBe(2);
        expect(await count(fresh.ds, 'period_revision')).toBe(0);

        // An administrator adds the 2023 rows only with a reason, as a revision of each month they touch.
        const history = await writeSheet('csv', headers, rows);
        const noReason = await upload(history, 'archive.csv', '', archivist);
        expect(noReason.status).toBe(400);
        expect((await errorOf(noReason)).extensions).toMatchObject({
          code: 'REVISION_REASON_REQUIRED',
          field: 'reason',
          months: expect.arrayContaining(['2023-06', '2023-07']),
        });
        const blankReason = await upload(history, 'archive.csv', '?reason=%20%20', archivist);
        expect(blankReason.status).toBe(400);
        expect(await count(fresh.ds, 'petition_case')).toBe(2);
        const revised = await upload(
          history,
          'archive.csv',
          `?reason=${encodeURIComponent(REASON)}`,
          archivist,
        );
        expect(revised.status).toBe(200);
        expect(await revised.json()).toMatchObject({ imported: 2, committed: true, errors: [] });
        expect(await count(fresh.ds, 'petition_case')).toBe(4);
        const recorded = await revisions(fresh.ds);
        expect(recorded.map((r) => r.month)).toEqual(expect.arrayContaining(['2023-06', '2023-07']));
        for (const r of recorded)
          expect(r).toEqual({
            month: expect.stringMatching(/^2023-/),
            by: 'archivist',
            reason: REASON,
            source: 'archive.csv',
          });

        const none = await fetch(`${server.url}/import/cases`, {
          method: 'POST',
          body: new FormData(),
          headers: uploader,
        });
        expect(none.status).toBe(400);
        const wrongType = await upload(Buffer.from('x'), 'cases.txt');
        expect(wrongType.status).toBe(400);
      } finally {
        await server.stop();
        await fresh.ds.destroy();
        await fresh.db.drop();
      }
    });
  });
});
