import { Field, ObjectType } from 'type-graphql';
import { badUserInput } from './errors.js';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow the last one of this page.' })
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

/** Largest page a client may ask for; larger `first` values are refused, not silently cut. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export function checkPageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}

/** What a keyset cursor holds: the sort key it was made for, the sort value and the row id. */
export interface CursorPosition {
  sort: string;
  value: string | null;
  id: number;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.value, position.id])).toString('base64url');
}

/** Decodes a cursor made for `sort`; anything else is a BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string, sort: string): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput('after', 'malformed cursor');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    !(typeof parsed[1] === 'string' || parsed[1] === null) ||
    !Number.isSafeInteger(parsed[2])
  ) {
    throw badUserInput('after', 'malformed cursor');
  }
  if (parsed[0] !== sort) throw badUserInput('after', `cursor was made for order ${parsed[0]}, not ${sort}`);
  return { sort, value: parsed[1] as string | null, id: parsed[2] as number };
}
