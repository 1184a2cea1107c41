// Page rotation: each page stays `dwell` seconds, then the next; any key (without a modifier) or a tap
// pauses and resumes, for whoever stands at the screen to read a page. Time comes from the clock's
// heartbeat (`advance`), not a timer of its own.
import { computed, onBeforeUnmount, onMounted, ref } from 'vue';
import type { WallConfig, WallPage } from '../transforms/wallConfig';

export function useWallRotation(config: Pick<WallConfig, 'pages' | 'dwell'>) {
  const pageIndex = ref(0);
  const elapsed = ref(0);
  const paused = ref(false);
  const page = computed<WallPage>(() => config.pages[pageIndex.value % config.pages.length] as WallPage);
  const rotating = computed(() => config.pages.length > 1);
  /** 0..1 of the current page's dwell, for the progress bar. */
  const progress = computed(() => Math.min(1, elapsed.value / (config.dwell * 1000)));

  function advance(ms: number): void {
    if (!rotating.value || paused.value) return;
    elapsed.value += ms;
    if (elapsed.value >= config.dwell * 1000) {
      elapsed.value = 0;
      pageIndex.value = (pageIndex.value + 1) % config.pages.length;
    }
  }
  function togglePause(): void {
    paused.value = !paused.value;
  }
  function onKey(e: KeyboardEvent): void {
    if (e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
    togglePause();
  }

  onMounted(() => {
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', togglePause);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('pointerdown', togglePause);
  });

  return { pageIndex, page, paused, rotating, progress, advance };
}
