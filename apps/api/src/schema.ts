import 'reflect-metadata';
import './modules/common/enums.js';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { CaseConnectionResolver, CaseEventResolver, CaseResolver } from './modules/case/case.resolver.js';
import { CategoryResolver } from './modules/category/category.resolver.js';
import { LeaderResolver } from './modules/leader/leader.resolver.js';
import { TownshipResolver, VillageResolver } from './modules/place/place.resolver.js';
import {
  CaseStatsBucketResolver,
  LeaderWorkloadResolver,
  StatsResolver,
} from './modules/stats/stats.resolver.js';
import { UnitResolver } from './modules/unit/unit.resolver.js';
import { WorkflowResolver } from './modules/workflow/workflow.resolver.js';

/** The one list of resolvers: the server and the schema emit both use it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  TownshipResolver,
  VillageResolver,
  CategoryResolver,
  UnitResolver,
  LeaderResolver,
  CaseResolver,
  CaseConnectionResolver,
  CaseEventResolver,
  StatsResolver,
  CaseStatsBucketResolver,
  LeaderWorkloadResolver,
  WorkflowResolver,
];

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}
