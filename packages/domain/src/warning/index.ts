export {
  baselineMonths,
  detectWarnings,
  WARNING_ALPHA,
  WARNING_CONTROL,
  WARNING_MAX_YEARS,
  type WarningLevel,
  type WarningPoint,
  warningYears,
} from './early-warning.js';
