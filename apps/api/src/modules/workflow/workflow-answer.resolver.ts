// The case workflow's mutations from the deadlines on: a leadership deadline, hearings, the extension,
// the reply and its delivery, closing, rating, review, re-review and reopening. Thin, as the other
// steps in workflow.resolver.ts: arguments are checked against the step catalogue, the service decides.
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { CaseEventType as E, Outcome, Satisfaction, validateExtension } from '@lianxin/domain';
import type { Context } from '../../context.js';
import { Case } from '../case/case-object.types.js';
import { ruleViolation } from '../common/errors.js';
import { LocalDateScalar } from '../common/scalars.js';
import {
  applyStep,
  ID_ARG,
  leaderId,
  rangeOf,
  stepDays,
  stepText,
  VERSION_ARG,
} from './workflow-arguments.js';

@Resolver(() => Case)
export class WorkflowAnswerResolver {
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
    return applyStep(ctx, id, version, { type: E.DEADLINE_SET, leaderId: setBy, payload: { days } });
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
    return applyStep(ctx, id, version, {
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
    return applyStep(ctx, id, version, {
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
    return applyStep(ctx, id, version, {
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
    @Arg('outcome', () => Outcome, {
      description: 'What the reply decides (办理结果): supported, explained, or not supported.',
    })
    outcome: Outcome,
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
    return applyStep(ctx, id, version, {
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
    return applyStep(ctx, id, version, { type: E.REPLY_DELIVERED, payload: { deliveredOn } });
  }

  @Mutation(() => Case, { description: '办结: closes the case after its reply.' })
  closeCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return applyStep(ctx, id, version, { type: E.CLOSED });
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
    return applyStep(ctx, id, version, { type: E.RATED, payload: { satisfaction } });
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
    return applyStep(ctx, id, version, { type: E.REVIEW_REQUESTED, payload: { reason: why } });
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
    return applyStep(ctx, id, version, { type: E.REREVIEW_REQUESTED, payload: { reason: why } });
  }

  @Mutation(() => Case, {
    description:
      '重新办理: reopens the case for handling (e.g. ordered by a review), with a handling clock of its own ' +
      '(the REOPENED deadline, 60 days); the first reply keeps its place in the KPIs.',
  })
  reopenCase(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('reason', () => String, {
      description: 'Why the case is handled again (e.g. the review that ordered it).',
    })
    reason: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return applyStep(ctx, id, version, {
      type: E.REOPENED,
      payload: { reason: stepText(E.REOPENED, 'reason', reason) },
    });
  }
}
