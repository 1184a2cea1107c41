// The wall is laid out in design pixels at 1920×1080; `scale` is screen pixels per design pixel (--u in
// the CSS, `scale` of the charts), so a 4K wall shows the same layout at twice the pixels and other
// ratios scale to their narrower side.
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

const WALL_DESIGN = { width: 1920, height: 1080 } as const;

export function useWallScale(): Ref<number> {
  const scale = ref(1);
  function measure(): void {
    scale.value = Math.min(window.innerWidth / WALL_DESIGN.width, window.innerHeight / WALL_DESIGN.height);
  }
  // Measured before the first render: the layout never draws at the wrong size.
  measure();
  onMounted(() => window.addEventListener('resize', measure));
  onBeforeUnmount(() => window.removeEventListener('resize', measure));
  return scale;
}
