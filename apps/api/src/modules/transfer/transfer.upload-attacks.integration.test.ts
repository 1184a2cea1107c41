// The spreadsheet upload under attack (issue 11): a signed-in clerk's malformed uploads must not end the
// process (finding 1), and a small XLSX may not expand into gigabytes (finding 4). The exports under
// attack: transfer.export-attacks.integration.test.ts.
// Each test performs the attack against the real server. The clerk's files are dated in the last few days
// (an open month): the template's 2023 dates lie in closed months, which only an administrator's revision
// may change (issue 12, finding 9; see periods.integration.test.ts).
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { attackSuite, BOUNDARY, CLOSE, part, rawPost, type ErrorBody } from '../../test/transfer.fixtures.js';
import { deflatedZip, inlineRows, templateWith, templateXlsx } from './sheet-fixtures.js';

describeEachDatabase('spreadsheet endpoints under attack: uploads', (dialect) => {
  const suite = attackSuite(dialect);
  const { upload, stillServing } = suite;

  describe('finding 1: a malformed upload is answered 400 and the server keeps serving', () => {
    const multipart = (): Record<string, string> => ({
      ...suite.clerk,
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
    });

    it('a body that ends without its closing boundary ("Unexpected end of form")', async () => {
      const body = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="cut.csv"\r\nContent-Type: text/csv\r\n\r\n案件编号,标题\r\n`;
      const answer = await rawPost(
        `${suite.api.url}/import/cases`,
        {
          ...multipart(),
          'content-length': String(Buffer.byteLength(body)),
        },
        [body],
      );
      expect(answer!.status).toBe(400);
      const error = (JSON.parse(answer!.body) as ErrorBody).errors[0]!;
      expect(error.extensions).toEqual({ code: 'BAD_REQUEST', field: 'file' });
      expect(error.message).toMatch(
        /^(the upload is incomplete|malformed multipart body): Unexpected end of/,
      );
      await stillServing();
    });

    it.each<[string, string, RegExp]>([
      [
        'the same, sent chunked',
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="cut.csv"\r\n\r\nabc`,
        /Unexpected end of/,
      ],
      [
        'a part header that never ends',
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"`,
        /Unexpected end of form|Malformed part header/,
      ],
      [
        'a part header over 16 KB (malformed)',
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${'x'.repeat(20_000)}"\r\n\r\nabc\r\n${CLOSE}`,
        /Malformed part header/,
      ],
      [
        'a file part without a name',
        part('form-data; filename="a.csv"', 'a,b') + CLOSE,
        /^unexpected file part without a name: send the sheet as "file"$/,
      ],
      [
        'a file part under another name',
        part('form-data; name="sheet"; filename="a.csv"', 'a,b') + CLOSE,
        /^unexpected file part "sheet"/,
      ],
      [
        'two files',
        part('form-data; name="file"; filename="a.csv"', 'a,b') +
          part('form-data; name="file"; filename="b.csv"', 'a,b') +
          CLOSE,
        /^send one file per import$/,
      ],
      [
        'a flood of fields',
        Array.from({ length: 50 }, (_, i) => part(`form-data; name="f${i}"`, 'x', 'text/plain')).join('') +
          CLOSE,
        /^more than 10 form fields$/,
      ],
      [
        'no file at all',
        part('form-data; name="note"', 'x', 'text/plain') + CLOSE,
        /^no multipart field "file"$/,
      ],
    ])('%s', async (_what, body, message) => {
      // Chunked (no Content-Length): the request ends where the body does.
      const answer = await rawPost(`${suite.api.url}/import/cases`, multipart(), [body]);
      expect(answer!.status).toBe(400);
      const error = (JSON.parse(answer!.body) as ErrorBody).errors[0]!;
      expect(error.extensions.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(message);
      await stillServing();
    });

    it('a body that is not multipart, or multipart without a boundary', async () => {
      for (const type of ['text/csv', 'multipart/form-data']) {
        const answer = await rawPost(
          `${suite.api.url}/import/cases`,
          { ...suite.clerk, 'content-type': type },
          ['a,b'],
        );
        expect(answer!.status).toBe(400);
        const error = (JSON.parse(answer!.body) as ErrorBody).errors[0]!;
        expect(error.extensions.code).toBe('BAD_REQUEST');
        expect(error.message).toMatch(/^expected multipart\/form-data/);
      }
      await stillServing();
    });

    it('a client that goes away mid-upload', async () => {
      const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\n`;
      const answer = await rawPost(
        `${suite.api.url}/import/cases`,
        { ...multipart(), 'content-length': String(10 * 1024 * 1024) },
        [head, 'x'.repeat(64 * 1024), 'never sent'],
        2,
      );
      expect(answer).toBeNull();
      await stillServing();
    });

    it('a file over 50 MB is answered 413', async () => {
      const response = await upload(suite.clerk, Buffer.alloc(50 * 1024 * 1024 + 1, 0x61), 'huge.csv');
      expect(response.status).toBe(413);
      const error = ((await response.json()) as ErrorBody).errors[0]!;
      expect(error).toEqual({
        message: 'file larger than 50 MB',
        extensions: { code: 'PAYLOAD_TOO_LARGE', field: 'file' },
      });
      await stillServing();
    });
  });

  describe('finding 4: a small XLSX that unzips to 60 MB is refused before it is parsed', () => {
    it('answers 413 naming the limit, and a normal XLSX import still works', async () => {
      const bomb = deflatedZip(
        await templateWith((rows) => rows + inlineRows(15_000, '村民反映'.repeat(25))),
      );
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      const response = await upload(suite.clerk, bomb, 'bomb.xlsx');
      expect(response.status).toBe(413);
      const error = ((await response.json()) as ErrorBody).errors[0]!;
      // "declares": refused on the zip directory's sizes, before a byte was inflated.
      expect(error.message).toMatch(/^the workbook declares more than 20 MB of content once unzipped/);
      expect(error.extensions).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        field: 'file',
        limit: 'xlsxInflatedBytes',
        max: 20 * 1024 * 1024,
      });
      const normal = await upload(suite.clerk, templateXlsx(), 'template.xlsx');
      // The template's second row is in 扁担沟镇, outside this clerk's area: refused as a row, not a file.
      expect(normal.status).toBe(422);
      expect(await normal.json()).toMatchObject({ rows: 2, valid: 1, rejected: 1 });
      // Its valid row is dated June 2023, a closed month: the clerk's partial import is refused whole,
      // the administrator's with a reason goes in as a revision — the workbook read fine both times.
      const cases = async () =>
        Number(
          (
            (await suite.api.dataSource.query('SELECT count(*) AS n FROM petition_case')) as { n: unknown }[]
          )[0]!.n,
        );
      const before = await cases();
      const closed = await upload(suite.clerk, templateXlsx(), 'template.xlsx', '?partial=1');
      expect(closed.status).toBe(403);
      expect(((await closed.json()) as ErrorBody).errors[0]!.extensions).toMatchObject({
        code: 'PERIOD_CLOSED',
        // Received, closed and rated in June; its statutory due date (60 days) in August.
        months: ['2023-06', '2023-08'],
      });
      expect(await cases()).toBe(before);
      const revised = await upload(
        suite.admin,
        templateXlsx(),
        'template.xlsx',
        '?partial=1&reason=paper%20files',
      );
      expect(revised.status).toBe(200);
      expect(await revised.json()).toMatchObject({ imported: 2, committed: true });
    });
  });
});
