import { describe, expect, it } from 'vitest';
import { SEQUENTIAL } from '../charts/palette';
import { tileColor, tileText, wallPalette, wallRamp } from './colors';

describe('wall colours', () => {
  it('give each theme its own chart text and background', () => {
    expect(wallPalette('dark')).toEqual({
      text: '#ffffff',
      muted: '#b8c0cc',
      accent: '#56b4e9',
      background: '#10141b',
    });
    expect(wallPalette('light').text).toBe('#0b0d10');
    expect(wallPalette('light').background).toBe('#f1f3f6');
  });
  it('fill the busiest village with the lightest viridis step on the dark wall, the darkest on the light', () => {
    expect(tileColor(1, false, 'dark')).toBe(SEQUENTIAL[0]);
    expect(tileColor(0, false, 'dark')).toBe(SEQUENTIAL[4]);
    expect(tileColor(1, false, 'light')).toBe(SEQUENTIAL[4]);
    expect(tileColor(0.39, false, 'light')).toBe(SEQUENTIAL[1]);
  });
  it('run the map from the darkest viridis step to the lightest on the dark wall, the other way on the light', () => {
    expect(wallRamp('dark')).toEqual(['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725']);
    expect(wallRamp('light')).toEqual([...SEQUENTIAL]);
  });
  it('leave a withheld village unfilled, its text in the theme colour', () => {
    expect(tileColor(0, true, 'dark')).toBe('transparent');
    expect(tileText(0, true, 'dark')).toBe('#ffffff');
    expect(tileText(0, true, 'light')).toBe('#0b0d10');
  });
  it('write dark text on light steps and white on dark ones', () => {
    expect(tileText(1, false, 'dark')).toBe('#0b0d10');
    expect(tileText(0.5, false, 'dark')).toBe('#ffffff');
    expect(tileText(0.39, false, 'light')).toBe('#0b0d10');
    expect(tileText(0.4, false, 'light')).toBe('#ffffff');
  });
});
