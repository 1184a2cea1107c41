// Pages follow the data while open: when a case changes (live/revision.ts), their queries ask again.
// cache-and-network keeps the numbers on screen (marked stale) until the new ones arrive, so a refresh
// never blanks a page the way a filter change does.
import { watch } from 'vue';
import { dataRevision } from '../live/revision';

interface Refetchable {
  executeQuery(options: { requestPolicy: 'cache-and-network' }): unknown;
}

export function useLiveRefresh(...queries: readonly Refetchable[]): void {
  watch(dataRevision, () => {
    for (const q of queries) void q.executeQuery({ requestPolicy: 'cache-and-network' });
  });
}
