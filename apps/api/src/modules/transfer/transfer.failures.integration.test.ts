// When an import or a route fails: the import CLI killed mid-write leaves nothing behind and the same
// import then succeeds (PostgreSQL), and an error no route expected answers a typed JSON 500 without its
// detail (Express 5 passes rejected handlers on).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import type { DialectDataSource } from '../../db/data-source.js';
import { dialectOf } from '../../db/dialect.js';
import { pgAvailable, type TestDatabase } from '../../test/databases.js';
import {
  apiDir,
  count,
  emptyDistrict,
  ID_NUMBER_KEY,
  REASON,
  revisions,
  templateRows,
  withCell,
} from '../../test/transfer.fixtures.js';
import type { AuthUser } from '../auth/auth.service.js';
import { writeSheet } from './sheet-io.js';
import { createTransferRouter } from './transfer.router.js';

describe.skipIf(!pgAvailable)('case import crash safety [postgres]', () => {
  let target: { db: TestDatabase; ds: DialectDataSource };
  let file: string;
  /** The template's two 2023 rows. */
  let few: string;
  beforeAll(async () => {
    // The child runs the built CLI: build it from these sources. Type errors elsewhere in the app do
    // not stop tsc from emitting, so only a missing CLI fails the test.
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: apiDir, stdio: 'ignore' });
    expect(fs.existsSync(path.join(apiDir, 'dist/modules/transfer/import-cli.js'))).toBe(true);
    target = await emptyDistrict('postgres');
    const { headers, rows } = templateRows();
    const many = Array.from({ length: 20_000 }, (_, i) =>
      withCell(rows[i % 2]!, '标题', `导入测试案件 ${i + 1}`),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-import-'));
    file = path.join(dir, 'many.csv');
    fs.writeFileSync(file, await writeSheet('csv', headers, many));
    few = path.join(dir, 'few.csv');
    fs.writeFileSync(few, await writeSheet('csv', headers, rows));
  });
  afterAll(async () => {
    await target?.ds.destroy();
    await target?.db.drop();
  });

  /** Runs the CLI on `args` (by default the big file, with a reason: 2023 is closed). */
  function runImport(
    onLine?: (line: string, kill: () => void) => void,
    args = [file, '--reason', REASON],
  ): Promise<{ code: number | null; signal: string | null; out: string }> {
    return new Promise((resolve) => {
      const child = spawn(
        'node',
        ['dist/modules/transfer/import-cli.js', ...args, '--database', target.db.config.url],
        {
          cwd: apiDir,
          // The suite's key, not a key file in the repository's data directory.
          env: { ...process.env, ID_NUMBER_KEY: ID_NUMBER_KEY.toString('base64') },
        },
      );
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        for (const line of chunk.toString().split('\n')) onLine?.(line, () => child.kill('SIGKILL'));
      });
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('exit', (code, signal) => resolve({ code, signal, out }));
    });
  }

  it('refuses cases of closed months without --reason, saying so, and writes nothing', async () => {
    const refused = await runImport(undefined, [few]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(
      /would change the KPIs of closed months \(2023-06, .*\).*\(pass --reason TEXT\)/,
    );
    expect(await count(target.ds, 'petition_case')).toBe(0);
    expect(await count(target.ds, 'period_revision')).toBe(0);
  });

  // Folding 20,000 cases through the step catalogue into their fact versions takes ~45 s on an idle
  // machine: the default 60 s is too tight when other suites share the CPU.
  it(
    'leaves nothing behind when killed mid-write, and the same import then succeeds',
    { timeout: 180_000 },
    async () => {
      expect(dialectOf(target.ds)).toBe('postgres');
      const killed = await runImport((line, kill) => {
        if (line.startsWith('written ')) kill();
      });
      expect(killed.signal).toBe('SIGKILL');
      expect(killed.out).toContain('written 5000/20000');
      expect(killed.out).not.toContain('imported');
      expect(await count(target.ds, 'petition_case')).toBe(0);
      expect(await count(target.ds, 'petitioner')).toBe(0);
      expect(await count(target.ds, 'case_event')).toBe(0);
      // The revision rows were in the import's transaction: gone with it.
      expect(await count(target.ds, 'period_revision')).toBe(0);

      const done = await runImport();
      expect(done.code).toBe(0);
      expect(done.out).toContain('imported 20000 of 20000 rows');
      expect(await count(target.ds, 'petition_case')).toBe(20_000);
      const codes: { min: string; max: string }[] = await target.ds.query(
        'SELECT min(code) AS min, max(code) AS max FROM petition_case',
      );
      expect(codes[0]).toEqual({ min: 'LT-2023-000001', max: 'LT-2023-020000' });
      // 2023 is closed: the command's --reason made the import a revision, named after the OS user.
      const revised = await revisions(target.ds);
      expect(revised.map((r) => r.month)).toEqual(expect.arrayContaining(['2023-06', '2023-07']));
      for (const r of revised)
        expect(r).toEqual({
          month: expect.stringMatching(/^2023-/),
          by: `cli:${os.userInfo().username}`,
          reason: REASON,
          source: 'many.csv',
        });
    },
  );
});

describe('errors no route expected (Express 5 passes rejected handlers on)', () => {
  /** The transfer router alone on a bare app, over dependencies that fail where a test says. */
  async function serve(deps: Partial<Parameters<typeof createTransferRouter>[0]>): Promise<{
    url: string;
    close(): Promise<void>;
  }> {
    const app = express();
    app.use(createTransferRouter(deps as Parameters<typeof createTransferRouter>[0]));
    const server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const { port } = server.address() as { port: number };
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }

  const someClerk: AuthUser = {
    id: 1,
    username: 'c',
    displayName: 'c',
    role: Role.CLERK,
    scope: {},
    leaderId: null,
    unitId: null,
  };
  const failingDatabase = {
    query: () => Promise.reject(new Error('connection refused: db.internal:5432')),
  } as unknown as DialectDataSource;

  it.each([
    ['the sign-in check throws', { userOf: () => Promise.reject(new Error('token store down')) }],
    ['the database fails during an import', { userOf: async () => someClerk, dataSource: failingDatabase }],
  ])('%s: a typed JSON 500 without the detail', async (_what, deps) => {
    const server = await serve(deps);
    try {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from('标题\r\nx\r\n')]), 'a.csv');
      const response = await fetch(`${server.url}/import/cases`, { method: 'POST', body: form });
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({
        errors: [
          { message: 'the request failed on the server', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      });
    } finally {
      await server.close();
    }
  });
});
