// The per-address sign-in rate limit's counts, shared by every API instance through Redis (REDIS_URL):
// a guesser spreading tries over instances behind one address is counted once. Without Redis the
// counts stay in the process (express-rate-limit's memory store), as with one instance.
import { Redis } from 'ioredis';
import type { ClientRateLimitInfo, IncrementResponse, Options, Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import { log } from '../../log.js';

/**
 * rate-limit-redis with a client that fails at once while Redis is away (no offline queue), and that
 * loads its scripts again when Redis is back (a failed first load would otherwise fail every count).
 * A count that fails makes the limiter let the sign-in through (`passOnStoreError` in auth.routes.ts):
 * Redis down must not lock everyone out; guessing stays slowed per username by login-throttle.ts,
 * whose state is in the database.
 */
export class SharedLoginCounts implements Store {
  private readonly client: Redis;
  private readonly store: RedisStore;
  private options: Options | null = null;
  readonly prefix: string;

  private constructor(client: Redis, keyPrefix: string) {
    this.client = client;
    this.prefix = `${keyPrefix}login-rate:`;
    this.store = new RedisStore({
      prefix: this.prefix,
      sendCommand: (command: string, ...args: string[]) =>
        this.client.call(command, ...args) as Promise<number | string>,
    });
  }

  /** Connected before the limiter loads its scripts (like the change notices, at start-up). */
  static async connect(url: string, keyPrefix: string): Promise<SharedLoginCounts> {
    const client = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    // Reconnection is ioredis's; an unhandled 'error' event would end the process.
    client.on('error', (error: unknown) => log.debug({ err: error }, 'sign-in rate limit: Redis error'));
    await client.connect();
    return new SharedLoginCounts(client, keyPrefix);
  }

  init(options: Options): void {
    this.options = options;
    this.loadScripts();
  }

  private loadScripts(): void {
    if (!this.options) return;
    this.store.init(this.options).catch((error: unknown) => {
      log.warn({ err: error }, 'sign-in rate limit: Redis unavailable, sign-ins are not counted per address');
    });
  }

  async increment(key: string): Promise<IncrementResponse> {
    try {
      return await this.store.increment(key);
    } catch (error) {
      this.loadScripts();
      throw error;
    }
  }

  get(key: string): Promise<ClientRateLimitInfo | undefined> {
    return this.store.get(key);
  }

  decrement(key: string): Promise<void> {
    return this.store.decrement(key);
  }

  resetKey(key: string): Promise<void> {
    return this.store.resetKey(key);
  }

  async shutdown(): Promise<void> {
    this.client.disconnect();
  }
}
