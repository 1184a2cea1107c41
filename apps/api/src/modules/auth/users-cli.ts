// `pnpm users <create|list|token|disable|enable|reset-password> …`: user management on the server's machine.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '@lianxin/domain';
import { loadConfig, parseDatabaseUrl, type Config } from '../../config.js';
import { openDatabase, type DialectDataSource } from '../../db/data-source.js';
import { IdNumberCipher, loadOrCreateIdNumberKey } from '../petitioner/id-number-cipher.js';
import { AuthService, UserInputError } from './auth.service.js';
import { PasswordPolicyError } from './password.js';
import { loadOrCreateSecret } from './token.js';

const USAGE = `Usage: pnpm users <command> [options]
  create --username U --role ${ROLES.join('|')} [--display-name N]
         [--township CODE | --village CODE] [--leader ID] [--unit ID] [--password-stdin]
                      creates a user and prints a generated password once (or reads one line from stdin)
  list                lists users (role, scope, disabled; throttled while some address or browser
                      is held back from signing in as them after failures)
  token --username U [--hours H]
                      prints a bearer token for tools (default 8 h, at most 720 h); signed with AUTH_SECRET
                      or <dataDir>/auth-secret, so run it with the server's environment
  disable --username U   disables the user and ends their sessions
  enable --username U    enables a disabled user
  reset-password --username U [--password-stdin]
                      sets a new password (generated unless given), lifts every sign-in throttle,
                      ends all sessions
  Every command takes --database URL (default: DATABASE_URL, else data/lianxin.sqlite).`;

const MAX_TOKEN_HOURS = 720;

export interface CliIo {
  out(line: string): void;
  /** One line from stdin (for --password-stdin). */
  readPassword(): Promise<string>;
}

function int(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new UserInputError(name, `--${name} must be a positive integer`);
  return n;
}

/** Runs one command against an open database; throws UserInputError / PasswordPolicyError on bad input. */
export async function runUsersCommand(
  argv: string[],
  deps: {
    dataSource: DialectDataSource;
    config: Pick<Config, 'authSecret' | 'dataDir' | 'tokenTtlHours'>;
    io: CliIo;
  },
): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      township: { type: 'string' },
      village: { type: 'string' },
      leader: { type: 'string' },
      unit: { type: 'string' },
      hours: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      database: { type: 'string' },
    },
  });
  const [command] = positionals;
  const auth = new AuthService(deps.dataSource, {
    secret: loadOrCreateSecret(deps.config.authSecret, deps.config.dataDir),
    tokenTtlSeconds: deps.config.tokenTtlHours * 3600,
  });
  const username = (): string => {
    if (!values.username) throw new UserInputError('username', '--username is required');
    return values.username;
  };
  const password = async (): Promise<string | undefined> =>
    values['password-stdin'] ? (await deps.io.readPassword()).replace(/\r?\n$/, '') : undefined;

  switch (command) {
    case 'create': {
      if (!isRole(values.role)) throw new UserInputError('role', `--role is one of ${ROLES.join(', ')}`);
      const given = await password();
      const { user, password: generated } = await auth.createUser({
        username: username(),
        role: values.role,
        ...(values['display-name'] ? { displayName: values['display-name'] } : {}),
        townshipCode: values.township ?? null,
        villageCode: values.village ?? null,
        leaderId: int('leader', values.leader) ?? null,
        unitId: int('unit', values.unit) ?? null,
        ...(given !== undefined ? { password: given } : {}),
      });
      deps.io.out(`created ${user.username} (${user.role})`);
      if (given === undefined) deps.io.out(`password (shown once): ${generated}`);
      return;
    }
    case 'list':
      for (const u of await auth.listUsers()) {
        const scope = u.scope.villageCode ?? u.scope.townshipCode ?? 'district';
        const flags = [
          u.disabled ? 'disabled' : '',
          u.lockedUntil && u.lockedUntil > new Date() ? 'throttled' : '',
        ]
          .filter(Boolean)
          .join(',');
        deps.io.out([u.username, u.role, scope, u.displayName, flags].join('\t'));
      }
      return;
    case 'token': {
      const hours = int('hours', values.hours) ?? deps.config.tokenTtlHours;
      if (hours > MAX_TOKEN_HOURS) throw new UserInputError('hours', `--hours is at most ${MAX_TOKEN_HOURS}`);
      const issued = await auth.tokenFor(username(), hours * 3600);
      deps.io.out(issued.token);
      return;
    }
    case 'disable':
    case 'enable':
      await auth.setDisabled(username(), command === 'disable');
      deps.io.out(`${command}d ${username()}`);
      return;
    case 'reset-password': {
      const given = await password();
      const next = await auth.resetPassword(username(), given);
      deps.io.out(`reset the password of ${username()}; every session of theirs has ended`);
      if (given === undefined) deps.io.out(`password (shown once): ${next}`);
      return;
    }
    default:
      throw new UserInputError('command', command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  }
}

async function readLine(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += String(chunk);
  return data.split('\n')[0] ?? '';
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.length === 0 || argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const dbIndex = argv.indexOf('--database');
  const database =
    dbIndex >= 0 && argv[dbIndex + 1] ? parseDatabaseUrl(argv[dbIndex + 1], config.dataDir) : config.database;
  // Opening migrates, and migration 5 encrypts ID numbers: with the server's key, never a new one.
  const idNumbers = new IdNumberCipher(loadOrCreateIdNumberKey(config.idNumberKey, config.dataDir));
  const dataSource = await openDatabase({ database, idNumbers });
  try {
    await runUsersCommand(argv, {
      dataSource,
      config,
      io: { out: (l) => console.log(l), readPassword: readLine },
    });
  } finally {
    await dataSource.destroy();
  }
}

// Runs only as the entry point, so tests import runUsersCommand without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Owner-only files (a new database, its -wal/-shm, key files): see main.ts.
  process.umask(0o077);
  main().catch((error: unknown) => {
    const known = error instanceof UserInputError || error instanceof PasswordPolicyError;
    console.error(
      `users: ${known || !(error instanceof Error) ? String((error as Error).message ?? error) : error.stack}`,
    );
    process.exitCode = 1;
  });
}
