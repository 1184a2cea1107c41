// The case workflow as GraphQL mutations. Thin: arguments are checked and turned into a Step; the
// service runs it in one transaction.
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import {
  canExtend,
  canRequestRereview,
  canRequestReview,
  CaseEventType as E,
  Channel,
  isValidIdNumber,
  isValidMobile,
  MatterType,
  MAX_REPRESENTATIVES,
  Outcome,
  Role,
  Satisfaction,
  validateExtension,
  validateHandlingDays,
  VisitKind,
  type RuleCheck,
} from '@lianxin/domain';
import type { Context } from '../../context.js';
import { Case } from '../case/case.types.js';
import { forbidden } from '../access/access-policy.js';
import { badUserInput, ErrorCode, notFound } from '../common/errors.js';
import type { Step } from './workflow.service.js';

@InputType({ description: 'A petitioner of a new case. Personal data: stored in full, shown masked.' })
class PetitionerInput {
  @Field(() => String, { description: 'Full name.' })
  name: string;

  @Field(() => String, { description: 'Mainland mobile number, 11 digits.' })
  phone: string;

  @Field(() => String, { description: 'Resident ID number, 18 characters with a valid check character.' })
  idNumber: string;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Representative of a collective petition (default true).',
  })
  representative: boolean;
}

@InputType({ description: 'A new petition or dispute case.' })
class RegisterCaseInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key chosen by the client (≤ 64 characters): the same key from the same user registers once ' +
      "and returns that case; another user's key is a different key.",
  })
  clientKey?: string | null;

  @Field(() => String, { description: 'Short title (≤ 200 characters).' })
  title: string;

  @Field(() => String, { description: 'Summary of the matter (≤ 5,000 characters).' })
  summary: string;

  @Field(() => MatterType, { description: 'Matter type.' })
  matterType: MatterType;

  @Field(() => String, { description: 'Category code, e.g. IRRIGATION.' })
  categoryCode: string;

  @Field(() => Channel, { description: 'Channel of receipt.' })
  channel: Channel;

  @Field(() => String, { description: 'Village code.' })
  villageCode: string;

  @Field(() => Int, { description: 'People behind the petition (1–100,000); 5 or more is collective.' })
  headcount: number;

  @Field(() => [PetitionerInput], {
    description: `Petitioners: 1 to ${MAX_REPRESENTATIVES} (representatives of a collective petition).`,
  })
  petitioners: PetitionerInput[];
}

const MAX_TEXT = 5000;

function text(
  field: string,
  value: string | null | undefined,
  max = MAX_TEXT,
  required = true,
): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw badUserInput(field, `${field} must not be empty`);
    return null;
  }
  if ([...trimmed].length > max) throw badUserInput(field, `${field} is limited to ${max} characters`);
  return trimmed;
}

function days(field: string, value: number, check: (n: number) => RuleCheck): number {
  const rule = check(value);
  if (!rule.ok) throw badUserInput(field, rule.message);
  return value;
}

function caseId(id: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw badUserInput('id', `not a case id: ${JSON.stringify(id)}`);
  return n;
}

async function leaderId(ctx: Context, field: string, id: number): Promise<number> {
  if (!(await ctx.loaders.leaders.byId.load(id))) throw notFound(ErrorCode.LEADER_NOT_FOUND, field, [id]);
  return id;
}

async function unitId(ctx: Context, field: string, id: number): Promise<number> {
  if (!(await ctx.loaders.units.byId.load(id))) throw notFound(ErrorCode.UNIT_NOT_FOUND, field, [id]);
  return id;
}

/** Roles that register and work cases. */
const CASE_WORKERS: readonly Role[] = [Role.ADMIN, Role.CLERK];
/** Steps a leader records about their own actions. */
const LEADER_STEPS = new Set<E>([E.VISIT, E.INSTRUCTION, E.SUPERVISED]);

/**
 * Writes need a signed-in ADMIN or CLERK (a LEADER may record their own visits, instructions and
 * supervision), on a case they may see: in their area, and for an accusation only when cleared.
 */
async function requireWriter(ctx: Context, step: E, caseIdOrNull: number | null, leaderId?: number | null) {
  const user = ctx.user;
  if (!user) {
    throw new GraphQLError('Sign in to change cases.', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
  const leaderActs = user.role === Role.LEADER && LEADER_STEPS.has(step);
  if (!CASE_WORKERS.includes(user.role) && !leaderActs) {
    throw forbidden(`The role ${user.role} may not record ${step}.`);
  }
  if (leaderActs && (user.leaderId === null || leaderId !== user.leaderId)) {
    throw forbidden('A leader records their own visits, instructions and supervision only.');
  }
  if (caseIdOrNull === null) return;
  const target = await ctx.loaders.cases.byId.load(caseIdOrNull);
  // An unknown case is the service's to report (CASE_NOT_FOUND, inside its transaction).
  if (target) ctx.access.assertCaseVisible(target);
}

const ID_ARG = { description: 'Case id.' } as const;
const VERSION_ARG = {
  description: 'The case version the client saw; a stale one gets VERSION_CONFLICT.',
} as const;

@Resolver(() => Case)
export class WorkflowResolver {
  private async apply(ctx: Context, id: string, version: number, step: Step): Promise<Case> {
    const target = caseId(id);
    await requireWriter(ctx, step.type, target, step.leaderId);
    return ctx.services.workflow.apply(target, version, step, ctx.actor);
  }

  @FieldResolver(() => [E], {
    description:
      'Steps the state machine allows now that you may take (the clock may still refuse one, e.g. a second ' +
      'extension): all of them for administrators and clerks, visits, instructions and supervision for a ' +
      'leader, none for other roles.',
  })
  allowedSteps(@Root() c: Case, @Ctx() ctx: Context): E[] {
    const role = ctx.user?.role;
    const steps = ctx.services.workflow.allowedSteps(c as never);
    if (role && CASE_WORKERS.includes(role)) return steps;
    if (role === Role.LEADER) return steps.filter((step) => LEADER_STEPS.has(step));
    return [];
  }

  @Mutation(() => Case, {
    description:
      '登记: registers a case. Same clientKey twice from the same user: the first case. Repeats are flagged ' +
      '(Art. 19). Petitioners are shown as entered here, whatever is stored for the same ID number elsewhere.',
  })
  async registerCase(
    @Arg('input', () => RegisterCaseInput, { description: 'The case.' }) input: RegisterCaseInput,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    await requireWriter(ctx, E.REGISTERED, null);
    const user = ctx.access.signedIn();
    const clientKey = text('input.clientKey', input.clientKey, 64, false);
    const title = text('input.title', input.title, 200)!;
    const summary = text('input.summary', input.summary)!;
    if (!Number.isInteger(input.headcount) || input.headcount < 1 || input.headcount > 100_000) {
      throw badUserInput('input.headcount', 'headcount must be between 1 and 100,000');
    }
    if (input.petitioners.length < 1 || input.petitioners.length > MAX_REPRESENTATIVES) {
      throw badUserInput('input.petitioners', `between 1 and ${MAX_REPRESENTATIVES} petitioners`);
    }
    if (input.petitioners.length > input.headcount) {
      throw badUserInput('input.headcount', 'headcount is smaller than the number of petitioners');
    }
    const petitioners = input.petitioners.map((p, i) => {
      const name = text(`input.petitioners.${i}.name`, p.name, 32)!;
      const phone = p.phone.trim();
      if (!isValidMobile(phone))
        throw badUserInput(`input.petitioners.${i}.phone`, 'not a mainland mobile number');
      const idNumber = p.idNumber.trim().toUpperCase();
      if (!isValidIdNumber(idNumber)) {
        throw badUserInput(
          `input.petitioners.${i}.idNumber`,
          'not a valid resident ID number (check character)',
        );
      }
      return { name, phone, idNumber, representative: p.representative };
    });
    if (new Set(petitioners.map((p) => p.idNumber)).size !== petitioners.length) {
      throw badUserInput('input.petitioners', 'the same ID number appears twice');
    }
    if (!(await ctx.loaders.categories.byCode.load(input.categoryCode))) {
      throw notFound(ErrorCode.CATEGORY_NOT_FOUND, 'input.categoryCode', [input.categoryCode]);
    }
    const village = await ctx.loaders.places.villageByCode.load(input.villageCode);
    if (village && !ctx.access.placeInArea(village.townshipCode, village.code)) {
      throw forbidden(`Village ${village.code} lies outside your area.`);
    }
    const registered = await ctx.services.workflow.register(
      {
        registeredBy: user.id,
        clientKey,
        title,
        summary,
        matterType: input.matterType,
        categoryCode: input.categoryCode,
        channel: input.channel,
        villageCode: input.villageCode,
        headcount: input.headcount,
        petitioners,
      },
      ctx.actor,
    );
    // A replayed key returns the case this user registered with it earlier: theirs to read back (an
    // accusation included, as on the first call) only while it is still within their reach.
    if (registered.registeredBy !== user.id || !ctx.access.caseInReach(registered)) {
      throw forbidden(`The case registered earlier with this client key lies outside your area now.`);
    }
    ctx.access.noteRegistered(registered.id);
    return registered;
  }

  @Mutation(() => Case, {
    description: '受理: accepts the case; the 60-day handling clock starts (Art. 34).',
  })
  acceptCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return this.apply(ctx, id, version, { type: E.ACCEPTED, change: (_c, now) => ({ acceptedAt: now }) });
  }

  @Mutation(() => Case, {
    description: '不予受理: declines the case, with the reason told to the petitioner.',
  })
  declineCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('reason', () => String, { description: 'Why (told to the petitioner).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const why = text('reason', reason);
    return this.apply(ctx, id, version, {
      type: E.NOT_ACCEPTED,
      payload: { reason: why },
      change: (_c, now) => ({ declinedAt: now }),
    });
  }

  @Mutation(() => Case, {
    description: '转送交办: forwards or assigns the case to a responsible unit (Art. 22).',
  })
  async forwardCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('unitId', () => Int, { description: 'The responsible unit.' }) unit: number,
    @Arg('note', () => String, { nullable: true, description: 'Instructions to the unit.' })
    note: string | null,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const target = await unitId(ctx, 'unitId', unit);
    const payload = { note: text('note', note, MAX_TEXT, false) };
    return this.apply(ctx, id, version, {
      type: E.FORWARDED,
      unitId: target,
      payload,
      change: (c, now) => ({ unitId: target, forwardedAt: c.forwardedAt ?? now }),
    });
  }

  @Mutation(() => Case, { description: '包案: puts a leader in personal charge of the case.' })
  async assignLeader(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('leaderId', () => Int, { description: 'The leader.' }) leader: number,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const target = await leaderId(ctx, 'leaderId', leader);
    return this.apply(ctx, id, version, {
      type: E.ASSIGNED,
      leaderId: target,
      change: () => ({ leaderId: target }),
    });
  }

  @Mutation(() => Case, { description: 'Records a leader visit: 接访, 下访, 约访, 走访 or 回访.' })
  async recordVisit(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('leaderId', () => Int, { description: 'The visiting leader.' }) leader: number,
    @Arg('kind', () => VisitKind, { description: 'Kind of visit.' }) kind: VisitKind,
    @Arg('note', () => String, { nullable: true, description: 'What was heard and agreed.' })
    note: string | null,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const target = await leaderId(ctx, 'leaderId', leader);
    return this.apply(ctx, id, version, {
      type: E.VISIT,
      leaderId: target,
      visitKind: kind,
      payload: { note: text('note', note, MAX_TEXT, false) },
    });
  }

  @Mutation(() => Case, { description: '批示: records a written instruction by a leader.' })
  async recordInstruction(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('leaderId', () => Int, { description: 'The instructing leader.' }) leader: number,
    @Arg('text', () => String, { description: 'The instruction.' }) instruction: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const target = await leaderId(ctx, 'leaderId', leader);
    return this.apply(ctx, id, version, {
      type: E.INSTRUCTION,
      leaderId: target,
      payload: { text: text('text', instruction) },
    });
  }

  @Mutation(() => Case, { description: '督办: records supervision of the handling, by a unit or a leader.' })
  async superviseCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('note', () => String, { description: 'What is demanded, by when.' }) note: string,
    @Arg('unitId', () => Int, { nullable: true, description: 'Supervising unit.' }) unit: number | null,
    @Arg('leaderId', () => Int, { nullable: true, description: 'Supervising leader.' }) leader: number | null,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const payload = { note: text('note', note) };
    const supervisingUnit = unit == null ? null : await unitId(ctx, 'unitId', unit);
    const supervisingLeader = leader == null ? null : await leaderId(ctx, 'leaderId', leader);
    return this.apply(ctx, id, version, {
      type: E.SUPERVISED,
      unitId: supervisingUnit,
      leaderId: supervisingLeader,
      payload,
    });
  }

  @Mutation(() => Case, {
    description: '联席会议/多方协商: records a coordination meeting, its parties and decisions.',
  })
  recordCoordination(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('parties', () => [String], { description: 'Parties at the table (2–20).' }) parties: string[],
    @Arg('decisions', () => [String], { description: 'Decisions reached (1–50).' }) decisions: string[],
    @Ctx() ctx: Context,
  ): Promise<Case> {
    if (parties.length < 2 || parties.length > 20) throw badUserInput('parties', 'between 2 and 20 parties');
    if (decisions.length < 1 || decisions.length > 50)
      throw badUserInput('decisions', 'between 1 and 50 decisions');
    const payload = {
      parties: parties.map((p, i) => text(`parties.${i}`, p, 64)),
      decisions: decisions.map((d, i) => text(`decisions.${i}`, d)),
    };
    return this.apply(ctx, id, version, { type: E.COORDINATION, payload });
  }

  @Mutation(() => Case, {
    description: '限期办理: sets a handling period shorter than the statutory 60 days.',
  })
  async setDeadline(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('days', () => Int, { description: 'Days from acceptance (1–60).' }) n: number,
    @Arg('leaderId', () => Int, { nullable: true, description: 'Who set it.' }) leader: number | null,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const handlingDays = days('days', n, validateHandlingDays);
    const setBy = leader == null ? null : await leaderId(ctx, 'leaderId', leader);
    return this.apply(ctx, id, version, {
      type: E.DEADLINE_SET,
      leaderId: setBy,
      payload: { days: handlingDays },
      change: () => ({ handlingDays }),
    });
  }

  @Mutation(() => Case, {
    description: '听证开始: a hearing starts; its days will not count against the clock.',
  })
  startHearing(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('note', () => String, { nullable: true, description: 'About the hearing.' }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return this.apply(ctx, id, version, {
      type: E.HEARING_STARTED,
      payload: { note: text('note', note, MAX_TEXT, false) },
    });
  }

  @Mutation(() => Case, {
    description: '听证结束: the hearing ended; its days are added to the handling deadline.',
  })
  endHearing(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('days', () => Int, { description: 'Days the hearing took (1–90).' }) n: number,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    if (!Number.isInteger(n) || n < 1 || n > 90) throw badUserInput('days', 'between 1 and 90 days');
    return this.apply(ctx, id, version, {
      type: E.HEARING_ENDED,
      payload: { days: n },
      change: (c) => ({ pausedDays: c.pausedDays + n }),
    });
  }

  @Mutation(() => Case, {
    description:
      '延期: extends the handling period once, by at most 30 days, with reason and approver (Art. 34).',
  })
  async extendDeadline(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('days', () => Int, { description: 'Extra days (1–30).' }) n: number,
    @Arg('reason', () => String, { description: 'Why (told to the petitioner).' }) reason: string,
    @Arg('approverLeaderId', () => Int, { description: 'The leader who approved it.' }) approver: number,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const why = text('reason', reason);
    const approvedBy = await leaderId(ctx, 'approverLeaderId', approver);
    return this.apply(ctx, id, version, {
      type: E.EXTENDED,
      leaderId: approvedBy,
      payload: { days: n, reason: why },
      check: (c, now) => {
        const window = canExtend(c, now);
        return window.ok ? validateExtension(n, c.extensionDays) : window;
      },
      change: () => ({ extensionDays: n, delayReason: why }),
    });
  }

  @Mutation(() => Case, {
    description: '答复: the written reply with its outcome (支持 / 解释说明 / 不予支持).',
  })
  replyCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('outcome', () => Outcome, { description: 'Outcome.' }) outcome: Outcome,
    @Arg('text', () => String, { description: 'The reply.' }) reply: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const body = text('text', reply);
    return this.apply(ctx, id, version, {
      type: E.REPLIED,
      payload: { outcome, text: body },
      change: (c, now) => {
        // The first reply is the one the KPIs count; a review's answer is recorded beside it.
        if (c.status === 'UNDER_REVIEW') return { reviewRepliedAt: now };
        if (c.status === 'UNDER_REREVIEW') return { rereviewRepliedAt: now };
        return { repliedAt: c.repliedAt ?? now, outcome: c.outcome ?? outcome };
      },
    });
  }

  @Mutation(() => Case, { description: '办结: closes the case after its reply.' })
  closeCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return this.apply(ctx, id, version, {
      type: E.CLOSED,
      change: (c, now) => ({ closedAt: c.closedAt ?? now }),
    });
  }

  @Mutation(() => Case, { description: "满意度评价: records the petitioner's rating." })
  rateSatisfaction(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('satisfaction', () => Satisfaction, { description: 'The rating.' }) satisfaction: Satisfaction,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return this.apply(ctx, id, version, {
      type: E.RATED,
      payload: { satisfaction },
      change: (_c, now) => ({ satisfaction, ratedAt: now }),
    });
  }

  @Mutation(() => Case, { description: '申请复查: review, within 30 days of the reply (Art. 35).' })
  requestReview(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('reason', () => String, { description: "The petitioner's grounds." }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const why = text('reason', reason);
    return this.apply(ctx, id, version, {
      type: E.REVIEW_REQUESTED,
      payload: { reason: why },
      check: (c, now) => canRequestReview(c, now),
      change: (_c, now) => ({ reviewRequestedAt: now }),
    });
  }

  @Mutation(() => Case, {
    description: '申请复核: re-review, within 30 days of the review answer (Art. 36); then final.',
  })
  requestRereview(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('reason', () => String, { description: "The petitioner's grounds." }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const why = text('reason', reason);
    return this.apply(ctx, id, version, {
      type: E.REREVIEW_REQUESTED,
      payload: { reason: why },
      check: (c, now) => canRequestRereview(c, now),
      change: (_c, now) => ({ rereviewRequestedAt: now }),
    });
  }

  @Mutation(() => Case, {
    description: '重新办理: reopens the case for handling (e.g. ordered by a review).',
  })
  reopenCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('reason', () => String, { description: 'Why.' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return this.apply(ctx, id, version, { type: E.REOPENED, payload: { reason: text('reason', reason) } });
  }

  @Mutation(() => Case, { description: '标记重复访: marks the case as a repeat of an earlier one.' })
  async markRepeat(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('repeatOfCode', () => String, { description: 'Code of the earlier case.' }) repeatOfCode: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const earlier = await ctx.loaders.cases.byCode.load(repeatOfCode);
    if (!earlier) throw notFound(ErrorCode.CASE_NOT_FOUND, 'repeatOfCode', [repeatOfCode]);
    // Only a case the user may read can be named as the earlier one: the link shows its code to readers.
    ctx.access.assertCaseVisible(earlier);
    const self = caseId(id);
    if (earlier.id === self) throw badUserInput('repeatOfCode', 'a case cannot repeat itself');
    return this.apply(ctx, id, version, {
      type: E.MARKED_REPEAT,
      payload: { repeatOfId: earlier.id, repeatOfCode: earlier.code },
      change: () => ({ repeatOfId: earlier.id }),
    });
  }
}
