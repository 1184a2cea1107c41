import { describe, expect, it } from 'vitest';
import { parseWallConfig } from './wallConfig';

describe('parseWallConfig', () => {
  it('reads pages, dwell, theme and township from the link', () => {
    expect(
      parseWallConfig({ pages: 'villages,overview', dwell: '45', theme: 'light', township: '640302100000' }),
    ).toEqual({ pages: ['villages', 'overview'], dwell: 45, theme: 'light', township: '640302100000' });
  });
  it('rotates every page for 30 s on a dark screen over the district when the link says nothing', () => {
    expect(parseWallConfig({})).toEqual({
      pages: ['overview', 'leaders', 'villages', 'map', 'alerts'],
      dwell: 30,
      theme: 'dark',
      township: null,
    });
  });
  it('drops unknown and repeated pages, and clamps the dwell to 5 s … 1 h', () => {
    expect(parseWallConfig({ pages: 'leaders,cases,leaders', dwell: '1' })).toMatchObject({
      pages: ['leaders'],
      dwell: 5,
    });
    expect(parseWallConfig({ dwell: '99999' }).dwell).toBe(3600);
    expect(parseWallConfig({ dwell: 'soon' }).dwell).toBe(30);
  });
  it('ignores a township that is not a statistical code', () => {
    expect(parseWallConfig({ township: "1' or 1=1" }).township).toBeNull();
  });
});
