import { type Ref, ref } from 'vue';

/** A flag that follows a CSS media query for the page's lifetime (module-level flags only). */
export function mediaQuery(query: string): Readonly<Ref<boolean>> {
  const media = typeof window !== 'undefined' ? window.matchMedia(query) : null;
  const matches = ref(media?.matches ?? false);
  media?.addEventListener('change', (e) => (matches.value = e.matches));
  return matches;
}

/** The phone layout (the `max-width: 720px` media queries of the styles): one column, folded sheets. */
export const phoneLayout = mediaQuery('(max-width: 720px)');
