// The budget of the request being served: found by its GraphQL context or by the code running for it,
// started by an Express middleware before Apollo's and settled by an Apollo plugin once answered.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GraphQLError } from 'graphql';
import { databaseUnavailable, isDatabaseUnavailable } from './db/unavailable.js';
import { ErrorCode } from './modules/common/errors.js';
import { REQUEST_BUDGET, timedOut, type Limits } from './request-budget-limits.js';
import { RequestBudget } from './request-budget-state.js';

/** The budget of the request being served (SQL statements and services find it here). */
const current = new AsyncLocalStorage<RequestBudget>();
/** Each request's budget, by its GraphQL context (the plugin and the response cache look it up). */
const byContext = new WeakMap<object, RequestBudget>();

/** The budget of a GraphQL context: the one its HTTP request started with, else a new one. */
export function budgetOf(context: object): RequestBudget {
  let budget = byContext.get(context);
  if (!budget) {
    budget = current.getStore() ?? new RequestBudget();
    byContext.set(context, budget);
  }
  return budget;
}

/** Runs `fn` (and everything it starts) as part of the request whose budget this is. */
export function runInBudget<T>(budget: RequestBudget, fn: () => T): T {
  return current.run(budget, fn);
}

/** The budget of the request this code runs for; null outside a GraphQL request (CLI, export). */
export function currentBudget(): RequestBudget | null {
  return current.getStore() ?? null;
}

/**
 * Express middleware before Apollo's: starts the request's budget and runs the rest of the request in
 * it. The budget stops when the execution timeout answered (executionTimeout's `res.locals.timeout`)
 * or the client went away, so that work nobody will read stops.
 */
export function requestBudget(limits: Limits = REQUEST_BUDGET): RequestHandler {
  return (_req, res, next) => {
    const budget = new RequestBudget(limits);
    const timeout = res.locals.timeout as AbortSignal | undefined;
    timeout?.addEventListener('abort', () =>
      budget.abandon(timedOut('The request took longer than its time limit and was stopped.')),
    );
    res.once('close', () => {
      if (!res.writableFinished) budget.abandon(timedOut('The client closed the connection.'));
      budget.release();
    });
    runInBudget(budget, next);
  };
}

/**
 * Answers a stopped request with its one error and `data: null` (400 for a budget, 503 for a
 * timeout), whatever the fields produced before it stopped; marks when the operation executes.
 */
export function requestBudgetPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue }) {
          // Not reset when it ends: graphql-js ends at the first failed root field, while the other
          // root fields' resolvers still run on, and their reads must be refused too.
          budgetOf(contextValue).executing = true;
        },
        async didEncounterErrors({ contextValue, errors }) {
          const budget = budgetOf(contextValue);
          // The database went away outside a field (the response cache's version read …): the same answer.
          if (errors.some((e) => isDatabaseUnavailable(e.originalError))) budget.stop(databaseUnavailable());
          const failure = budget.failure;
          // Apollo formats this very array next: one entry, not one per field that threw it.
          if (failure) (errors as GraphQLError[]).splice(0, errors.length, failure);
        },
        async willSendResponse({ contextValue, response }) {
          const budget = budgetOf(contextValue);
          // Answered: its units leave the process-wide total (also on the socket's close, whichever first).
          budget.release();
          const failure = budget.failure;
          if (!failure || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.data = null;
          result.errors = [{ message: failure.message, extensions: failure.extensions }];
          // Come back later: a timeout, a database away, or a server busy with other large answers. Else
          // ask for less: 400.
          const code = failure.extensions.code;
          const later =
            code === ErrorCode.TIMEOUT ||
            code === ErrorCode.DATABASE_UNAVAILABLE ||
            failure.extensions.budget === 'unitsInFlight';
          response.http.status = later ? 503 : 400;
          if (later) response.http.headers.set('retry-after', code === ErrorCode.TIMEOUT ? '30' : '5');
        },
      };
    },
  };
}
