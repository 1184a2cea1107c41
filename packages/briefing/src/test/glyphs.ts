import { openFont } from '../fonts.js';

/** The characters of `text` the font file has no glyph for (drawn as boxes, or not at all). */
export function missingGlyphs(fontFile: string, text: string): string[] {
  const font = openFont(fontFile);
  return [...new Set(text)].filter((c) => /\S/.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
}
