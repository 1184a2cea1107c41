import { type Ref, computed, onBeforeUnmount, onMounted, ref } from 'vue';
import { printing } from './theme';

/** On screen means this much of the element is: a panel's title alone at the bottom edge is not the panel. */
const SHOWN_PX = 120;

/**
 * True once `el` has been scrolled to (SHOWN_PX of it, or half of a shorter one, in the viewport), and
 * while the page is printed. Work below the first screen waits for it: on a mid-range phone drawing what
 * nobody has scrolled to delayed the page's answer to a tap (Lighthouse's mobile preset).
 */
export function useNearScreen(el: Ref<HTMLElement | null>): Readonly<Ref<boolean>> {
  const seen = ref(typeof IntersectionObserver === 'undefined');
  let observer: IntersectionObserver | null = null;
  onMounted(() => {
    if (seen.value || !el.value) return;
    observer = new IntersectionObserver(
      (entries) => {
        if (
          !entries.some(
            (e) => e.intersectionRect.height >= Math.min(SHOWN_PX, e.boundingClientRect.height / 2),
          )
        )
          return;
        seen.value = true;
        observer?.disconnect();
      },
      { threshold: Array.from({ length: 21 }, (_, i) => i / 20) },
    );
    observer.observe(el.value);
  });
  onBeforeUnmount(() => observer?.disconnect());
  return computed(() => seen.value || printing.value);
}
