// PostgreSQL streaming replicas (DATABASE_REPLICA_URLS): their pools, their health and replay
// position (polled), and which one a read may use. The pools live in TypeORM's driver as its `slaves`,
// so the serving settings (statement timeout, no parallel workers) and the shutdown reach them like
// the primary's; read-route.ts decides per request which runner uses them.
import pg from 'pg';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { log } from '../log.js';
import { currentReplica, type ReadTarget } from './read-route.js';

/** A WAL position (pg_lsn 'X/Y') as a number that compares. */
export function parseLsn(text: string): bigint | null {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text);
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

export interface ReplicaSettings {
  urls: string[];
  /** A replica further behind than this is skipped (REPLICA_MAX_LAG_MS). */
  maxLagMs: number;
  /** How often the primary's position and each replica's replay position are read. */
  pollMs: number;
  /** Connections per replica pool (the primary's `extra.max`). */
  poolMax: number;
}

/** Where the primary's WAL was when: a replica's lag is the age of the oldest position it has not replayed. */
interface Mark {
  lsn: bigint;
  at: number;
}

export class Replica implements ReadTarget {
  healthy = false;
  /** The last replay position read (null before the first answer). */
  replayLsn: bigint | null = null;
  /** How far behind the primary's WAL it was at the last poll, in ms (poll resolution). */
  lagMs = 0;
  /** Connections handed to reads (a counter, for metrics and tests). */
  reads = 0;

  constructor(
    readonly name: string,
    readonly pool: Pool,
  ) {}

  lost(error: unknown): void {
    if (this.healthy) log.warn({ err: error, replica: this.name }, 'replica lost: reads go elsewhere');
    this.healthy = false;
  }
}

/** host:port/database: how logs and metrics name a replica (never its password). */
function nameOf(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

interface DriverInternals {
  master: Pool;
  slaves: Pool[];
  isReplicated: boolean;
  obtainMasterConnection(): Promise<[PoolClient, (err?: unknown) => void]>;
  obtainSlaveConnection(): Promise<[PoolClient, (err?: unknown) => void]>;
}

/** The replica pool each connection came from: a statement is cancelled on the server that runs it. */
const poolOfClient = new WeakMap<object, Pool>();

export function poolOfConnection(connection: object): Pool | undefined {
  return poolOfClient.get(connection);
}

export class ReplicaSet {
  readonly replicas: Replica[];
  private marks: Mark[] = [];
  private primaryLsn: bigint | null = null;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private next = 0;

  private constructor(
    private readonly primary: Pool,
    private readonly settings: ReplicaSettings,
    replicas: Replica[],
  ) {
    this.replicas = replicas;
  }

  /**
   * Opens a pool per replica inside `dataSource`'s driver and routes its replica-mode query runners to
   * the replica their request chose. A replica that is down at start-up is simply not used until it answers.
   */
  static attach(dataSource: DataSource, settings: ReplicaSettings): ReplicaSet {
    const driver = dataSource.driver as unknown as DriverInternals;
    if (!driver.master) throw new Error('read replicas need a PostgreSQL primary');
    const replicas = settings.urls.map((url) => {
      const pool = new pg.Pool({
        connectionString: url,
        max: settings.poolMax,
        // A replica that does not answer must not hold a request: it fails over to the primary.
        connectionTimeoutMillis: 2_000,
      });
      const replica = new Replica(nameOf(url), pool);
      // An idle connection whose server went away: pg emits it on the pool (unhandled, it ends the process).
      pool.on('error', (error) => replica.lost(error));
      return replica;
    });
    driver.slaves = replicas.map((r) => r.pool);
    driver.isReplicated = true;
    driver.obtainSlaveConnection = async () => {
      const replica = currentReplica();
      const chosen = replicas.find((r) => r === replica);
      if (!chosen) return driver.obtainMasterConnection();
      const client = await chosen.pool.connect();
      chosen.reads += 1;
      poolOfClient.set(client, chosen.pool);
      return [client, (err?: unknown) => client.release(err as Error | undefined)];
    };
    return new ReplicaSet(driver.master, settings, replicas);
  }

  /** Polls now, then every pollMs. */
  async start(): Promise<void> {
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.settings.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.polling;
  }

  /**
   * A replica for a read: healthy, within the lag bound, and — for a client that wrote (`after`, the
   * LSN of its last write) — one that has replayed that write. Null: read from the primary.
   */
  choose(after: bigint | null): Replica | null {
    const usable = this.replicas.filter(
      (r) =>
        r.healthy &&
        r.replayLsn !== null &&
        r.lagMs <= this.settings.maxLagMs &&
        (after === null || r.replayLsn >= after),
    );
    if (usable.length === 0) return null;
    this.next = (this.next + 1) % usable.length;
    return usable[this.next]!;
  }

  /** One poll at a time: a slow server must not pile them up. */
  poll(): Promise<void> {
    return (this.polling ??= this.pollOnce().finally(() => (this.polling = null)));
  }

  private async pollOnce(): Promise<void> {
    const now = Date.now();
    try {
      const { rows } = await this.primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
      this.primaryLsn = parseLsn(rows[0]!.lsn);
    } catch (error) {
      log.warn({ err: error }, 'replicas: the primary does not answer its WAL position');
    }
    if (this.primaryLsn !== null) {
      const last = this.marks.at(-1);
      if (!last || last.lsn !== this.primaryLsn) this.marks.push({ lsn: this.primaryLsn, at: now });
    }
    await Promise.all(this.replicas.map((replica) => this.check(replica, now)));
    // Marks every replica has passed are no longer needed to age anyone's lag.
    const slowest = this.replicas.reduce<bigint | null>(
      (min, r) => (r.replayLsn === null || (min !== null && min < r.replayLsn) ? min : r.replayLsn),
      null,
    );
    if (slowest !== null)
      this.marks = this.marks.filter((m, i) => m.lsn > slowest || i === this.marks.length - 1);
    // Bounded, whatever happens: a lag past this age is past any bound anyway.
    if (this.marks.length > 10_000) this.marks = this.marks.slice(-10_000);
  }

  private async check(replica: Replica, now: number): Promise<void> {
    try {
      const { rows } = await replica.pool.query<{ lsn: string | null; recovering: boolean }>(
        'SELECT pg_last_wal_replay_lsn()::text AS lsn, pg_is_in_recovery() AS recovering',
      );
      const lsn = rows[0]?.lsn ? parseLsn(rows[0].lsn) : null;
      if (!rows[0]?.recovering || lsn === null) {
        // Promoted, or not a standby at all: its data may have forked from the primary's.
        if (replica.healthy) log.warn({ replica: replica.name }, 'replica is not a standby: not used');
        replica.healthy = false;
        return;
      }
      replica.replayLsn = lsn;
      const behind = this.marks.find((m) => m.lsn > lsn);
      replica.lagMs = behind ? now - behind.at : 0;
      if (!replica.healthy) log.info({ replica: replica.name }, 'replica answers: used for reads');
      replica.healthy = true;
    } catch (error) {
      replica.lost(error);
    }
  }
}
