// Every error code the API returns in `extensions.code`, in one place. Clients switch on these.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CASE_NOT_FOUND: 'CASE_NOT_FOUND',
  TOWNSHIP_NOT_FOUND: 'TOWNSHIP_NOT_FOUND',
  VILLAGE_NOT_FOUND: 'VILLAGE_NOT_FOUND',
  LEADER_NOT_FOUND: 'LEADER_NOT_FOUND',
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  CATEGORY_NOT_FOUND: 'CATEGORY_NOT_FOUND',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Invalid argument: names the argument path (e.g. `filter.to`) so a form can point at it. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

/** A referenced thing does not exist; `keys` lists the unknown identifiers. */
export function notFound(
  code: Exclude<ErrorCode, 'BAD_USER_INPUT'>,
  field: string,
  keys: readonly (string | number)[],
): GraphQLError {
  return new GraphQLError(`${field}: not found: ${keys.join(', ')}`, {
    extensions: { code, field, keys: [...keys] },
  });
}
