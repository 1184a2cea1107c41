// Reading generated briefings back, for this package's tests and the API's (`@lianxin/briefing/testing`).
export { paragraphs, readEntry } from './docx-text.js';
export { missingGlyphs } from './glyphs.js';
