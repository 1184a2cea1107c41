import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './masking.js';

describe('maskName', () => {
  it('keeps the surname and replaces each given-name character with 某', () => {
    expect(maskName('马建国')).toBe('马某某');
    expect(maskName('杨帆')).toBe('杨某');
  });
  it('keeps a compound surname whole', () => {
    expect(maskName('欧阳修文')).toBe('欧阳某某');
    expect(maskName('欧阳')).toBe('欧某');
  });
  it('masks a one-character name completely and leaves empty input empty', () => {
    expect(maskName('马')).toBe('某');
    expect(maskName('')).toBe('');
  });
});

describe('maskPhone', () => {
  it('shows the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('masks short numbers whole', () => {
    expect(maskPhone('12345')).toBe('*****');
  });
});

describe('maskIdNumber', () => {
  it('shows the region prefix and the last four characters', () => {
    expect(maskIdNumber('64030219900101123X')).toBe('6403**********123X');
  });
  it('masks short values whole', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
  });
});
