import { createI18n } from 'vue-i18n';
import type { UiLocale } from '../format/format';
import { en } from './en';
import { type MessageSchema, zhCN } from './zh-CN';

const STORAGE_KEY = 'lianxin.locale';

function storedLocale(): UiLocale {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export const i18n = createI18n<[MessageSchema], UiLocale, false>({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN as MessageSchema, en },
});

export function setLocale(locale: UiLocale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
