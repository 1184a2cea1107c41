import { describe, expect, it } from 'vitest';
import { parseLsn } from './replicas.js';

describe('parseLsn', () => {
  it('reads pg_lsn text as a number that orders like the WAL', () => {
    expect(parseLsn('0/0')).toBe(0n);
    expect(parseLsn('16/B374D848')).toBe(0x16n * 2n ** 32n + 0xb374d848n);
    // Across the 4 GB boundary the high word decides, whatever the low one says.
    expect(parseLsn('1/0')! > parseLsn('0/FFFFFFFF')!).toBe(true);
    expect(parseLsn('a/1')).toBe(parseLsn('A/1'));
  });

  it('answers null for anything else (a client’s cookie may hold anything)', () => {
    for (const bad of ['', '1', '1/', '/1', '1/2/3', 'G/1', '123456789/1', ' 1/1', '1/1; drop']) {
      expect(parseLsn(bad)).toBeNull();
    }
  });
});
