import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { badUserInput } from '../common/errors.js';
import { AccessLogEntry, User } from './access.types.js';

function optionalId(field: string, value: string | null | undefined): number | null {
  if (value == null) return null;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw badUserInput(field, `${field} must be a positive id`);
  return n;
}

/** Administration reads (the field rules admit ADMIN only). */
@Resolver()
export class AccessResolver {
  @Query(() => [User], { description: 'Every user account (ADMIN only). Manage them with `pnpm users`.' })
  users(@Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.access.users();
  }

  @Query(() => [AccessLogEntry], {
    description: 'The access log, newest first (ADMIN only): personal data read in full, and exports.',
  })
  accessLog(
    @Arg('first', () => Int, { nullable: true, description: 'How many (default 50, at most 200).' })
    first: number | null,
    @Arg('before', () => ID, { nullable: true, description: 'Entries older than this entry id.' })
    before: string | null,
    @Arg('caseId', () => ID, { nullable: true, description: 'Only reads of this case.' })
    caseId: string | null,
    @Arg('username', () => String, { nullable: true, description: 'Only this user.' })
    username: string | null,
    @Ctx() ctx: Context,
  ): Promise<AccessLogEntry[]> {
    return ctx.services.access.accessLog({
      first,
      before: optionalId('before', before),
      caseId: optionalId('caseId', caseId),
      username: username ?? null,
    });
  }
}
