import 'reflect-metadata';
import { type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { TownshipResolver } from './modules/place/place.resolver.js';

/** The one list of resolvers: the server and the schema emit both use it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [TownshipResolver];

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}
