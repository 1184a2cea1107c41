import { describe, expect, it } from 'vitest';
import { EXPLAINED_CODES } from '../errors/describe';
import { en } from './en';
import { zhCN } from './zh-CN';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
function values(o: object): string[] {
  return Object.values(o).flatMap((v) => (v && typeof v === 'object' ? values(v as object) : [String(v)]));
}

describe('messages', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });
  it('explain every error code the dashboard knows, plus a fallback', () => {
    for (const code of [...EXPLAINED_CODES, 'UNKNOWN']) {
      expect(zhCN.errors).toHaveProperty(code);
      expect(en.errors).toHaveProperty(code);
    }
  });
  it('keep the English file free of Chinese except the language names', () => {
    const cjk = values(en).filter((v) => /[\u4e00-\u9fff]/.test(v));
    expect(cjk).toEqual(['中文', '切换到中文', '中']);
  });
  it('use no vue-i18n special characters by accident', () => {
    for (const v of [...values(zhCN), ...values(en)]) {
      expect(v).not.toMatch(/[@|$]/);
    }
  });
});
