import { describe, expect, it } from 'vitest';
import { isValidIdNumber } from '@lianxin/domain';
import { MOBILE_RE, randomIdNumber, randomMobile, randomName } from './people.js';
import { Prng } from './prng.js';

describe('resident ID numbers', () => {
  it('generates Wuzhong IDs born 1940–2003 with a valid check digit', () => {
    const rng = new Prng(7);
    for (let i = 0; i < 2000; i++) {
      const id = randomIdNumber(rng, i % 2 === 0);
      expect(id).toMatch(/^6403\d{14}$|^6403\d{13}X$/);
      expect(isValidIdNumber(id)).toBe(true);
      const year = Number(id.slice(6, 10));
      expect(year).toBeGreaterThanOrEqual(1940);
      expect(year).toBeLessThanOrEqual(2003);
      expect(Number(id[16]) % 2).toBe(i % 2 === 0 ? 1 : 0);
    }
  });
});

describe('phones and names', () => {
  it('generates 11-digit mobiles with operator prefixes', () => {
    const rng = new Prng(8);
    for (let i = 0; i < 2000; i++) expect(randomMobile(rng)).toMatch(MOBILE_RE);
  });

  it('generates names of two or three characters', () => {
    const rng = new Prng(9);
    for (let i = 0; i < 500; i++) expect([2, 3]).toContain([...randomName(rng, true)].length);
  });
});

describe('Prng', () => {
  it('repeats for the same seed and differs for another', () => {
    const draw = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (rng) => () =>
            rng.next()
        )(new Prng(seed)),
      );
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });
});
