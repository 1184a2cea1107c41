// Public API of the seed package: reference data, the case stream, and the article's figures.
export type { SeedOptions } from './schedule.js';
export { plannedCaseCount } from './schedule.js';
export { generateCases } from './cases.js';
export { generateDistrict, DEFAULT_SEED, DISTRICT_CODE, DISTRICT_NAME } from './district.js';
export { ARTICLE_2023, ARTICLE_VILLAGES, WATER_MEETING_PARTIES } from './article.js';
export { MOBILE_RE } from './people.js';
export { Prng } from './prng.js';
export type * from './rows.js';
