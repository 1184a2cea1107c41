// Keeps the wall's data current with nobody at the screen: graphql-ws subscriptions say when cases
// change and when a new early warning is raised (refetch, debounced), polling covers what the socket cannot (Redis pub/sub drops notices; a
// proxy may block WebSockets), and failures are shown instead of hidden: `stale` when an update failed
// (the last data stays on screen), `signInNeeded` when the token was refused (UNAUTHENTICATED, or the
// socket closed with 4401/4403) — a wall must not show old numbers forever as if they were current.
import { Client, fetchExchange, stringifyDocument } from '@urql/core';
import { type Client as WsClient, createClient } from 'graphql-ws';
import { ref, shallowRef } from 'vue';
import { type CombinedErrorLike, isUnauthenticated } from '../errors/describe';
import { WallCaseChangedDocument, WallEarlyWarningRaisedDocument } from '../graphql/generated/graphql';
import { backoffMs } from '../transforms/wall';
import type { WallAlertNotice } from '../transforms/wallAlerts';

/** A wall query: runs it with `client` and stores its result (throws on failure). */
export type WallTask = (client: Client) => Promise<void>;

export interface WallLiveOptions {
  /** Tasks by name; a change notice reruns the ones `affected(event, township)` names. */
  tasks: Record<string, WallTask>;
  affected: (event: string, township: string | null) => string[];
  /** A new early warning (earlyWarningRaised, on the same socket): answers the tasks it makes stale. */
  alerted?: (notice: WallAlertNotice) => string[];
  token: string | null;
  /** Polling while the socket is down, and while it is up (notices can be lost). */
  pollDownMs?: number;
  pollUpMs?: number;
  debounceMs?: number;
}

/** Signals that an answer refused the sign-in. */
export class SignInNeeded extends Error {}

const REQUEST_TIMEOUT_MS = 15_000;

export function useWallLive(options: WallLiveOptions) {
  const pollDownMs = options.pollDownMs ?? 15_000;
  const pollUpMs = options.pollUpMs ?? 60_000;
  const debounceMs = options.debounceMs ?? 300;
  const auth = options.token ? `Bearer ${options.token}` : null;

  /** Instant of the last refresh in which every task succeeded. */
  const updatedAt = ref<number | null>(null);
  /** The last refresh failed: the screen shows data as of `updatedAt`. */
  const stale = ref(false);
  const signInNeeded = ref(false);
  const connected = ref(false);
  const lastError = shallowRef<unknown>(null);

  // Only fetch: every wall read is network-only, and a cache would only keep old answers alive.
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'network-only',
    exchanges: [fetchExchange],
    fetchOptions: () => ({
      // With a token the wall is that DISPLAY account, whoever is signed in on this browser.
      credentials: auth ? 'omit' : 'same-origin',
      headers: {
        accept: 'application/graphql-response+json, application/json',
        ...(auth ? { authorization: auth } : {}),
      },
    }),
    // A request hanging on a half-open connection would otherwise keep the wall "up to date" forever.
    fetch: (input, init) => {
      const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...(init?.signal ? [init.signal] : [])];
      return fetch(input, { ...init, signal: AbortSignal.any(signals) });
    },
  });

  const pending = new Set<string>();
  let running: Promise<void> | null = null;
  let debounceTimer: ReturnType<typeof setTimeout> | null = null;
  let pollTimer: ReturnType<typeof setTimeout> | null = null;
  let ws: WsClient | null = null;
  let unsubscribe: (() => void)[] = [];
  let stopped = false;
  let restartTimer: ReturnType<typeof setTimeout> | null = null;
  let restarts = 0;

  async function runPending(): Promise<void> {
    while (pending.size && !stopped && !signInNeeded.value) {
      const names = [...pending];
      pending.clear();
      const results = await Promise.allSettled(names.map((n) => options.tasks[n]!(client)));
      const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failure) {
        if (failure.reason instanceof SignInNeeded) return goSignIn();
        lastError.value = failure.reason;
        stale.value = true;
        // Retried with the next poll, notice or reconnect; keep what failed for then.
        for (const [i, r] of results.entries()) if (r.status === 'rejected') pending.add(names[i]!);
        return;
      }
      stale.value = false;
      lastError.value = null;
      updatedAt.value = Date.now();
    }
  }

  /** Runs these tasks now, or right after the refresh in progress (never two at once). */
  function refresh(names: readonly string[] = Object.keys(options.tasks)): Promise<void> {
    for (const n of names) pending.add(n);
    if (!running) {
      running = runPending().finally(() => {
        running = null;
      });
    }
    return running;
  }

  function schedule(names: readonly string[]): void {
    for (const n of names) pending.add(n);
    if (debounceTimer) return;
    debounceTimer = setTimeout(() => {
      debounceTimer = null;
      void refresh([]);
    }, debounceMs);
  }

  function poll(): void {
    if (pollTimer) clearTimeout(pollTimer);
    if (stopped || signInNeeded.value) return;
    pollTimer = setTimeout(
      () => {
        void refresh().finally(poll);
      },
      connected.value && !stale.value ? pollUpMs : pollDownMs,
    );
  }

  function goSignIn(): void {
    signInNeeded.value = true;
    stop();
  }

  function connect(): void {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    const self = createClient({
      url,
      connectionParams: () => (auth ? { authorization: auth } : {}),
      lazy: false,
      // The wall runs for days: keep trying through API restarts and network loss, never give up.
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffMs(retries))),
      // Pings find a dead connection (a pulled cable sends no close frame).
      keepAlive: 10_000,
      on: {
        connected: () => {
          if (ws !== self) return; // a client replaced after giving up
          connected.value = true;
          restarts = 0;
          // Whatever changed while the socket was down.
          void refresh();
          poll();
        },
        closed: (event) => {
          if (ws !== self) return;
          const code = (event as { code?: number } | undefined)?.code;
          const wasConnected = connected.value;
          connected.value = false;
          if (stopped) return;
          // 4401: the token was revoked, expired or its account disabled; 4403: refused at connect.
          if (code === 4401 || code === 4403) return goSignIn();
          if (wasConnected) {
            // Find out at once whether the API is gone or only the socket (then polling carries on).
            void refresh();
            poll();
          }
        },
      },
    });
    ws = self;

    function failed(): void {
      // graphql-ws gives up on close codes it deems fatal whatever shouldRetry says (1011 from a
      // proxy, 4500 from a crashing server …). Auth closes were handled in `closed`; for the rest,
      // start a new client after a pause: a wall never stops trying. Both subscriptions fail together:
      // one restart.
      if (stopped || signInNeeded.value || ws !== self || restartTimer) return;
      connected.value = false;
      restartTimer = setTimeout(() => {
        restartTimer = null;
        if (stopped || signInNeeded.value) return;
        for (const u of unsubscribe) u();
        unsubscribe = [];
        void ws?.dispose();
        connect();
      }, backoffMs(restarts++));
    }

    unsubscribe = [
      self.subscribe<{ caseChanged: { event: string; township: { code: string } } }>(
        { query: stringifyDocument(WallCaseChangedDocument) },
        {
          next: (message) => {
            const notice = message.data?.caseChanged;
            if (!notice) return;
            const names = options.affected(notice.event, notice.township?.code ?? null);
            if (names.length) schedule(names);
          },
          error: failed,
          complete: () => {},
        },
      ),
    ];
    const alerted = options.alerted;
    if (alerted)
      unsubscribe.push(
        self.subscribe<{ earlyWarningRaised: WallAlertNotice }>(
          { query: stringifyDocument(WallEarlyWarningRaisedDocument) },
          {
            next: (message) => {
              const notice = message.data?.earlyWarningRaised;
              if (!notice) return;
              const names = alerted(notice);
              if (names.length) schedule(names);
            },
            error: failed,
            complete: () => {},
          },
        ),
      );
  }

  function start(): void {
    stopped = false;
    void refresh().finally(poll);
    connect();
  }

  function stop(): void {
    stopped = true;
    if (debounceTimer) clearTimeout(debounceTimer);
    if (pollTimer) clearTimeout(pollTimer);
    if (restartTimer) clearTimeout(restartTimer);
    debounceTimer = pollTimer = restartTimer = null;
    for (const u of unsubscribe) u();
    unsubscribe = [];
    void ws?.dispose();
    ws = null;
    connected.value = false;
  }

  return { client, updatedAt, stale, signInNeeded, connected, lastError, refresh, start, stop };
}

/** Unwraps a wall query's answer: throws SignInNeeded on UNAUTHENTICATED, the error on any other. */
export function answerOf<T>(result: { data?: T | undefined; error?: CombinedErrorLike | undefined }): T {
  if (result.error) {
    if (isUnauthenticated(result.error)) throw new SignInNeeded('UNAUTHENTICATED');
    throw result.error;
  }
  if (!result.data) throw new Error('empty answer');
  return result.data;
}
