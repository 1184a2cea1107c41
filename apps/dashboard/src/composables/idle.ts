import { type Ref, onBeforeUnmount, ref } from 'vue';

/**
 * Runs `work` when the main thread is idle (at the latest after `timeout` ms). Work the first screen
 * does not show goes here, so it runs as tasks of its own after the page answers instead of lengthening
 * the task that renders the page (on a mid-range phone one long task blocks a tap for its whole length).
 */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 1);
  return () => clearTimeout(handle);
}

/** A flag that turns true when the main thread is first idle after the component mounts. */
export function useIdle(timeout?: number): Readonly<Ref<boolean>> {
  const idle = ref(false);
  const cancel = whenIdle(() => (idle.value = true), timeout);
  onBeforeUnmount(cancel);
  return idle;
}
