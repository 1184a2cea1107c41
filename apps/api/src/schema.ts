import 'reflect-metadata';
import './modules/common/enums.js';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import {
  CaseConnectionResolver,
  CaseEventResolver,
  CaseResolver,
  PetitionerResolver,
} from './modules/case/case.resolver.js';
import { CategoryResolver } from './modules/category/category.resolver.js';
import { LeaderResolver } from './modules/leader/leader.resolver.js';
import { TownshipResolver, VillageResolver } from './modules/place/place.resolver.js';
import {
  CaseStatsBucketResolver,
  LeaderWorkloadResolver,
  StatsResolver,
} from './modules/stats/stats.resolver.js';
import { UnitResolver } from './modules/unit/unit.resolver.js';
import { PeriodsResolver } from './modules/periods/periods.resolver.js';
import { WorkflowResolver } from './modules/workflow/workflow.resolver.js';
import { AccessResolver } from './modules/access/access.resolver.js';
import { LiveResolver, TickerEntryResolver } from './modules/live/live.resolver.js';
import { authorizeField } from './modules/access/field-rules.js';
import { spendBudget } from './request-budget.js';

/** The one list of resolvers: the server and the schema emit both use it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  TownshipResolver,
  VillageResolver,
  PeriodsResolver,
  CategoryResolver,
  UnitResolver,
  LeaderResolver,
  CaseResolver,
  CaseConnectionResolver,
  CaseEventResolver,
  PetitionerResolver,
  StatsResolver,
  CaseStatsBucketResolver,
  LeaderWorkloadResolver,
  WorkflowResolver,
  AccessResolver,
  LiveResolver,
  TickerEntryResolver,
];

export function createSchema(): Promise<GraphQLSchema> {
  // Every field of every resolver passes the role rules of field-rules.ts (a field without a rule is refused),
  // after spending from the request's budget (request-budget.ts), which also paces it on the event loop.
  return buildSchema({
    resolvers,
    validate: false,
    globalMiddlewares: [spendBudget, authorizeField],
    // type-graphql insists on a PubSub once a subscription exists; ours all bring their own `subscribe`
    // (modules/live: the change publisher, filtered per user), so topic-based subscriptions are refused.
    pubSub: {
      publish() {
        throw new Error('topic subscriptions are not used; publish through ChangePublisher');
      },
      subscribe() {
        throw new Error('topic subscriptions are not used; give @Subscription a subscribe function');
      },
    },
  });
}
