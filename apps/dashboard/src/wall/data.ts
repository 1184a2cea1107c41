// What the wall shows, kept current by useWallLive (live.ts): one task per query fills one ref, and a
// change notice reruns only the tasks it makes stale. Every query is narrowed to the link's township.
import { onBeforeUnmount, onMounted, shallowRef } from 'vue';
import type { Client } from '@urql/core';
import { wallPeriods } from '@lianxin/domain';
import { todayInShanghai } from '../format/period';
import {
  type CaseFilter,
  type WallLeadersQuery,
  type WallOverviewQuery,
  type WallReferenceQuery,
  type WallBoundariesQuery,
  type WallEarlyWarningsQuery,
  type WallTickerQuery,
  type WallVillagesQuery,
  WallEarlyWarningsDocument,
  WallLeadersDocument,
  WallOverviewDocument,
  WallReferenceDocument,
  WallBoundariesDocument,
  WallTickerDocument,
  WallVillagesDocument,
} from '../graphql/generated/graphql';
import { affectedByEvent } from '../transforms/wall';
import { type WallAlertNotice, alertConcernsWall, wallAlertVariables } from '../transforms/wallAlerts';
import type { WallConfig } from '../transforms/wallConfig';
import { type WallTask, answerOf, useWallLive } from './live';
import { wallToken } from './token';

/** How long the ticker shows a new early warning. */
const ALERT_NOTICE_MS = 60_000;

export function useWallData(config: Pick<WallConfig, 'pages' | 'township'>) {
  const overview = shallowRef<WallOverviewQuery | null>(null);
  // null until a query's first answer: its panels show skeletons until then (useReady.ts's rule), then
  // keep the last answer through refreshes and failures (dimmed while stale).
  const ticker = shallowRef<WallTickerQuery['caseTicker'] | null>(null);
  const leaders = shallowRef<WallLeadersQuery['leaderWorkloads'] | null>(null);
  const villages = shallowRef<WallVillagesQuery['caseStats'] | null>(null);
  const reference = shallowRef<WallReferenceQuery | null>(null);
  /** The boundary pack's answer (its `boundaryPack` null when none is loaded); null until asked. */
  const boundaries = shallowRef<WallBoundariesQuery | null>(null);
  const alerts = shallowRef<WallEarlyWarningsQuery | null>(null);
  /** The latest new early warning, for ALERT_NOTICE_MS; null otherwise. */
  const alertNotice = shallowRef<WallAlertNotice | null>(null);
  let alertNoticeTimer: ReturnType<typeof setTimeout> | null = null;

  function scoped(filter: CaseFilter): CaseFilter {
    return config.township ? { ...filter, townshipCodes: [config.township] } : filter;
  }

  // Periods are recomputed at every run: the wall stays up over midnight and over New Year.
  const tasks: Record<string, WallTask> = {
    async reference(client) {
      reference.value = answerOf(await client.query(WallReferenceDocument, {}).toPromise());
    },
    async overview(client) {
      const p = wallPeriods(todayInShanghai());
      overview.value = answerOf(
        await client
          .query(WallOverviewDocument, {
            ytd: scoped(p.ytd),
            lastYear: scoped(p.lastYear),
            today: scoped(p.today),
            month: scoped(p.month),
            trend: scoped(p.trend),
            open: scoped({}),
          })
          .toPromise(),
      );
    },
    async ticker(client) {
      const data = answerOf(
        await client.query(WallTickerDocument, { first: 20, filter: scoped({}) }).toPromise(),
      );
      ticker.value = data.caseTicker;
    },
    async leaders(client) {
      const p = wallPeriods(todayInShanghai());
      leaders.value = answerOf(
        await client.query(WallLeadersDocument, { filter: scoped(p.ytd) }).toPromise(),
      ).leaderWorkloads;
    },
    // The village page and the map show the same answer.
    ...(config.pages.includes('villages') || config.pages.includes('map')
      ? {
          async villages(client: Client) {
            const p = wallPeriods(todayInShanghai());
            villages.value = answerOf(
              await client.query(WallVillagesDocument, { filter: scoped(p.ytd) }).toPromise(),
            ).caseStats;
          },
        }
      : {}),
    // The map's shapes: asked once, like the names (a new pack shows from the next page load).
    ...(config.pages.includes('map')
      ? {
          async boundaries(client: Client) {
            boundaries.value = answerOf(await client.query(WallBoundariesDocument, {}).toPromise());
          },
        }
      : {}),
    ...(config.pages.includes('alerts')
      ? {
          async alerts(client: Client) {
            alerts.value = answerOf(
              await client
                .query(WallEarlyWarningsDocument, wallAlertVariables(todayInShanghai(), config.township))
                .toPromise(),
            );
          },
        }
      : {}),
  };
  // Early warnings move only with a recompute, which announces its new alerts itself (and polling
  // catches the rest): a case notice leaves them be.
  const aggregates = Object.keys(tasks).filter(
    (n) => !['ticker', 'reference', 'boundaries', 'alerts'].includes(n),
  );

  const live = useWallLive({
    tasks,
    token: wallToken(),
    affected: (event, township) =>
      config.township && township && township !== config.township
        ? []
        : affectedByEvent(event).flatMap((a) => (a === 'ticker' ? ['ticker'] : aggregates)),
    alerted: (notice) => {
      if (!alertConcernsWall(notice, config.township)) return [];
      alertNotice.value = notice;
      if (alertNoticeTimer) clearTimeout(alertNoticeTimer);
      alertNoticeTimer = setTimeout(() => {
        alertNoticeTimer = null;
        alertNotice.value = null;
      }, ALERT_NOTICE_MS);
      return 'alerts' in tasks ? ['alerts'] : [];
    },
  });
  onMounted(() => live.start());
  onBeforeUnmount(() => {
    live.stop();
    if (alertNoticeTimer) clearTimeout(alertNoticeTimer);
  });

  const { stale, signInNeeded, updatedAt, connected } = live;
  return {
    overview,
    ticker,
    leaders,
    villages,
    reference,
    boundaries,
    alerts,
    alertNotice,
    stale,
    signInNeeded,
    updatedAt,
    connected,
  };
}
