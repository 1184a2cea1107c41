import { describe, expect, it } from 'vitest';
import { idCheckDigit, isValidIdNumber, isValidMobile } from './identity.js';

describe('resident ID numbers', () => {
  it('computes the GB 11643 check character of known valid IDs', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(idCheckDigit('44052418800101001')).toBe('4');
  });
  it('accepts a correct ID and refuses a wrong check character, a lower-case x or a wrong length', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
    expect(isValidIdNumber('1101051949123100')).toBe(false);
  });
});

describe('mobile numbers', () => {
  it('accepts 11 digits starting 13–19 only', () => {
    expect(isValidMobile('13812345678')).toBe(true);
    expect(isValidMobile('12812345678')).toBe(false);
    expect(isValidMobile('1381234567')).toBe(false);
  });
});
