export {
  farringtonAtAlphas,
  FARRINGTON_DEFAULTS,
  type FarringtonControl,
  farringtonFlexible,
  type FarringtonResult,
  type PowerTransform,
  type ThresholdMethod,
} from './farrington.js';
