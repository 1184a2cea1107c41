// The case generator: one pass over the schedule in order of receipt, each case's whole timeline
// drawn first and then cut at `now` (the end of `until` by default). A case's facts are the domain's
// fold of the events it keeps (`foldStep`), so a row always says what its events say.
//
// One case, step by step: number and describe it (generic-case.ts, or article-cases.ts for the cases
// the article tells), record its events (generic-timeline.ts on timeline.ts and procedure.ts), and
// keep it as a target for later repeat petitions. The article plan (article-plan.ts) decides which
// case slots of 2023 carry the article's facts. All of a case's draws come from one PRNG stream, in
// the order the steps take them: moving a draw changes every case after it.

import { caseCode, CategoryCode as C, Channel, MatterType } from '@lianxin/domain';
import { ArticleCases } from './article-cases.js';
import { ArticlePlan } from './article-plan.js';
import { dayStart, yearOf } from './days.js';
import { CaseDrafter } from './generic-case.js';
import { GenericTimeline } from './generic-timeline.js';
import { Lookup } from './lookup.js';
import { type Outbreak, OutbreakDrafter, plantOutbreaks } from './outbreaks.js';
import { Procedure } from './procedure.js';
import { Prng } from './prng.js';
import type { CaseBundle, DistrictData } from './rows.js';
import { arrivalSeconds, buildSchedule, type Schedule, type SeedOptions } from './schedule.js';
import { type CaseDescription, Timeline } from './timeline.js';

class CaseGenerator {
  private readonly schedule: Schedule;
  private readonly endMs: number;
  private readonly article: ArticlePlan;
  private readonly timeline: Timeline;
  private readonly drafter: CaseDrafter;
  private readonly articleCases: ArticleCases;
  private readonly genericTimeline: GenericTimeline;
  private readonly yearSeq = new Map<number, number>();
  readonly outbreaks: Outbreak[];

  constructor(options: SeedOptions, district: DistrictData) {
    this.schedule = buildSchedule(options);
    this.endMs = this.schedule.endMs;
    const rng = new Prng(this.schedule.seed, 3);
    const look = new Lookup(district);
    this.article = new ArticlePlan(this.schedule, look);
    this.outbreaks = plantOutbreaks(this.schedule, district, this.article.treeVillageCodes());
    this.timeline = new Timeline(rng, this.endMs);
    const procedure = new Procedure(this.timeline, rng, look.petitionBureau);
    this.drafter = new CaseDrafter(
      rng,
      look,
      this.article,
      new OutbreakDrafter(this.outbreaks, look, district),
    );
    this.articleCases = new ArticleCases(look, this.drafter, this.timeline, procedure);
    this.genericTimeline = new GenericTimeline(rng, look, this.timeline, procedure, this.article);
  }

  get total(): number {
    return this.schedule.total;
  }

  *run(): Generator<CaseBundle> {
    const s = this.schedule;
    const nDays = s.lastDay - s.firstDay + 1;
    for (let i = 0; i < nDays; i++) {
      const n = s.counts[i] as number;
      if (n === 0) continue;
      const day = s.firstDay + i;
      const seconds = arrivalSeconds(s.seed, day, n);
      const start = s.starts[i] as number;
      for (let j = 0; j < n; j++) {
        const second = seconds[j] as number;
        const at = dayStart(day) + second * 1000;
        // Nothing exists after `now`: this case and every later one have not arrived yet.
        if (at > this.endMs) return;
        yield this.makeCase(start + j, day, at, Math.floor(second / 60), s.months[i] as number);
      }
    }
  }

  /** The case at `index` (0-based), received at `receivedMs`: `minute` of local `day`, in `month` (0–11). */
  private makeCase(
    index: number,
    day: number,
    receivedMs: number,
    minute: number,
    month: number,
  ): CaseBundle {
    const year = yearOf(receivedMs);
    const description = this.number(index, year);
    this.timeline.start(description.id, receivedMs);
    const plan = this.article.planFor(index);
    if (plan?.custom) return this.articleCases.tell(plan.custom, description, day, receivedMs);
    const drawn = this.drafter.draw(description, plan, receivedMs, minute, month);
    const first = this.genericTimeline.record(drawn, year, day, receivedMs);
    if (first) this.drafter.rememberForRepeats(drawn, first.closedMs);
    return this.timeline.bundle(description, drawn.petitioners, drawn.links);
  }

  /** A blank description of case `index`, coded LT-YYYY-NNNNNN by its year of receipt. */
  private number(index: number, year: number): CaseDescription {
    const seq = (this.yearSeq.get(year) ?? 0) + 1;
    this.yearSeq.set(year, seq);
    return {
      id: index + 1,
      code: caseCode(year, seq),
      title: '',
      summary: '',
      matterType: MatterType.APPEAL,
      categoryCode: C.OTHER,
      channel: Channel.VISIT,
      villageCode: '',
      townshipCode: '',
      headcount: 1,
    };
  }
}

/** The dispute waves the seed with these options plants: the backtest's ground truth. */
export function plantedOutbreaks(options: SeedOptions, district: DistrictData): Outbreak[] {
  return new CaseGenerator(options, district).outbreaks;
}

/** Yields every case with its petitioners, links and events, in order of receipt; ids run 1..N. */
export function* generateCases(options: SeedOptions, district: DistrictData): Generator<CaseBundle> {
  yield* new CaseGenerator(options, district).run();
}
