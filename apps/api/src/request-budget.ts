// A budget per GraphQL request, spent while it executes: field resolutions and list items, caseStats
// buckets, SQL time. The static cost (query-cost.ts) refuses what is sure to be too much before it
// runs; this stops what turns out to be too much while it runs — and a request the execution timeout
// answered or whose client went away. Once stopped, every later field and SQL read throws at once,
// and the whole request is answered with one error and `data: null`, never partial data.
//
// It also keeps one request from holding the event loop: past its first `unpacedUnits`, every
// `yieldEvery` units of work the request waits for the next turn of the loop, so /health and other
// requests are answered in between (on SQLite, whose statements run on the main thread, reads also
// take one turn each).
//
// This file is the module's public face: the rest of the API imports the request budget from here.
// request-budget-limits.ts holds the limits and the budget errors, request-budget-state.ts the
// RequestBudget of one request, request-budget-scope.ts how a request's budget is found, started and
// settled, request-budget-fields.ts the field wrappers, request-budget-sql.ts the statement watcher.
export { budgetExceeded, REQUEST_BUDGET } from './request-budget-limits.js';
export { heldUnits, RequestBudget } from './request-budget-state.js';
export {
  budgetOf,
  currentBudget,
  requestBudget,
  requestBudgetPlugin,
  runInBudget,
} from './request-budget-scope.js';
export { budgeted, budgetedLeaf } from './request-budget-fields.js';
export { watchStatements } from './request-budget-sql.js';
