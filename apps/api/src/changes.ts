// Change notices: after a write commits, one notice per changed case goes out through this small
// interface. One process: an in-process emitter. Several API instances: Redis pub/sub, so a write on
// any instance reaches the walls connected to every instance.
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

const CHANNEL = 'lianxin:case-changes';
const ALERT_CHANNEL = 'lianxin:early-warnings';

/**
 * Publishes to a Redis channel and delivers what the channel carries, its own notices included (so
 * every instance, this one too, sees one stream in one order). Redis pub/sub is fire-and-forget: a
 * wall that misses a notice while Redis is away catches up on its next poll, which is why the wall
 * also polls slowly while its socket is up.
 */
export class RedisPublisher implements ChangePublisher {
  private readonly local = new InProcessPublisher();

  private constructor(
    private readonly publishClient: Redis,
    private readonly subscribeClient: Redis,
  ) {}

  static async connect(url: string): Promise<RedisPublisher> {
    const options = { lazyConnect: true, maxRetriesPerRequest: 2 };
    const publisher = new RedisPublisher(new Redis(url, options), new Redis(url, options));
    await Promise.all([publisher.publishClient.connect(), publisher.subscribeClient.connect()]);
    publisher.subscribeClient.on('message', (channel: string, message: string) => {
      // Dates cross Redis as strings.
      if (channel === ALERT_CHANNEL) {
        const raw = JSON.parse(message) as Omit<EarlyWarningAlertNotice, 'at'> & { at: string };
        publisher.local.publishAlert({ ...raw, at: new Date(raw.at) });
        return;
      }
      const raw = JSON.parse(message) as Omit<CaseChangeNotice, 'at'> & { at: string };
      publisher.local.publish({ ...raw, at: new Date(raw.at) });
    });
    await publisher.subscribeClient.subscribe(CHANNEL, ALERT_CHANNEL);
    return publisher;
  }

  publish(notice: CaseChangeNotice): void {
    // After commit, outside the request: a Redis hiccup must not fail the write that already happened.
    this.publishClient.publish(CHANNEL, JSON.stringify(notice)).catch((error: unknown) => {
      log.error({ err: error }, 'change notice not published to Redis');
    });
  }

  subscribe(listener: (notice: CaseChangeNotice) => void): () => void {
    return this.local.subscribe(listener);
  }

  publishAlert(notice: EarlyWarningAlertNotice): void {
    this.publishClient.publish(ALERT_CHANNEL, JSON.stringify(notice)).catch((error: unknown) => {
      log.error({ err: error }, 'early-warning notice not published to Redis');
    });
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
