// Change notices: after a write commits, one notice per changed case goes out through this small
// interface. One process: an in-process emitter. Several API instances: Redis pub/sub, so a write on
// any instance reaches the walls connected to every instance.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import { log } from './log.js';
import type { CaseEventType } from '@lianxin/domain';

export interface CaseChangeNotice {
  caseId: number;
  code: string;
  event: CaseEventType;
  version: number;
  townshipCode: string;
  villageCode: string;
  categoryCode: string;
  matterType: string;
  /** Who handles the case: they decide who may hear of an accusation's change at all. */
  leaderId: number | null;
  unitId: number | null;
  at: Date;
}

/**
 * A new early warning (modules/warning): a cell-month that reached RED or YELLOW for the first time,
 * or went from YELLOW to RED, in a recompute after writes.
 */
export interface EarlyWarningAlertNotice {
  scope: 'TOWNSHIP' | 'VILLAGE';
  placeCode: string;
  townshipCode: string;
  categoryCode: string;
  month: string;
  level: 'RED' | 'YELLOW';
  provisional: boolean;
  at: Date;
}

export interface ChangePublisher {
  publish(notice: CaseChangeNotice): void;
  subscribe(listener: (notice: CaseChangeNotice) => void): () => void;
  /** New early warnings travel the same way as change notices (their own channel on Redis). */
  publishAlert(notice: EarlyWarningAlertNotice): void;
  subscribeAlerts(listener: (notice: EarlyWarningAlertNotice) => void): () => void;
  close(): Promise<void>;
}

export class InProcessPublisher implements ChangePublisher {
  private readonly emitter = new EventEmitter();

  publish(notice: CaseChangeNotice): void {
    this.emitter.emit('change', notice);
  }

  subscribe(listener: (notice: CaseChangeNotice) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }

  publishAlert(notice: EarlyWarningAlertNotice): void {
    this.emitter.emit('alert', notice);
  }

  subscribeAlerts(listener: (notice: EarlyWarningAlertNotice) => void): () => void {
    this.emitter.on('alert', listener);
    return () => this.emitter.off('alert', listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/** The channels' names after REDIS_KEY_PREFIX (default `lianxin:`): deployments sharing a Redis never hear each other. */
const CHANNEL = 'case-changes';
const ALERT_CHANNEL = 'early-warnings';
/** A notice as JSON carries it. */
type OnTheWire<T extends { at: Date }> = Omit<T, 'at'> & { at: string };

/**
 * Delivers each notice to this instance's own subscribers at once, and publishes it to a Redis channel
 * for the other instances; what the channel carries from other instances is delivered too, this
 * instance's own messages (tagged with its id) skipped, so a notice is heard once. Local delivery never
 * waits for Redis: while Redis is away this instance's walls still hear this instance's writes. Redis
 * pub/sub is fire-and-forget: a wall that misses another instance's notice while Redis is away catches
 * up on its next poll, which is why the wall also polls slowly while its socket is up. ioredis
 * reconnects and subscribes again by itself when Redis is back.
 */
export class RedisPublisher implements ChangePublisher {
  private readonly local = new InProcessPublisher();
  /** Tags this instance's messages on the channel, so that it does not deliver them a second time. */
  private readonly origin = randomUUID();
  /** One log line when Redis goes away and one when it is back, never one per notice or retry. */
  private away = false;

  private constructor(
    private readonly publishClient: Redis,
    private readonly subscribeClient: Redis,
    private readonly channels: { changes: string; alerts: string },
  ) {}

  static async connect(url: string, keyPrefix: string): Promise<RedisPublisher> {
    // No offline queue for publishing: a notice published while Redis is away fails at once instead of
    // arriving minutes late; the subscriber keeps ioredis's defaults (reconnect, then resubscribe).
    const publisher = new RedisPublisher(
      new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: false }),
      new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 }),
      { changes: `${keyPrefix}${CHANNEL}`, alerts: `${keyPrefix}${ALERT_CHANNEL}` },
    );
    for (const client of [publisher.publishClient, publisher.subscribeClient]) {
      // Without a listener ioredis prints every failed reconnection attempt to stderr.
      client.on('error', (error: Error) => publisher.wentAway(error));
      client.on('ready', () => publisher.cameBack());
    }
    await Promise.all([publisher.publishClient.connect(), publisher.subscribeClient.connect()]);
    publisher.subscribeClient.on('message', (channel: string, message: string) => {
      let parsed: {
        origin?: string;
        notice?: OnTheWire<CaseChangeNotice> | OnTheWire<EarlyWarningAlertNotice>;
      };
      try {
        parsed = (JSON.parse(message) as typeof parsed | null) ?? {};
      } catch {
        parsed = {};
      }
      const { origin, notice } = parsed;
      // Not ours to read (another version's format, or anyone else's message): dropped, never thrown
      // out of this listener, where it would end the process.
      if (typeof notice?.at !== 'string') {
        log.warn({ channel }, 'dropped a Redis message that is not a notice');
        return;
      }
      if (origin === publisher.origin) return;
      // Dates cross Redis as strings.
      const at = new Date(notice.at);
      if (channel === publisher.channels.alerts)
        publisher.local.publishAlert({ ...(notice as OnTheWire<EarlyWarningAlertNotice>), at });
      else publisher.local.publish({ ...(notice as OnTheWire<CaseChangeNotice>), at });
    });
    await publisher.subscribeClient.subscribe(publisher.channels.changes, publisher.channels.alerts);
    return publisher;
  }

  private wentAway(error: Error): void {
    if (this.away) return;
    this.away = true;
    log.error(
      { err: error },
      'Redis is unreachable: notices reach this instance only until it is back (reconnecting)',
    );
  }

  private cameBack(): void {
    if (!this.away || this.publishClient.status !== 'ready' || this.subscribeClient.status !== 'ready')
      return;
    this.away = false;
    log.info('Redis is back: notices reach every instance again');
  }

  private send(channel: string, notice: CaseChangeNotice | EarlyWarningAlertNotice): void {
    // After commit, outside the request: a Redis hiccup must not fail the write that already happened.
    // While Redis is away the failure was logged once (wentAway).
    this.publishClient
      .publish(channel, JSON.stringify({ origin: this.origin, notice }))
      .catch((error: unknown) => {
        if (!this.away) log.error({ err: error }, 'notice not published to Redis');
      });
  }

  publish(notice: CaseChangeNotice): void {
    this.local.publish(notice);
    this.send(this.channels.changes, notice);
  }

  subscribe(listener: (notice: CaseChangeNotice) => void): () => void {
    return this.local.subscribe(listener);
  }

  publishAlert(notice: EarlyWarningAlertNotice): void {
    this.local.publishAlert(notice);
    this.send(this.channels.alerts, notice);
  }

  subscribeAlerts(listener: (notice: EarlyWarningAlertNotice) => void): () => void {
    return this.local.subscribeAlerts(listener);
  }

  /**
   * Whether Redis answers a PING within `timeoutMs` (/health/ready). A client that lost its connection
   * says no at once: ioredis would queue the PING until it reconnects.
   */
  async answers(timeoutMs: number): Promise<boolean> {
    if (this.publishClient.status !== 'ready') return false;
    const timeout = new Promise<false>((resolve) => setTimeout(resolve, timeoutMs, false).unref());
    const pong = this.publishClient.ping().then(
      (reply) => reply === 'PONG',
      () => false,
    );
    return Promise.race([pong, timeout]);
  }

  async close(): Promise<void> {
    await this.local.close();
    this.subscribeClient.disconnect();
    this.publishClient.disconnect();
  }
}
