// `pnpm boundaries <load|show|remove> …`: the map's boundary pack, from the server's machine. The same
// checks, transaction and access-log row as PUT /boundaries and removeBoundaryPack.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Role } from '@lianxin/domain';
import { loadConfig, parseDatabaseUrl } from '../../config.js';
import { openDatabase } from '../../db/data-source.js';
import { AuthService, type AuthUser } from '../auth/auth.service.js';
import { ephemeralSecret } from '../auth/token.js';
import { IdNumberCipher, loadOrCreateIdNumberKey } from '../petitioner/id-number-cipher.js';
import { BoundaryPackRefused, BoundaryPackTooLarge } from './boundary-pack.js';
import { BoundaryPackService, PackNameError, type BoundaryPackInfo } from './boundary-pack.service.js';

const usage = `Usage: pnpm boundaries <command> [options]
  load <file.geojson> [--name N]   checks the pack and makes it the map's boundaries (default name: the
                                   file's name); a refused pack prints every problem and changes nothing
  show                             the pack loaded now, or that there is none
  remove                           removes it: the map draws its schematic tiles again
  --user NAME     the administrator it is recorded as, in the pack and the access log (default: admin)
  --database URL  postgres://… or an SQLite file (default: DATABASE_URL, else data/lianxin.sqlite)
Format and rules: apps/api/README.md, "Boundary packs".`;

/** A refusal the operator can act on: printed without a stack, exit code 1. */
class CliError extends Error {}

function describe(pack: BoundaryPackInfo): string {
  return [
    `name       ${pack.name}`,
    `townships  ${pack.townships}`,
    `villages   ${pack.villages}`,
    `sha256     ${pack.sha256}`,
    `loaded     ${pack.loadedAt.toISOString()} by ${pack.loadedBy}`,
  ].join('\n');
}

/** The user the console acts as: an enabled administrator of this database. */
async function administrator(auth: AuthService, username: string): Promise<AuthUser> {
  // A token that never leaves the process: the one path that reads a user as the API does.
  const session = await auth.authenticate((await auth.tokenFor(username, 60)).token);
  if (!session) throw new CliError(`the user ${username} cannot sign in`);
  if (session.user.role !== Role.ADMIN)
    throw new CliError(`${username} is ${session.user.role}: boundary packs are for ADMIN users (--user)`);
  return session.user;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      user: { type: 'string', default: 'admin' },
      database: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const [command, file] = positionals;
  const known =
    (command === 'load' && positionals.length === 2) ||
    (['show', 'remove'].includes(command ?? '') && positionals.length === 1);
  if (values.help || !known) {
    console.log(usage);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const database = values.database ? parseDatabaseUrl(values.database, config.dataDir) : config.database;
  // Opening migrates, and migration 5 encrypts ID numbers: with the server's key, never a new one.
  const idNumbers = new IdNumberCipher(loadOrCreateIdNumberKey(config.idNumberKey, config.dataDir));
  const dataSource = await openDatabase({ database, idNumbers });
  try {
    const boundaries = new BoundaryPackService(dataSource, dataSource.dialect);
    const auth = new AuthService(dataSource, { secret: ephemeralSecret(), tokenTtlSeconds: 60 });
    if (command === 'show') {
      const pack = await boundaries.get();
      console.log(pack ? describe(pack) : 'no boundary pack is loaded: the map draws its tiles');
    } else if (command === 'remove') {
      const removed = await boundaries.remove(await administrator(auth, values.user));
      console.log(
        removed ? 'removed the boundary pack: the map draws its tiles' : 'no boundary pack was loaded',
      );
    } else {
      // `pnpm boundaries` runs in apps/api; pnpm passes the directory it was called from as INIT_CWD.
      const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file!);
      const user = await administrator(auth, values.user);
      const started = performance.now();
      const pack = await boundaries.load(fs.readFileSync(target), values.name ?? path.basename(target), user);
      console.log(describe(pack));
      console.error(`checked and loaded in ${Math.round(performance.now() - started)} ms`);
    }
  } finally {
    await dataSource.destroy();
  }
}

// Owner-only files (a new database, its -wal/-shm, key files): see main.ts.
process.umask(0o077);
main().catch((error: unknown) => {
  if (error instanceof BoundaryPackRefused) {
    console.error(`boundaries: ${error.message}`);
    for (const problem of error.problems) console.error(`  ${problem.message}`);
  } else if (
    error instanceof BoundaryPackTooLarge ||
    error instanceof PackNameError ||
    error instanceof CliError
  ) {
    console.error(`boundaries: ${error.message}`);
  } else {
    console.error('boundaries failed:', error);
  }
  process.exitCode = 1;
});
