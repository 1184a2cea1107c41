import { describe, expect, it } from 'vitest';
import { requestIdOf } from './log.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdOf', () => {
  it('keeps an incoming id of up to 64 letters, digits, dots, dashes and underscores', () => {
    expect(requestIdOf('lb-7f3a.42_x')).toBe('lb-7f3a.42_x');
    expect(requestIdOf('a'.repeat(64))).toBe('a'.repeat(64));
  });

  it('replaces a missing, repeated, too long or header-splitting id with a new UUID', () => {
    for (const hostile of [
      undefined,
      '',
      ['a', 'b'],
      'a'.repeat(65),
      'abc\r\nSet-Cookie: lianxin_session=x',
      'abc\n{"level":"fatal"}',
      'id with spaces',
    ])
      expect(requestIdOf(hostile)).toMatch(UUID);
  });
});
