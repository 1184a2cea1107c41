// A subscription's stream of change notices: an async iterator over the publisher that keeps only
// what its subscriber may know, and unsubscribes when the client goes away.

/** A slow or stalled client keeps at most this many notices; older ones are dropped (it refetches anyway). */
const MAX_QUEUED = 100;

/** Where notices come from: the change publisher, or its early-warning side. */
interface NoticeSource<T> {
  subscribe(listener: (notice: T) => void): () => void;
}

export function noticeStream<T>(
  publisher: NoticeSource<T>,
  accept: (notice: T) => boolean,
): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  const unsubscribe = publisher.subscribe((notice) => {
    if (done || !accept(notice)) return;
    queue.push(notice);
    if (queue.length > MAX_QUEUED) queue.shift();
    wake?.();
  });
  const finish = async (): Promise<IteratorReturnResult<undefined>> => {
    done = true;
    unsubscribe();
    queue.length = 0;
    wake?.();
    return { done: true, value: undefined };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<T>> {
      while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      if (done) return { done: true, value: undefined };
      return { done: false, value: queue.shift()! };
    },
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
  };
}
