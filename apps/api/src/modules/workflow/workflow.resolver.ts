// The case workflow as GraphQL mutations. Thin: arguments are checked against the limits of the
// domain's step catalogue and turned into the step's event data; who may take a step is the
// catalogue's too. What a step is allowed to do and how it changes the case is decided by the
// catalogue's guards and fold, in the service's transaction.
//
// This class holds registration and the handling steps (acceptance, forwarding, leaders' work, repeat
// marks); the deadlines, the answer and what follows it are in workflow-answer.resolver.ts.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import {
  CaseEventType as E,
  isValidIdNumber,
  isValidMobile,
  MAX_REPRESENTATIVES,
  roleMayTake,
  TEXT_LIMITS,
  VisitKind,
} from '@lianxin/domain';
import type { Context } from '../../context.js';
import { Case } from '../case/case-object.types.js';
import { forbidden } from '../access/access-policy.js';
import { badUserInput, ErrorCode, notFound } from '../common/errors.js';
import type { RootOf } from '../common/root.js';
import {
  actsOnlyAsSelf,
  applyStep,
  caseId,
  ID_ARG,
  leaderId,
  rangeOf,
  requireWriter,
  stepText,
  stepTexts,
  text,
  unitId,
  VERSION_ARG,
} from './workflow-arguments.js';
import { RegisterCaseInput } from './workflow.types.js';

@Resolver(() => Case)
export class WorkflowResolver {
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
    return applyStep(ctx, id, version, { type: E.ACCEPTED });
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
    return applyStep(ctx, id, version, { type: E.NOT_ACCEPTED, payload: { reason: why } });
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
    return applyStep(ctx, id, version, { type: E.FORWARDED, unitId: target, payload });
  }

  @Mutation(() => Case, { description: '包案: puts a leader in personal charge of the case.' })
  async assignLeader(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('leaderId', () => Int, { description: 'The leader.' }) leader: number,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const target = await leaderId(ctx, 'leaderId', leader);
    return applyStep(ctx, id, version, { type: E.ASSIGNED, leaderId: target });
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
    return applyStep(ctx, id, version, {
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
    return applyStep(ctx, id, version, {
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
    return applyStep(ctx, id, version, {
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
    return applyStep(ctx, id, version, { type: E.COORDINATION, payload });
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
    ctx.access.assertCaseVisible(earlier, `Case ${repeatOfCode}`);
    const self = caseId(id);
    if (earlier.id === self) throw badUserInput('repeatOfCode', 'a case cannot repeat itself');
    return applyStep(ctx, id, version, {
      type: E.MARKED_REPEAT,
      payload: { repeatOfId: earlier.id, repeatOfCode: earlier.code },
    });
  }
}
