export * from './enums.js';
export * from './time.js';
export * from './holidays.js';
export * from './clock.js';
export * from './lifecycle.js';
export * from './kpi.js';
export * from './masking.js';
export * from './identity.js';
