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

const shipped = (name: string) => fileURLToPath(new URL(`../fonts/${name}`, import.meta.url));

/**
 * Noto Sans CJK SC cut to GB 2312 (fonts/OFL.txt, scripts/subset-fonts.sh): shipped with the package so
 * that a briefing looks the same on every machine and needs nothing from the internet or the system.
 */
export const SHIPPED_FONTS: BriefingFonts = {
  regular: { family: 'Noto Sans CJK SC', file: shipped('NotoSansSC-Regular.otf') },
  bold: { family: 'Noto Sans CJK SC', file: shipped('NotoSansSC-Bold.otf') },
};
