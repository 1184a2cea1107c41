// The data's revision as the open dashboard knows it: bumped (at most every few seconds) when the API
// says a case changed, watched by the pages' queries to refetch. Its own tiny module so pages can
// watch it without loading the WebSocket client, which comes with sign-in (live/warningNotices.ts).
import { ref } from 'vue';

export const dataRevision = ref(0);

/** A burst of changes (an import, a busy morning) refetches once per window, not once per case. */
const REFRESH_WINDOW_MS = 3_000;
let pending: ReturnType<typeof setTimeout> | null = null;

export function noteDataChanged(): void {
  pending ??= setTimeout(() => {
    pending = null;
    dataRevision.value += 1;
  }, REFRESH_WINDOW_MS);
}
