// The events of a generic case, in the order they happen: registration and the acceptance decision,
// the leader in charge and the shape of the handling clock, the handling itself, then the reply and
// what follows it (follow-up visit, rating, review), drawn against the year's shares (year-params.ts).
// Decisions and replies are office acts, dated on working days but for a little overtime
// (Timeline.officeDay). A few cases become 积案 (backlog): overdue, supervised, answered months late.

import {
  CaseEventType as E,
  CategoryCode as C,
  Channel,
  Outcome,
  Satisfaction,
  VisitKind,
} from '@lianxin/domain';
import type { ArticlePlan } from './article-plan.js';
import { dayOf, dayStart, DAY, MINUTE, yearOf } from './days.js';
import type { DrawnCase } from './generic-case.js';
import type { Lookup } from './lookup.js';
import {
  type Answered,
  HANDLING_DAYS,
  type Procedure,
  RATE_PAYLOADS,
  REPLY_PAYLOADS,
  REQUEST_WINDOW_DAYS,
} from './procedure.js';
import { cumulate, type Prng } from './prng.js';
import type { VillageRow } from './rows.js';
import { COORDINATION_DECISIONS, DECLINE_REASONS, DELAY_REASONS } from './text.js';
import type { Payload, Timeline } from './timeline.js';
import { drawRating } from './satisfaction.js';
import { BACKLOG_SHARE, yearParams, type YearParams } from './year-params.js';

const OUTCOMES = [Outcome.SUPPORTED, Outcome.EXPLAINED, Outcome.NOT_SUPPORTED];
const OUTCOME_CUM = cumulate([45, 40, 15]);
const GENERIC_VISIT_KINDS = [VisitKind.DOWN_VISIT, VisitKind.APPOINTMENT, VisitKind.HOME_VISIT];

// Shared payloads, built once (see procedure.ts).
const DECLINE_PAYLOADS = DECLINE_REASONS.map((reason) => Object.freeze({ reason }));
const INSTRUCTION_PAYLOAD = Object.freeze({ text: '请责任单位依法依规抓紧办理，按期报告结果' });
const SECRETARY_INSTRUCTION = Object.freeze({ text: '签批：压实责任，限期化解，结果报区委' });
const SUPERVISION_PAYLOAD = Object.freeze({ note: '一案一函督办' });
const OVERDUE_SUPERVISION = Object.freeze({ note: '超期未办结，发函督办，限期报告办理结果' });
const BACKLOG_SUPERVISION = Object.freeze({ note: '列为信访积案，挂牌督办，包案化解' });
const DEADLINE_30 = Object.freeze({ days: 30, source: '包案领导限期办理' });

// 积案 (backlog, BACKLOG_SHARE of the generic accepted cases): answered 91–480 days after acceptance,
// if by `now` at all. With ~3,500 cases a year a few dozen are open 90+ days after acceptance at any
// time, and about 2 % of the answers come more than 90 days after acceptance.
const BACKLOG_MIN_DAYS = 91;
const BACKLOG_MAX_DAYS = 480;

/** One case as its timeline is recorded: what was drawn, and the year's shares. */
interface Recording {
  c: DrawnCase;
  params: YearParams;
  receivedMs: number;
  townLeaders: readonly number[];
  /** A case with a planned field visit: decided and answered in time, with no leadership deadline, hearing or extension. */
  strict: boolean;
}

/** Who handles an accepted case and the shape of its clock, fixed before its handling is recorded. */
interface HandlingPlan {
  acceptMs: number;
  leaderId: number | null;
  /** A leadership deadline (限期办理) in days, or null. */
  handlingDays: number | null;
  /** Hearing days pausing the first instance. */
  pausedDays: number;
  extensionDays: number;
  onTime: boolean;
  /** 积案: answered (if at all before `now`) months after its due date, supervised as overdue. */
  backlog: boolean;
  /** The last day of the statutory clock (60 days + extension + hearing days). */
  dueDay: number;
  replyMs: number;
  /** When the extension is granted (0 without one). */
  extendMs: number;
}

export class GenericTimeline {
  constructor(
    private readonly rng: Prng,
    private readonly look: Lookup,
    private readonly timeline: Timeline,
    private readonly procedure: Procedure,
    private readonly article: ArticlePlan,
  ) {}

  /**
   * Records the events of a drawn case received at `receivedMs` on local `day`, in `year`. Returns
   * the first answer's times, or null when the case was not accepted.
   */
  record(c: DrawnCase, year: number, day: number, receivedMs: number): Answered | null {
    const r: Recording = {
      c,
      params: yearParams(year),
      receivedMs,
      townLeaders: this.look.townshipLeaders[c.township] as number[],
      strict: c.plan?.fieldVisit !== undefined,
    };
    const acceptMs = this.registerAndDecide(r, day);
    if (acceptMs === null) return null;
    const plan = this.planHandling(r, acceptMs);
    this.handle(r, plan);
    if (plan.backlog) this.superviseBacklog(r, plan);
    return this.replyAndAfter(r, plan);
  }

  /** REGISTERED to ACCEPTED (or NOT_ACCEPTED); the acceptance instant, or null when declined. */
  private registerAndDecide(r: Recording, day: number): number | null {
    const { rng, look, timeline } = this;
    const { receivedMs } = r;
    const { unitId, repeatOf } = r.c;
    timeline.emit(E.REGISTERED, receivedMs, null, null, null, null);
    if (repeatOf) {
      timeline.emit(E.MARKED_REPEAT, receivedMs + rng.range(5, 60) * MINUTE, null, null, null, {
        repeatOfId: repeatOf.caseId,
        repeatOfCode: repeatOf.code,
      });
    }
    if (r.c.description.channel === Channel.LEADER_RECEPTION) {
      // Reception days are held by county leaders and township heads alike; RECEPTION is an office visit.
      const receiver = rng.chance(0.4)
        ? (look.county[rng.int(look.county.length)] as number)
        : (r.townLeaders[rng.int(r.townLeaders.length)] as number);
      timeline.emit(
        E.VISIT,
        receivedMs + rng.range(10, 90) * MINUTE,
        receiver,
        VisitKind.RECEPTION,
        null,
        null,
      );
    }
    const timely = r.strict || rng.chance(r.params.timely);
    const u = rng.next();
    const decisionOffset = timely
      ? u < 0.1
        ? 0
        : u < 0.65
          ? rng.range(1, 5)
          : u < 0.9
            ? rng.range(6, 10)
            : rng.range(11, 15)
      : // Late: past the acceptance deadline as the domain clock counts it (a last day on a holiday moves on).
        timeline.dueDay(day, 15) - day + rng.range(1, 10);
    // Office acts wait for a working day: a petition of Saturday is forwarded and decided on Monday
    // (or later), which stays within the 15 days, whose last day is a working day.
    const forwardOffset = Math.min(decisionOffset, rng.int(3));
    timeline.emit(E.FORWARDED, timeline.officeAct(day + forwardOffset), null, null, unitId, null);
    const decisionMs = timeline.officeAct(day + decisionOffset);
    if (r.c.plan === undefined && rng.chance(0.04)) {
      timeline.emit(
        E.NOT_ACCEPTED,
        decisionMs,
        null,
        null,
        unitId,
        DECLINE_PAYLOADS[rng.int(DECLINE_PAYLOADS.length)] as Payload,
      );
      return null;
    }
    return timeline.emit(E.ACCEPTED, decisionMs, null, null, unitId, null);
  }

  /** The leader in charge, if any, and the handling clock: deadlines, hearing, extension, reply time. */
  private planHandling(r: Recording, acceptMs: number): HandlingPlan {
    const { rng, timeline } = this;
    const acceptDay = dayOf(acceptMs);
    const leaderId = this.leaderInCharge(r);
    // A leadership deadline (限期办理) is a second, tighter clock; the statutory one stays 60 days
    // plus the extension and the hearing days. Late replies are late by the statutory clock.
    // A backlog case is drawn from the late ones: the others are on time at the year's share overall.
    const backlog = r.c.plan === undefined && rng.chance(BACKLOG_SHARE);
    const handlingDays = !r.strict && !backlog && leaderId !== null && rng.chance(0.03) ? 30 : null;
    const pausedDays = !r.strict && !backlog && rng.chance(0.02) ? rng.range(5, 20) : 0;
    // Half the backlog cases were extended first (once, before the original due date, as allowed).
    const extensionDays = !r.strict && rng.chance(backlog ? 0.5 : 0.06) ? rng.range(10, 30) : 0;
    const statutory = HANDLING_DAYS + pausedDays;
    const dueDay = timeline.dueDay(acceptDay, statutory + extensionDays);
    const onTime = r.strict || (!backlog && rng.chance(Math.min(1, r.params.onTime / (1 - BACKLOG_SHARE))));
    let replyDay: number;
    if (backlog) replyDay = acceptDay + rng.range(BACKLOG_MIN_DAYS, BACKLOG_MAX_DAYS);
    else if (extensionDays > 0)
      replyDay = onTime
        ? acceptDay + rng.range(statutory + 1, statutory + extensionDays)
        : timeline.dueDay(acceptDay, statutory + extensionDays) + rng.range(1, 20);
    else if (onTime) {
      // Most cases under a leadership deadline meet it as well; the others only the statutory one.
      const limit = handlingDays !== null && rng.chance(0.8) ? handlingDays + pausedDays : statutory;
      const lo = 3 + pausedDays;
      replyDay = acceptDay + lo + Math.floor(((rng.next() + rng.next()) / 2) * (limit - lo + 1));
    } else replyDay = timeline.dueDay(acceptDay, statutory) + rng.range(1, 20);
    // Moved off a rest day no further than the next working day: the due date is a working day.
    const replyMs = dayStart(timeline.officeDay(replyDay)) + (540 + rng.int(420)) * MINUTE;
    // Granted 1–5 days before the original due date, once the hearing (if any) has ended.
    const extendMs = extensionDays > 0 ? timeline.officeAct(acceptDay + statutory - rng.range(1, 5)) : 0;
    return {
      acceptMs,
      leaderId,
      handlingDays,
      pausedDays,
      extensionDays,
      onTime,
      backlog,
      dueDay,
      replyMs,
      extendMs,
    };
  }

  /** The article plan's county leader, or by the year's shares a county or township leader, or none. */
  private leaderInCharge(r: Recording): number | null {
    const { rng, look } = this;
    const { plan, description } = r.c;
    const category = description.categoryCode;
    if (plan?.county) return this.countyLeaderFor(category);
    if (plan !== undefined || !rng.chance(r.params.leaderShare)) return null;
    const countyAllowed = !this.article.in2023(r.receivedMs);
    if (countyAllowed && rng.chance(r.params.countyShare / r.params.leaderShare))
      return this.countyLeaderFor(category);
    const head = look.unitHead.get(r.c.unitId);
    return head !== undefined && rng.chance(0.4)
      ? head
      : (r.townLeaders[rng.int(r.townLeaders.length)] as number);
  }

  /** A county leader suited to the category: usually the one whose portfolio covers it. */
  private countyLeaderFor(category: C): number {
    const fit = this.look.countyByCategory.get(category) ?? [];
    if (fit.length > 0 && this.rng.chance(0.6)) return fit[this.rng.int(fit.length)] as number;
    return this.look.county[this.rng.weighted(this.look.countyCum)] as number;
  }

  /** The handling: assignment first, then the work spread evenly up to the extension or the reply. */
  private handle(r: Recording, h: HandlingPlan): void {
    const { rng, look, timeline, article } = this;
    const { plan, unitId, description, township, village } = r.c;
    const { params } = r;
    const { leaderId, handlingDays, pausedDays, extensionDays, extendMs } = h;
    const category = description.categoryCode;
    const isCounty = leaderId !== null && look.isCounty[leaderId] === 1;
    let t = this.assign(r, h);
    const nInstructions = (isCounty && rng.chance(0.3)) || rng.chance(params.secretaryInstruction) ? 1 : 0;
    const nVisits =
      leaderId !== null ? (rng.chance(0.5) ? 1 : rng.chance(0.3) ? 2 : 0) : rng.chance(0.12) ? 1 : 0;
    const plannedMidVisit = plan?.fieldVisit !== undefined && plan.fieldVisit !== VisitKind.FOLLOW_UP ? 1 : 0;
    const coordination = rng.chance(
      category === C.IRRIGATION || category === C.LAND_REQUISITION ? 0.12 : 0.04,
    )
      ? 1
      : 0;
    const supervised = rng.chance(h.onTime ? 0.05 : 0.35) ? 1 : 0;
    const k =
      nInstructions + nVisits + plannedMidVisit + coordination + (pausedDays > 0 ? 1 : 0) + supervised;
    // A backlog case is worked on within its handling period like any other; what comes after its
    // due date is supervision (superviseBacklog).
    const bound = extensionDays > 0 ? extendMs : h.backlog ? dayStart(h.dueDay) : h.replyMs;
    let step = Math.max(30 * MINUTE, (bound - t - pausedDays * DAY) / (k + 1));
    if (pausedDays > 0) {
      // A hearing cannot pause a clock that has run out: it starts and ends before the last day of
      // the 60 days (and of a leadership deadline), even when the reply itself comes late.
      const hearingStep = nInstructions + plannedMidVisit + nVisits + coordination + 1;
      const latestEnd = dayStart(dayOf(h.acceptMs) + (handlingDays ?? HANDLING_DAYS));
      step = Math.min(step, (latestEnd - pausedDays * DAY - t) / hearingStep);
    }
    if (nInstructions) {
      t += step;
      let by = isCounty ? (leaderId as number) : rng.chance(0.5) ? look.secretary : look.mayor;
      if (by === look.secretary && article.in2023(t)) by = look.mayor;
      timeline.emit(E.INSTRUCTION, t, by, null, null, INSTRUCTION_PAYLOAD);
    }
    if (plannedMidVisit) {
      t += step;
      timeline.emit(E.VISIT, t, leaderId, plan?.fieldVisit ?? null, null, null);
    }
    for (let v = 0; v < nVisits; v++) {
      t += step;
      const kind = GENERIC_VISIT_KINDS[rng.int(GENERIC_VISIT_KINDS.length)] as VisitKind;
      timeline.emit(E.VISIT, t, this.fieldVisitor(r, leaderId, t), kind, null, null);
    }
    if (coordination) {
      t += step;
      timeline.emit(E.COORDINATION, t, leaderId, null, unitId, {
        parties: [
          look.townshipNames[township],
          look.unitNames.get(unitId),
          (look.villages[village] as VillageRow).name,
          '信访局',
        ],
        decisions: COORDINATION_DECISIONS[category],
      });
    }
    if (pausedDays > 0) t = this.procedure.hearing(t + step, pausedDays);
    if (supervised) {
      t += step;
      timeline.emit(E.SUPERVISED, t, null, null, look.petitionBureau, SUPERVISION_PAYLOAD);
    }
    if (extensionDays > 0) {
      const reason = DELAY_REASONS[rng.int(DELAY_REASONS.length)] as string;
      // Approved by the leader in charge, else the unit's head, else the petition bureau's director.
      const approver = leaderId ?? look.unitHead.get(unitId) ?? look.director;
      timeline.emit(E.EXTENDED, extendMs, approver, null, unitId, { days: extensionDays, reason });
    }
  }

  /**
   * Who makes an unplanned field visit at `at` in a case led by `leaderId`: that leader, but a leader
   * of the case's township when the case has none, or when it is 2023 and the leader is county level
   * (the article's count of county leaders' field visits that year comes from the plan alone).
   */
  private fieldVisitor(r: Recording, leaderId: number | null, at: number): number {
    const { rng, look, article } = this;
    if (leaderId !== null && !(look.isCounty[leaderId] === 1 && article.in2023(at))) return leaderId;
    return r.townLeaders[rng.int(r.townLeaders.length)] as number;
  }

  /**
   * 积案: past its due date the petition bureau supervises it as overdue, then lists it as a backlog
   * case under a 包案 leader (a township leader when it had none, who calls on the petitioner) and
   * supervises it every month or two until the answer. Nothing here is dated after the answer.
   */
  private superviseBacklog(r: Recording, h: HandlingPlan): void {
    const { rng, look, timeline } = this;
    const replyDay = dayOf(h.replyMs);
    let day = h.dueDay + rng.range(1, 7);
    let listed = false;
    while (day < replyDay - 3) {
      const at = timeline.emit(
        E.SUPERVISED,
        timeline.officeAct(day),
        null,
        null,
        look.petitionBureau,
        listed ? BACKLOG_SUPERVISION : OVERDUE_SUPERVISION,
      );
      if (!listed && h.leaderId === null) {
        const leader = r.townLeaders[rng.int(r.townLeaders.length)] as number;
        const assigned = timeline.emit(
          E.ASSIGNED,
          at + rng.range(60, 1200) * MINUTE,
          leader,
          null,
          null,
          null,
        );
        const visitDay = dayOf(assigned) + rng.range(1, 10);
        if (visitDay < replyDay - 1)
          timeline.emit(E.VISIT, timeline.office(visitDay), leader, VisitKind.HOME_VISIT, null, null);
      }
      listed = true;
      day = dayOf(at) + rng.range(30, 60);
    }
  }

  /** The leader's assignment, a leadership deadline and a planned instruction; the instant of the last. */
  private assign(r: Recording, h: HandlingPlan): number {
    const { rng, look, timeline } = this;
    const { leaderId } = h;
    let t = h.acceptMs;
    if (leaderId !== null) {
      t += rng.range(30, 1400) * MINUTE;
      timeline.emit(E.ASSIGNED, t, leaderId, null, null, null);
    }
    if (h.handlingDays !== null) {
      // Set within a day of acceptance, long before the 30 days it sets run out.
      t += rng.range(30, 600) * MINUTE;
      timeline.emit(E.DEADLINE_SET, t, leaderId, null, null, DEADLINE_30);
    }
    if (r.c.plan?.instruction) {
      t += rng.range(20, 600) * MINUTE;
      timeline.emit(E.INSTRUCTION, t, look.secretary, null, null, SECRETARY_INSTRUCTION);
    }
    return t;
  }

  /** The first answer, a follow-up visit, the rating, and rarely a review. */
  private replyAndAfter(r: Recording, h: HandlingPlan): Answered {
    const { rng, timeline } = this;
    const { plan, unitId, description } = r.c;
    const { leaderId } = h;
    const outcome = plan?.county
      ? rng.chance(0.6)
        ? Outcome.SUPPORTED
        : Outcome.EXPLAINED
      : (OUTCOMES[rng.weighted(OUTCOME_CUM)] as Outcome);
    // Letters are answered by post; a few others too (the petitioner was not reachable in person).
    const byPost = description.channel === Channel.LETTER || rng.chance(0.08);
    const first = this.procedure.answer(h.replyMs, unitId, REPLY_PAYLOADS[outcome], byPost);
    let after = first.lastMs;
    if (plan?.fieldVisit === VisitKind.FOLLOW_UP) {
      after = timeline.emit(
        E.VISIT,
        timeline.office(dayOf(after) + rng.range(1, 5)),
        leaderId,
        VisitKind.FOLLOW_UP,
        null,
        null,
      );
    } else if (leaderId !== null && rng.chance(0.25)) {
      const at = timeline.office(dayOf(after) + rng.range(1, 5));
      after = timeline.emit(E.VISIT, at, this.fieldVisitor(r, leaderId, at), VisitKind.FOLLOW_UP, null, null);
    }
    let satisfaction: Satisfaction | null = null;
    if (rng.chance(0.85)) {
      const ratedMs = timeline.office(dayOf(after) + rng.range(1, 10));
      const s = rng.next();
      satisfaction = plan?.county
        ? s < 0.8
          ? Satisfaction.SATISFIED
          : Satisfaction.BASICALLY_SATISFIED
        : // 满意率 counts ratings by their date: a backlog case rated a year on counts in that year.
          drawRating(
            yearParams(yearOf(ratedMs)),
            outcome,
            h.backlog ? 'backlog' : h.onTime ? 'onTime' : 'late',
            r.c.repeatOf !== null,
            s,
          );
      after = timeline.emit(E.RATED, ratedMs, null, null, null, RATE_PAYLOADS[satisfaction]);
    }
    // Review within 30 days of receiving the reply (Art. 35), counted as the domain clock counts.
    const dissatisfied = satisfaction === Satisfaction.DISSATISFIED;
    const wantsReview = plan === undefined && rng.chance(dissatisfied ? 0.35 : 0.004);
    const reviewDay = Math.max(dayOf(after) + 1, first.deliveryDay + rng.range(5, 25));
    if (wantsReview && reviewDay <= timeline.dueDay(first.deliveryDay, REQUEST_WINDOW_DAYS))
      this.procedure.review(reviewDay, dissatisfied, byPost, unitId, r.townLeaders);
    return first;
  }
}
