import { OUTCOME_LABELS, SATISFACTION_LABELS, VISIT_KIND_LABELS, type Label } from '@lianxin/domain';
import type { UiLocale } from '../format/format';
import { enumLabel } from './labels';

/** Payload parts that are the event's own words (an instruction's text, a reason …): shown as they are. */
const CONTENT_KEYS = ['text', 'reason', 'note', 'parties', 'decisions'];

/** Internal references a reader has no use for (the repeat's original is named by its code). */
const HIDDEN_KEYS = new Set(['repeatOfId']);

/** Values that are codes, and the words for them. */
const VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  outcome: OUTCOME_LABELS,
  satisfaction: SATISFACTION_LABELS,
  visitKind: VISIT_KIND_LABELS,
  stage: {
    FIRST: { zh: '首次办理', en: 'First handling' },
    REVIEW: { zh: '复查', en: 'Review' },
    REREVIEW: { zh: '复核', en: 'Re-review' },
    REOPENED: { zh: '重新办理', en: 'Reopened' },
  },
};

/** How the timeline names a payload key and words a yes/no or a number of days (the view's i18n). */
export interface DetailWords {
  /** The key's name in the reader's language, or null when it has none (then the key itself shows). */
  key(name: string): string | null;
  yesNo(value: boolean): string;
  days(n: number): string;
}

/**
 * The readable lines of an event's payload: the event's own words first (reason, note, instruction text,
 * parties and decisions of a meeting …), then every other recorded part as "name: value" in words —
 * 处理结果: 解释说明, never outcome: EXPLAINED — so nothing recorded is hidden and no code is shown.
 */
export function eventDetails(
  payload: Record<string, unknown> | null | undefined,
  words: DetailWords,
  loc: UiLocale,
): string[] {
  if (!payload) return [];
  const out: string[] = [];
  const text = (v: unknown): string | null => {
    if (v === null || v === undefined || v === '') return null;
    if (Array.isArray(v)) return v.map(String).join(loc === 'zh-CN' ? '、' : ', ');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  for (const key of CONTENT_KEYS) {
    const v = text(payload[key]);
    if (v) out.push(v);
  }
  for (const [key, value] of Object.entries(payload)) {
    if (CONTENT_KEYS.includes(key) || HIDDEN_KEYS.has(key)) continue;
    let v: string | null;
    if (typeof value === 'boolean') v = words.yesNo(value);
    else if (key === 'days' && typeof value === 'number') v = words.days(value);
    else if (typeof value === 'string' && VALUE_WORDS[key]) v = enumLabel(VALUE_WORDS[key], value, loc);
    else v = text(value);
    if (v) out.push(`${words.key(key) ?? key}: ${v}`);
  }
  return out;
}
