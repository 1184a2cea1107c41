import { describe, expect, it } from 'vitest';
import { CASE_CODE_PATTERN, caseCode, parseCaseCode } from './case-code.js';

describe('case codes', () => {
  it('pads to six digits and goes on with seven past 999,999', () => {
    expect(caseCode('2026', 42)).toBe('LT-2026-000042');
    expect(caseCode(2026, 999_999)).toBe('LT-2026-999999');
    expect(caseCode('2026', 1_000_000)).toBe('LT-2026-1000000');
  });

  it('accepts what caseCode writes and nothing ambiguous', () => {
    for (const n of [1, 999_999, 1_000_000, 1_534_539])
      expect(CASE_CODE_PATTERN.test(caseCode('2026', n))).toBe(true);
    // A seventh digit with a leading zero would be a second spelling of a six-digit code.
    for (const text of ['LT-2026-0000042', 'LT-2026-42', 'LT-26-000042', 'lt-2026-000042', 'LT-2026-000042 '])
      expect(CASE_CODE_PATTERN.test(text), text).toBe(false);
  });

  it('reads a typed code in any case with spaces around it, and nothing else, as a code', () => {
    expect(parseCaseCode('  lt-2026-002568 ')).toBe('LT-2026-002568');
    expect(parseCaseCode('LT-2026-1000000')).toBe('LT-2026-1000000');
    for (const text of ['LT-2026-2568', '水渠 LT-2026-002568', 'LT 2026 002568', '', '   '])
      expect(parseCaseCode(text), text).toBeNull();
  });
});
