export * from './enums.js';
export * from './time.js';
export * from './holidays.js';
export * from './clock.js';
export * from './lifecycle.js';
export * from './kpi.js';
export * from './masking.js';
export * from './identity.js';
export * from './roles.js';
export * from './permissions.js';
export * from './wall.js';
export * from './case-code.js';
export * from './case-facts.js';
export * from './steps.js';
export * from './step-apply.js';
export * from './periods.js';
export * from './kpi-events.js';
// Farrington, funnel and early warning: '@lianxin/domain/statistics' (src/statistics.ts).
