// Issue 11, finding 12: the data directory and its files were readable by every local account.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '@lianxin/domain';
import { loadConfig } from './config.js';
import { ensurePrivateDir, InsecurePermissionsError } from './data-dir.js';
import { openDatabase } from './db/data-source.js';
import { start } from './main.js';
import { IdNumberCipher } from './modules/petitioner/id-number-cipher.js';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

/** Reads a file as the unprivileged `nobody` (only possible when the tests run as root); null when refused. */
function readAsNobody(file: string): string | null {
  const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'cat', file], {
    encoding: 'utf8',
  });
  return result.status === 0 ? result.stdout : null;
}

describe('private data directory', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A data directory as an older installation left it under umask 022: 0755, files 0644. */
  async function oldInstallation(): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-perm-'));
    dirs.push(dir);
    const key = randomBytes(32);
    fs.writeFileSync(path.join(dir, 'id-number-key'), key.toString('base64url'));
    fs.writeFileSync(path.join(dir, 'auth-secret'), randomBytes(48).toString('base64url'));
    const file = path.join(dir, 'lianxin.sqlite');
    const ds = await openDatabase({
      database: { dialect: 'sqlite', url: file },
      idNumbers: new IdNumberCipher(key),
    });
    await ds.destroy();
    fs.writeFileSync(path.join(dir, 'admin-password.txt'), 'an old first password\n');
    for (const name of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, name), 0o644);
    fs.chmodSync(dir, 0o755);
    return dir;
  }

  it('starts on a 0755 directory with a 0644 database: 0700 and 0600 after, -wal/-shm 0600, warned', async () => {
    const dir = await oldInstallation();
    const file = path.join(dir, 'lianxin.sqlite');
    if (process.getuid?.() === 0) {
      // The attack: another local account reads the database.
      expect(readAsNobody(file)).toContain('SQLite format 3');
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const started = await start(
      { ...loadConfig({ DATA_DIR: dir, SEED_IF_EMPTY: '0' }), port: 0, host: '127.0.0.1' },
      () => {},
    );
    try {
      // A write, so SQLite has its -wal and -shm open.
      await started.server.auth.createUser({ username: 'someone', role: Role.CLERK });
      expect(modeOf(dir)).toBe(0o700);
      for (const name of [
        'lianxin.sqlite',
        'lianxin.sqlite-wal',
        'lianxin.sqlite-shm',
        'auth-secret',
        'id-number-key',
        'admin-password.txt',
      ])
        expect([name, modeOf(path.join(dir, name))]).toEqual([name, 0o600]);
      expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain(
        `${dir} was open to other local users (mode 0755); changed it to 0700.`,
      );
      if (process.getuid?.() === 0) {
        expect(readAsNobody(file)).toBeNull();
        expect(readAsNobody(path.join(dir, 'lianxin.sqlite-wal'))).toBeNull();
      }
    } finally {
      await started.stop();
    }
  });

  it('creates a new data directory 0700 with 0600 files even under umask 022', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-perm-'));
    dirs.push(parent);
    const dir = path.join(parent, 'data');
    const umask = process.umask();
    expect(umask & 0o077).not.toBe(0o077); // the test process keeps the usual umask: nothing relies on it
    const started = await start(
      { ...loadConfig({ DATA_DIR: dir, SEED_IF_EMPTY: '0' }), port: 0, host: '127.0.0.1' },
      () => {},
    );
    try {
      await started.server.auth.createUser({ username: 'someone', role: Role.CLERK });
      expect(modeOf(dir)).toBe(0o700);
      const names = fs.readdirSync(dir).sort();
      expect(names).toEqual([
        'admin-password.txt',
        'auth-secret',
        'id-number-key',
        'lianxin.sqlite',
        'lianxin.sqlite-shm',
        'lianxin.sqlite-wal',
      ]);
      for (const name of names) expect([name, modeOf(path.join(dir, name))]).toEqual([name, 0o600]);
    } finally {
      await started.stop();
    }
  });

  it('refuses to start when a file cannot be closed to other users, saying what to run', async () => {
    const dir = await oldInstallation();
    vi.spyOn(fs, 'chmodSync').mockImplementation(() => {
      throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
    });
    expect(() => ensurePrivateDir(dir, () => {})).toThrow(InsecurePermissionsError);
    await expect(
      start({ ...loadConfig({ DATA_DIR: dir, SEED_IF_EMPTY: '0' }), port: 0, host: '127.0.0.1' }, () => {}),
    ).rejects.toThrow(
      `${dir} is open to other local users (mode 0755) and could not be made private; as its owner run \`chmod 0700 ${dir}\``,
    );
  });
});
