import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** A font face to draw text with: its family name and the font file (OTF/TTF) that holds it. */
interface FontFace {
  family: string;
  file: string;
}

/** The faces a briefing is drawn with; a district may put its own (e.g. 仿宋_GB2312, 方正小标宋) in their place. */
export interface BriefingFonts {
  regular: FontFace;
  bold: FontFace;
}

/** What is used of fontkit (pdfkit's font reader), which ships no types. */
interface FontFile {
  familyName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** Opens a font file (OTF/TTF); throws when it is none. */
export const openFont = (file: string): FontFile =>
  (createRequire(import.meta.url)('fontkit') as { openSync(file: string): FontFile }).openSync(file);

const shipped = (name: string) => fileURLToPath(new URL(`../fonts/${name}`, import.meta.url));

/**
 * Noto Sans CJK SC cut to GB 2312 (fonts/OFL.txt, scripts/subset-fonts.sh): shipped with the package so
 * that a briefing looks the same on every machine and needs nothing from the internet or the system.
 */
export const SHIPPED_FONTS: BriefingFonts = {
  regular: { family: 'Noto Sans CJK SC', file: shipped('NotoSansSC-Regular.otf') },
  bold: { family: 'Noto Sans CJK SC', file: shipped('NotoSansSC-Bold.otf') },
};

/**
 * A district's own faces (e.g. 仿宋_GB2312 and 黑体 font files) for PDFs and charts, their family names
 * read from the files. Throws when a file is missing or not a font.
 */
export function fontFaces(regularFile: string, boldFile: string): BriefingFonts {
  const face = (file: string): FontFace => {
    let family: string;
    try {
      family = openFont(file).familyName;
    } catch (error) {
      throw new Error(`${file} is not a font file (OTF or TTF): ${(error as Error).message}`);
    }
    return { family, file };
  };
  return { regular: face(regularFile), bold: face(boldFile) };
}
