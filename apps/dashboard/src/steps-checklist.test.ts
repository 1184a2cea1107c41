// The dashboard's place of the "Add a workflow step" checklist (packages/domain/README.md) that no type
// ties to the step catalogue: the labels of its form. A form field without one would show its message
// key; this fails naming the key. (The form itself is checked by workflow/steps.test.ts.)
import { describe, expect, it } from 'vitest';
import { zhCN } from './i18n/zh-CN';
import { STEPS, type StepSpec } from './workflow/steps';

describe('the step checklist in the dashboard', () => {
  it('labels every field of every step form, and both answers of a yes/no field (src/i18n, form.*)', () => {
    const labels: Record<string, string> = zhCN.form.fields;
    const choices: Record<string, Record<string, string>> = zhCN.form.choices;
    const unlabelled: string[] = [];
    for (const step of Object.values(STEPS) as StepSpec[]) {
      for (const field of step.fields) {
        if (!labels[field.name]) unlabelled.push(`form.fields.${field.name} (${step.event})`);
        if (field.kind !== 'boolean') continue;
        for (const answer of ['true', 'false'])
          if (!choices[field.name]?.[answer])
            unlabelled.push(`form.choices.${field.name}.${answer} (${step.event})`);
      }
    }
    expect(unlabelled.map((key) => `src/i18n/zh-CN.ts and en.ts: ${key}`)).toEqual([]);
  });
});
