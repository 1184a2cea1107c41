// New early warnings pushed to a signed-in user while the dashboard is open, and the signal that a case
// changed (the pages refetch: live/revision.ts): one graphql-ws client on the session cookie (the API
// checks the page's origin), kept while someone is signed in. Notices are a courtesy on top of the 预警 page, which is the record: a dropped socket retries
// with backoff, and a refused session (4401/4403) stops until the next sign-in.
import { type Client, createClient } from 'graphql-ws';
import { stringifyDocument } from '@urql/core';
import { ref } from 'vue';
import {
  DataChangedDocument,
  WarningNoticesDocument,
  type WarningNoticesSubscription,
} from '../graphql/generated/graphql';
import { noteDataChanged } from './revision';
import { addNotice, type WarningNotice } from '../transforms/warningNotices';
import { backoffMs } from '../transforms/wall';

/** The notices on screen, newest first. */
export const warningNotices = ref<WarningNotice[]>([]);

let client: Client | null = null;
let unsubscribe: (() => void) | null = null;
let unsubscribeChanges: (() => void) | null = null;

/** Starts listening (once); `stopWarningNotices` ends it and clears the notices. */
export function startWarningNotices(): void {
  if (client) return;
  const self = createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: false,
    retryAttempts: Infinity,
    shouldRetry: (event) => {
      const code = (event as { code?: number } | undefined)?.code;
      return code !== 4401 && code !== 4403;
    },
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffMs(retries))),
    keepAlive: 30_000,
  });
  client = self;
  unsubscribe = self.subscribe<WarningNoticesSubscription>(
    { query: stringifyDocument(WarningNoticesDocument) },
    {
      next: (message) => {
        const notice = message.data?.earlyWarningRaised;
        if (notice && client === self) warningNotices.value = addNotice(warningNotices.value, notice);
      },
      error: () => {},
      complete: () => {},
    },
  );
  unsubscribeChanges = self.subscribe(
    { query: stringifyDocument(DataChangedDocument) },
    {
      next: () => {
        if (client === self) noteDataChanged();
      },
      error: () => {},
      complete: () => {},
    },
  );
}

export function stopWarningNotices(): void {
  unsubscribe?.();
  unsubscribeChanges?.();
  void client?.dispose();
  client = null;
  unsubscribe = null;
  unsubscribeChanges = null;
  warningNotices.value = [];
}

export function dismissWarningNotice(notice: WarningNotice): void {
  warningNotices.value = warningNotices.value.filter((n) => n !== notice);
}
