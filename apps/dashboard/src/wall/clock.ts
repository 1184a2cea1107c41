// The wall's clock and heartbeat: one timer reads the time and drives page rotation (`onTick`), so a
// screen that runs for days wakes up once per tick, not once per feature.
import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import type { UiLocale } from '../format/format';
import { shanghaiTime } from '../transforms/wall';

const WALL_TICK_MS = 250;

export function useWallClock(locale: Ref<UiLocale>, onTick: (elapsedMs: number) => void) {
  const now = ref(Date.now());
  const clockTime = computed(() => shanghaiTime(now.value));
  const clockDate = computed(() =>
    new Intl.DateTimeFormat(locale.value, {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'long',
    }).format(now.value),
  );

  let timer: ReturnType<typeof setInterval> | null = null;
  onMounted(() => {
    timer = setInterval(() => {
      now.value = Date.now();
      onTick(WALL_TICK_MS);
    }, WALL_TICK_MS);
  });
  onBeforeUnmount(() => {
    if (timer) clearInterval(timer);
  });

  return { now, clockTime, clockDate };
}
