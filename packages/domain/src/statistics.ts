// The domain's statistics: early warning (Farrington) and funnel plots. An entry of its own
// (`@lianxin/domain/statistics`) because they need numeric libraries (~30 KB gzip of @stdlib) that
// the rest of the domain does not: the dashboard loads them with the one panel that draws a funnel,
// not with every page.
export * from './farrington/index.js';
export * from './funnel/index.js';
export * from './warning/index.js';
