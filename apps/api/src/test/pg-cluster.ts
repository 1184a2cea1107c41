// Scratch PostgreSQL servers for tests that must stop, restart or replicate a server: each is its own
// cluster (initdb in a temp directory, its own port), so stopping it never touches the shared server on
// 5432 that the other suites use. Started as the `postgres` user when the tests run as root (initdb
// refuses root), as the current user otherwise.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest installed PostgreSQL's programs (Debian: /usr/lib/postgresql/<major>/bin), or null. */
function findBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const majors = fs
    .readdirSync(root)
    .filter((d) => fs.existsSync(path.join(root, d, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? path.join(root, majors[0], 'bin') : null;
}

const binDir = findBinDir();
const asRoot = process.getuid?.() === 0;

/** initdb and pg_ctl are installed (and, under root, the postgres user exists to run them). */
export const scratchClustersAvailable = binDir !== null;
// CI (LIANXIN_REQUIRE_PG=1) fails rather than skip the suites that need their own servers.
if (!scratchClustersAvailable && process.env.LIANXIN_REQUIRE_PG === '1')
  throw new Error(
    'LIANXIN_REQUIRE_PG=1 but the PostgreSQL server programs (initdb, pg_ctl) are not installed',
  );

async function pgProgram(program: string, args: string[]): Promise<string> {
  if (!binDir) throw new Error('PostgreSQL server programs are not installed (/usr/lib/postgresql/*/bin)');
  const file = path.join(binDir, program);
  const { stdout } = asRoot
    ? await run('runuser', ['-u', 'postgres', '--', file, ...args])
    : await run(file, args);
  return stdout;
}

export interface ScratchCluster {
  readonly port: number;
  readonly dataDir: string;
  /** postgres://postgres@127.0.0.1:<port>/<database> (trust authentication). */
  url(database?: string): string;
  start(): Promise<void>;
  /** `fast` ends sessions and checkpoints; `immediate` is a crash (recovery from WAL on the next start). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops it if running and deletes its files. */
  destroy(): Promise<void>;
}

function scratchRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-pg-'));
  if (asRoot) fs.chownSync(root, ...postgresIds());
  return root;
}

function postgresIds(): [number, number] {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('no postgres user to run a scratch PostgreSQL server as');
  const [, , uid, gid] = line.split(':');
  return [Number(uid), Number(gid)];
}

function cluster(root: string, port: number): ScratchCluster {
  const dataDir = path.join(root, 'data');
  let running = false;
  const self: ScratchCluster = {
    port,
    dataDir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      // The socket in the scratch root: a second server never collides with the system's /run one.
      await pgProgram('pg_ctl', [
        '-D',
        dataDir,
        '-l',
        path.join(root, 'server.log'),
        '-w',
        '-t',
        '60',
        '-o',
        `-p ${port} -k ${root} -c listen_addresses=127.0.0.1`,
        'start',
      ]);
      running = true;
    },
    async stop(mode = 'fast') {
      await pgProgram('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
      running = false;
    },
    async destroy() {
      if (running) await self.stop('immediate').catch(() => undefined);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  return self;
}

/**
 * A new, running primary on `port`: trust authentication on 127.0.0.1 (replication included), WAL for
 * streaming replicas, fsync off (these tests stop processes, never the machine).
 */
export async function startScratchPrimary(port: number): Promise<ScratchCluster> {
  const root = scratchRoot();
  const server = cluster(root, port);
  await pgProgram('initdb', [
    '-D',
    server.dataDir,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  fs.appendFileSync(
    path.join(server.dataDir, 'postgresql.conf'),
    [
      'wal_level = replica',
      'max_wal_senders = 10',
      'hot_standby = on',
      'fsync = off',
      'full_page_writes = off',
      'shared_buffers = 32MB',
      '',
    ].join('\n'),
  );
  await server.start();
  return server;
}

/**
 * A streaming replica of `primary` on `port`, made with pg_basebackup (-R writes its standby settings),
 * running and connected. `SELECT pg_wal_replay_pause()` on it holds its replay back (lag on demand).
 */
export async function startScratchReplica(primary: ScratchCluster, port: number): Promise<ScratchCluster> {
  const root = scratchRoot();
  const replica = cluster(root, port);
  await pgProgram('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    replica.dataDir,
    '-R',
    '-X',
    'stream',
    '--checkpoint=fast',
  ]);
  await replica.start();
  return replica;
}
