import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { readiness, useReady } from './useReady';

const failure = { message: 'network down' };

describe('readiness (a panel waits for its numbers and its names)', () => {
  it('is loading while any part has no answer, whichever comes first', () => {
    expect(readiness([{ data: { n: 1 } }, { data: undefined, fetching: true }])).toEqual({
      loading: true,
      error: null,
    });
    expect(readiness([{ data: null }, { data: { names: [] } }]).loading).toBe(true);
  });
  it('is ready only when every part answered, even with an empty answer', () => {
    expect(readiness([{ data: { rows: [] } }, { data: { names: [] } }])).toEqual({
      loading: false,
      error: null,
    });
    expect(readiness([]).loading).toBe(false);
  });
  it('shows the error of a part that failed without an answer, never a skeleton forever', () => {
    expect(
      readiness([
        { data: undefined, fetching: true },
        { data: undefined, error: failure },
      ]),
    ).toEqual({
      loading: false,
      error: failure,
    });
  });
  it('ignores an old error while its part is asked again, and the error of a part that has an answer', () => {
    expect(readiness([{ data: undefined, fetching: true, error: failure }])).toEqual({
      loading: true,
      error: null,
    });
    expect(readiness([{ data: { n: 1 }, error: failure }])).toEqual({ loading: false, error: null });
  });
});

describe('useReady', () => {
  it('follows its queries and retries only those that failed', () => {
    const query = (data: unknown, error: typeof failure | undefined = undefined) => ({
      data: ref(data),
      fetching: ref(false),
      error: ref(error),
      executeQuery: vi.fn(),
    });
    const numbers = query({ n: 1 });
    const names = query(undefined, failure);
    const ready = useReady(numbers, names);
    expect(ready.error.value).toEqual(failure);
    ready.retry();
    expect(names.executeQuery).toHaveBeenCalledWith({ requestPolicy: 'network-only' });
    expect(numbers.executeQuery).not.toHaveBeenCalled();
    names.error.value = undefined;
    names.fetching.value = true;
    expect(ready.loading.value).toBe(true);
    names.data.value = { names: [] };
    names.fetching.value = false;
    expect(ready.loading.value).toBe(false);
  });
});
