import { computed, ref } from 'vue';

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

const media = typeof window !== 'undefined' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
export const themeMode = ref<ThemeMode>(stored());
const systemDark = ref(media?.matches ?? false);
media?.addEventListener('change', (e) => {
  systemDark.value = e.matches;
});

export const isDark = computed(() =>
  themeMode.value === 'system' ? systemDark.value : themeMode.value === 'dark',
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
