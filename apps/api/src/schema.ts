import 'reflect-metadata';
import './modules/common/enums.js';
import {
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
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
import { WorkflowAnswerResolver } from './modules/workflow/workflow-answer.resolver.js';
import { AccessResolver } from './modules/access/access.resolver.js';
import { KpiTargetResolver } from './modules/targets/kpi-target.resolver.js';
import { BoundaryPackResolver } from './modules/map/boundary-pack.resolver.js';
import { LiveResolver, TickerEntryResolver } from './modules/live/live.resolver.js';
import { EarlyWarningNoticeResolver, EarlyWarningResolver } from './modules/warning/warning.resolver.js';
import type { Context } from './context.js';
import { assertCaseReadable } from './modules/access/field-rules.js';
import { ensureOperationAuthorized } from './modules/access/operation-rules.js';
import { budgeted, budgetedLeaf } from './request-budget.js';

/** The one list of resolvers: the server and the schema emit both use it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const resolvers: NonEmptyArray<Function> = [
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
  WorkflowAnswerResolver,
  AccessResolver,
  KpiTargetResolver,
  BoundaryPackResolver,
  LiveResolver,
  TickerEntryResolver,
  EarlyWarningResolver,
  EarlyWarningNoticeResolver,
];

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: false,
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
  guardFields(schema);
  return schema;
}

type Resolver = GraphQLFieldResolver<unknown, Context>;

/**
 * Every field spends from the request's budget (request-budget.ts), which also paces it on the event
 * loop: root fields and fields of an object type count the scalar fields under what they return, so a
 * scalar field spends nothing itself. Root fields first make sure their operation passed the role
 * rules of field-rules.ts, decided once per operation (operation-rules.ts: a field without a rule is
 * refused); every field of a Case checks the row. Plain functions around the resolvers, not
 * type-graphql global middlewares: those make every field asynchronous, several promises each, which
 * on a large answer cost more than the answer itself.
 */
function guardFields(schema: GraphQLSchema): void {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: Resolver = field.resolve ?? defaultFieldResolver;
      const spend = isLeafType(getNamedType(field.type)) ? budgetedLeaf : budgeted;
      if (roots.has(type)) {
        field.resolve = budgeted<Context>((root, args, context, info) => {
          ensureOperationAuthorized(context, info);
          return resolve(root, args, context, info);
        });
        const subscribe: Resolver | undefined = field.subscribe;
        if (subscribe)
          field.subscribe = (root, args, context: Context, info) => {
            ensureOperationAuthorized(context, info);
            return subscribe(root, args, context, info);
          };
      } else if (type.name === 'Case') {
        field.resolve = spend<Context>((root, args, context, info) => {
          assertCaseReadable(context, root);
          return resolve(root, args, context, info);
        });
      } else {
        field.resolve = spend<Context>(resolve);
      }
    }
  }
}
