// The data directory and the private files in it: the SQLite database (with its -wal/-shm), the token
// secret, the ID-number key and the first administrator's password. Owner-only, checked at every start:
// with umask 022 they were world-readable, and any local account read names, phones and password hashes.
import fs from 'node:fs';
import path from 'node:path';

const PRIVATE_DIR_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;

/** A private file or directory is open to other local users and this process cannot close it. */
export class InsecurePermissionsError extends Error {}

export type Warn = (message: string) => void;

const octal = (mode: number): string => `0${mode.toString(8).padStart(3, '0')}`;

/**
 * Takes group and world permissions off an existing path. Fixed (with a warning) rather than refused:
 * every installation before this check has 0755/0644 files, and removing other users' access is always
 * safe for this process, which owns them. Refused only when it cannot be done (another owner, a
 * read-only or permission-less file system): serving the data from there would leave it readable.
 */
function closeToOthers(target: string, warn: Warn): void {
  let mode: number;
  try {
    mode = fs.statSync(target).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((mode & 0o077) === 0) return;
  const wanted = mode & 0o700;
  try {
    fs.chmodSync(target, wanted);
  } catch {
    // Reported below with the mode it still has.
  }
  const now = fs.statSync(target).mode & 0o777;
  if ((now & 0o077) !== 0)
    throw new InsecurePermissionsError(
      `${target} is open to other local users (mode ${octal(now)}) and could not be made private; ` +
        `as its owner run \`chmod ${octal(wanted)} ${target}\`, then start again.`,
    );
  warn(`${target} was open to other local users (mode ${octal(mode)}); changed it to ${octal(wanted)}.`);
}

/** Creates the directory (and missing parents) owner-only, or closes an existing one to other users. */
export function ensurePrivateDir(dir: string, warn: Warn = console.warn): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  closeToOthers(dir, warn);
}

/** Closes an existing file to other users; nothing when it does not exist. */
function ensurePrivateFile(file: string, warn: Warn = console.warn): void {
  closeToOthers(file, warn);
}

/**
 * Writes a new owner-only file; false when it already exists (then it is left as is, apart from being
 * closed to other users). 'wx' fails on an existing file: two processes starting at once never
 * overwrite each other's secret.
 */
export function writePrivateFileOnce(file: string, content: string, warn: Warn = console.warn): boolean {
  try {
    fs.writeFileSync(file, content, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    ensurePrivateFile(file, warn);
    return false;
  }
}

/** The files SQLite keeps beside a database. */
const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'] as const;

/**
 * Before SQLite opens `file`: its directory is created owner-only when missing, the database file is
 * created 0600 when missing (SQLite gives its -wal and -shm the database file's mode, so they follow),
 * and an existing database and its companions are closed to other users. An existing directory is only
 * tightened when it is the data directory (main.ts): a database placed elsewhere on purpose may share
 * its directory, and its files alone are what must be private.
 */
export function preparePrivateSqliteFile(file: string, warn: Warn = console.warn): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
  writePrivateFileOnce(file, '', warn);
  for (const suffix of SQLITE_COMPANIONS) ensurePrivateFile(`${file}${suffix}`, warn);
}
