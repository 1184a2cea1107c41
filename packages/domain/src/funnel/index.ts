export { funnelLimit, funnelPoint, type FunnelPoint, type FunnelPosition } from './funnel.js';
