// The case workflow as GraphQL mutations. Thin: arguments are checked against the limits of the
// domain's step catalogue and turned into the step's event data; who may take a step is the
// catalogue's too. What a step is allowed to do and how it changes the case is decided by the
// catalogue's guards and fold, in the service's transaction.
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import {
  CaseEventType as E,
  Channel,
  isValidIdNumber,
  isValidMobile,
  MatterType,
  MAX_REPRESENTATIVES,
  Outcome,
  Role,
  roleMayTake,
  Satisfaction,
  STEP_CATALOGUE,
  TEXT_LIMITS,
  validateExtension,
  VisitKind,
  type StepField,
} from '@lianxin/domain';
import type { Context } from '../../context.js';
import { Case } from '../case/case.types.js';
import { forbidden } from '../access/access-policy.js';
import { badUserInput, ErrorCode, notFound, ruleViolation } from '../common/errors.js';
import { LocalDateScalar } from '../common/scalars.js';
import type { Step } from './workflow.service.js';
import type { RootOf } from '../common/root.js';

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
      `Idempotency key chosen by the client (≤ ${TEXT_LIMITS.clientKey} characters): the same key from the ` +
      "same user registers once and returns that case; another user's key is a different key.",
  })
  clientKey?: string | null;

  @Field(() => String, { description: `Short title (≤ ${TEXT_LIMITS.title} characters).` })
  title: string;

  @Field(() => String, {
    description: `Summary of the matter (≤ ${TEXT_LIMITS.summary.toLocaleString('en')} characters).`,
  })
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

/** Trimmed text of at most `max` characters (code points); empty is refused, or null when optional. */
function text(field: string, value: string | null | undefined, max: number, required = true): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw badUserInput(field, `${field} must not be empty`);
    return null;
  }
  if ([...trimmed].length > max) throw badUserInput(field, `${field} is limited to ${max} characters`);
  return trimmed;
}

/** The catalogue's definition of one input of a step: its limits. */
function inputOf(type: E, name: string): StepField {
  const field = STEP_CATALOGUE[type].fields.find((f) => f.name === name);
  if (!field) throw new Error(`The step catalogue gives ${type} no input ${name}.`);
  return field;
}

/** A text input of a step, as long and as required as the catalogue says. */
function stepText(type: E, name: string, value: string | null | undefined): string | null {
  const field = inputOf(type, name);
  return text(name, value, field.max ?? TEXT_LIMITS.text, field.required);
}

/** A list of texts of a step: as many items, each as long, as the catalogue says. */
function stepTexts(type: E, name: string, values: string[]): string[] {
  const field = inputOf(type, name);
  const [min, max] = [field.min ?? 0, field.maxItems ?? Number.MAX_SAFE_INTEGER];
  if (values.length < min || values.length > max)
    throw badUserInput(name, `between ${min} and ${max} ${name}`);
  return values.map((v, i) => text(`${name}.${i}`, v, field.max ?? TEXT_LIMITS.text)!);
}

/** A whole number of days within the catalogue's range for the step (its guard may bound it further). */
function stepDays(type: E, value: number): number {
  const { min = 1, max = Number.MAX_SAFE_INTEGER } = inputOf(type, 'days');
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput('days', `days must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** "min–max" of a numeric or list input of a step, for the schema's descriptions. */
function rangeOf(type: E, name: string): string {
  const field = inputOf(type, name);
  return `${field.min ?? 0}–${field.kind === 'textList' ? field.maxItems : field.max}`;
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

/**
 * Writes need a signed-in user whose role the catalogue gives the step (a LEADER records only their
 * own visits, instructions and supervision: as the leader the step names), on a case they may see:
 * in their area, and for an accusation only when cleared.
 */
async function requireWriter(ctx: Context, step: E, caseIdOrNull: number | null, leaderId?: number | null) {
  const user = ctx.user;
  if (!user) {
    throw new GraphQLError('Sign in to change cases.', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
  if (!roleMayTake(user.role, step)) throw forbidden(`The role ${user.role} may not record ${step}.`);
  if (actsOnlyAsSelf(user.role, step) && (user.leaderId === null || leaderId !== user.leaderId)) {
    throw forbidden('A leader records their own visits, instructions and supervision only.');
  }
  if (caseIdOrNull === null) return;
  const target = await ctx.loaders.cases.byId.load(caseIdOrNull);
  // An unknown case is the service's to report (CASE_NOT_FOUND, inside its transaction).
  if (target) ctx.access.assertCaseVisible(target);
}

function actsOnlyAsSelf(role: Role, step: E): boolean {
  return role === Role.LEADER && STEP_CATALOGUE[step].leaderActsAsSelf;
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
    return ctx.services.workflow.apply(target, version, step, ctx.actor, ctx.access);
  }

  @FieldResolver(() => [E], {
    description:
      'Steps the state machine allows now that your role may take by the step catalogue (a guard may still ' +
      'refuse one, e.g. a second extension or a hearing on a case past its due date): all of them for ' +
      'administrators and clerks, their own visits, instructions and supervision for a leader, none for ' +
      'other roles.',
  })
  allowedSteps(@Root() c: RootOf<Case>, @Ctx() ctx: Context): E[] {
    const user = ctx.user;
    if (!user) return [];
    return ctx.services.workflow
      .allowedSteps(c as never)
      .filter(
        (step) =>
          roleMayTake(user.role, step) && !(actsOnlyAsSelf(user.role, step) && user.leaderId === null),
      );
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
    const clientKey = text('input.clientKey', input.clientKey, TEXT_LIMITS.clientKey, false);
    const title = text('input.title', input.title, TEXT_LIMITS.title)!;
    const summary = text('input.summary', input.summary, TEXT_LIMITS.summary)!;
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
      const name = text(`input.petitioners.${i}.name`, p.name, TEXT_LIMITS.petitionerName)!;
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
    return this.apply(ctx, id, version, { type: E.ACCEPTED });
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
    const why = stepText(E.NOT_ACCEPTED, 'reason', reason);
    return this.apply(ctx, id, version, { type: E.NOT_ACCEPTED, payload: { reason: why } });
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
    const payload = { note: stepText(E.FORWARDED, 'note', note) };
    return this.apply(ctx, id, version, { type: E.FORWARDED, unitId: target, payload });
  }

  @Mutation(() => Case, { description: '包案: puts a leader in personal charge of the case.' })
  async assignLeader(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('leaderId', () => Int, { description: 'The leader.' }) leader: number,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const target = await leaderId(ctx, 'leaderId', leader);
    return this.apply(ctx, id, version, { type: E.ASSIGNED, leaderId: target });
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
      payload: { note: stepText(E.VISIT, 'note', note) },
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
      payload: { text: stepText(E.INSTRUCTION, 'text', instruction) },
    });
  }

  @Mutation(() => Case, {
    description:
      '督办: records supervision of the handling, by a unit or a leader: name at least one (MISSING_INPUT).',
  })
  async superviseCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('note', () => String, { description: 'What is demanded, by when.' }) note: string,
    @Arg('unitId', () => Int, { nullable: true, description: 'Supervising unit.' }) unit: number | null,
    @Arg('leaderId', () => Int, { nullable: true, description: 'Supervising leader.' }) leader: number | null,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const payload = { note: stepText(E.SUPERVISED, 'note', note) };
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
    @Arg('parties', () => [String], {
      description: `Parties at the table (${rangeOf(E.COORDINATION, 'parties')}).`,
    })
    parties: string[],
    @Arg('decisions', () => [String], {
      description: `Decisions reached (${rangeOf(E.COORDINATION, 'decisions')}).`,
    })
    decisions: string[],
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const payload = {
      parties: stepTexts(E.COORDINATION, 'parties', parties),
      decisions: stepTexts(E.COORDINATION, 'decisions', decisions),
    };
    return this.apply(ctx, id, version, { type: E.COORDINATION, payload });
  }

  @Mutation(() => Case, {
    description:
      '限期办理: a deadline set by leadership (e.g. the 15 days set at a meeting): the LEADERSHIP clock, a ' +
      'second, tighter one shown beside the statutory HANDLING clock (`dueAt`), which it never moves. Only ' +
      'while the first instance is being handled; refused once the leadership deadline set before, or the ' +
      'one asked for, has passed (DEADLINE_PASSED).',
  })
  async setDeadline(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('days', () => Int, {
      description: `Days from acceptance (${rangeOf(E.DEADLINE_SET, 'days')}), first-instance hearing days added.`,
    })
    n: number,
    @Arg('leaderId', () => Int, { nullable: true, description: 'Who set it.' }) leader: number | null,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const days = stepDays(E.DEADLINE_SET, n);
    const setBy = leader == null ? null : await leaderId(ctx, 'leaderId', leader);
    return this.apply(ctx, id, version, { type: E.DEADLINE_SET, leaderId: setBy, payload: { days } });
  }

  @Mutation(() => Case, {
    description:
      '听证开始: a hearing starts in the stage whose clock is running (first instance, 复查, 复核 or reopened ' +
      'handling); its days will pause that clock only. Refused when no clock runs (NO_OPEN_STAGE), a hearing ' +
      'is under way (HEARING_ALREADY_OPEN) or the due date has passed (DEADLINE_PASSED).',
  })
  startHearing(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('note', () => String, { nullable: true, description: 'About the hearing.' }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return this.apply(ctx, id, version, {
      type: E.HEARING_STARTED,
      payload: { note: stepText(E.HEARING_STARTED, 'note', note) },
    });
  }

  @Mutation(() => Case, {
    description:
      '听证结束: ends the hearing under way (NO_HEARING_OPEN without one); its days are added to the due ' +
      'date of the stage it paused, and to no other. They may not exceed the days it lasted (start day ' +
      "included) nor, with the stage's earlier hearings, the rules' maximum (HEARING_TOO_LONG).",
  })
  endHearing(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('days', () => Int, {
      description: `Days the hearing paused the clock (${rangeOf(E.HEARING_ENDED, 'days')}).`,
    })
    n: number,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return this.apply(ctx, id, version, {
      type: E.HEARING_ENDED,
      payload: { days: stepDays(E.HEARING_ENDED, n) },
    });
  }

  @Mutation(() => Case, {
    description:
      '延期: extends the handling period once, by at most 30 days, with reason and approver (Art. 34).',
  })
  async extendDeadline(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('days', () => Int, { description: `Extra days (${rangeOf(E.EXTENDED, 'days')}).` }) n: number,
    @Arg('reason', () => String, { description: 'Why (told to the petitioner).' }) reason: string,
    @Arg('approverLeaderId', () => Int, { description: 'The leader who approved it.' }) approver: number,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const why = stepText(E.EXTENDED, 'reason', reason);
    // Days no case could be given are refused with the clock's own codes (EXTENSION_TOO_LONG, INVALID_DAYS).
    const length = validateExtension(n, null);
    if (!length.ok) throw ruleViolation(length.code, length.message, 'days');
    const approvedBy = await leaderId(ctx, 'approverLeaderId', approver);
    return this.apply(ctx, id, version, {
      type: E.EXTENDED,
      leaderId: approvedBy,
      payload: { days: n, reason: why },
    });
  }

  @Mutation(() => Case, {
    description:
      '答复: the written answer with its outcome (支持 / 解释说明 / 不予支持) of the stage under way: the first ' +
      'reply (the one the KPIs count), the reply of a reopened handling, or the answer to a review (复查) or ' +
      're-review (复核). Refused while a hearing is under way (HEARING_ALREADY_OPEN).',
  })
  replyCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('outcome', () => Outcome, { description: 'Outcome.' }) outcome: Outcome,
    @Arg('text', () => String, { description: 'The reply.' }) reply: string,
    @Arg('changed', () => Boolean, {
      nullable: true,
      description:
        'Answering a review or re-review: whether this answer changes the first one (复查改变), required there ' +
        '(MISSING_INPUT without it); not asked otherwise.',
    })
    changed: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const body = stepText(E.REPLIED, 'text', reply);
    return this.apply(ctx, id, version, {
      type: E.REPLIED,
      payload: { outcome, text: body, ...(changed == null ? {} : { changed }) },
    });
  }

  @Mutation(() => Case, {
    description:
      '答复送达: the day the petitioner received the latest written answer (the first reply, a reopened ' +
      "handling's reply or the review answer); the window to request review (复查) or re-review (复核) runs " +
      'from it (Art. 35–36). Once per answer (NOTHING_TO_DELIVER), not before the answer nor after today ' +
      '(INVALID_DATE).',
  })
  deliverReply(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('deliveredOn', () => LocalDateScalar, {
      description: 'The local day (Asia/Shanghai) the petitioner received the written answer.',
    })
    deliveredOn: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return this.apply(ctx, id, version, { type: E.REPLY_DELIVERED, payload: { deliveredOn } });
  }

  @Mutation(() => Case, { description: '办结: closes the case after its reply.' })
  closeCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return this.apply(ctx, id, version, { type: E.CLOSED });
  }

  @Mutation(() => Case, {
    description:
      "满意度评价: records the petitioner's rating. The first rating counts (`satisfaction`, `ratedAt` and the " +
      'KPIs of its period); later ones (回访复评) are recorded as follow-up ratings in the timeline and change ' +
      'neither.',
  })
  rateSatisfaction(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('satisfaction', () => Satisfaction, { description: 'The rating.' }) satisfaction: Satisfaction,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return this.apply(ctx, id, version, { type: E.RATED, payload: { satisfaction } });
  }

  @Mutation(() => Case, {
    description:
      '申请复查: review, within 30 days of the day the petitioner received the written reply (deliverReply; a ' +
      'last day on a rest day moves to the next working day). Before a delivery is recorded the window has ' +
      'not started (Art. 35).',
  })
  requestReview(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('reason', () => String, { description: "The petitioner's grounds." }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const why = stepText(E.REVIEW_REQUESTED, 'reason', reason);
    return this.apply(ctx, id, version, { type: E.REVIEW_REQUESTED, payload: { reason: why } });
  }

  @Mutation(() => Case, {
    description:
      '申请复核: re-review, within 30 days of the day the petitioner received the review answer (deliverReply), ' +
      'as for review (Art. 36); then final.',
  })
  requestRereview(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('reason', () => String, { description: "The petitioner's grounds." }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const why = stepText(E.REREVIEW_REQUESTED, 'reason', reason);
    return this.apply(ctx, id, version, { type: E.REREVIEW_REQUESTED, payload: { reason: why } });
  }

  @Mutation(() => Case, {
    description:
      '重新办理: reopens the case for handling (e.g. ordered by a review), with a handling clock of its own ' +
      '(the REOPENED deadline, 60 days); the first reply keeps its place in the KPIs.',
  })
  reopenCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('reason', () => String, { description: 'Why.' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return this.apply(ctx, id, version, {
      type: E.REOPENED,
      payload: { reason: stepText(E.REOPENED, 'reason', reason) },
    });
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
    });
  }
}
