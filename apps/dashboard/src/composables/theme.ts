import { computed, ref } from 'vue';
import { mediaQuery } from './media';

export type ThemeMode = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'lianxin.theme';

function stored(): ThemeMode {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export const themeMode = ref<ThemeMode>(stored());
const systemDark = mediaQuery('(prefers-color-scheme: dark)');

// Paper is white: while printing, the charts draw in the light theme (styles/print.css does the rest).
// The print media query also answers to a test's emulated print media, beforeprint does not.
export const printing = mediaQuery('print');

export const isDark = computed(
  () => !printing.value && (themeMode.value === 'system' ? systemDark.value : themeMode.value === 'dark'),
);

/** Background painted into saved chart images (the charts themselves are transparent). */
export const chartBackground = computed(() => (isDark.value ? '#15171c' : '#ffffff'));

export function applyTheme(): void {
  document.documentElement.dataset.theme = isDark.value ? 'dark' : 'light';
}

export function setThemeMode(mode: ThemeMode): void {
  themeMode.value = mode;
  try {
    localStorage.setItem(STORAGE_KEY, mode);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  applyTheme();
}
