// Public API of the seed package: reference data, the case stream, and the article's figures.
export type { SeedOptions } from './schedule.js';
export { plannedCaseCount } from './schedule.js';
export { generateCases, plantedOutbreaks } from './cases.js';
export type { Outbreak } from './outbreaks.js';
export { generateDistrict, DEFAULT_SEED } from './district.js';
export { ARTICLE_2023, ARTICLE_VILLAGES, WATER_MEETING_PARTIES } from './article.js';
export { Prng } from './prng.js';
// Building blocks of one case, for `pnpm simulate` (apps/api), which invents cases the same way live.
export { CATEGORY_ORDER, MONTH_CATEGORY_CUMULATIVE } from './schedule.js';
export { UNIT_SPECS } from './district.js';
export { MOBILE_RE, randomIdNumber, randomMobile, randomName } from './people.js';
export { DECLINE_REASONS, DELAY_REASONS, TEMPLATES, type Template } from './text.js';
export type * from './rows.js';
