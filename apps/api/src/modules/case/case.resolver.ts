import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import {
  COLLECTIVE_HEADCOUNT,
  computeDeadlines,
  maskIdNumber,
  maskName,
  maskPhone,
  parseCaseCode,
} from '@lianxin/domain';
import type { Context } from '../../context.js';
import { KPI_FIELDS, rollupAnswers } from '../stats/stats.service.js';
import { Category } from '../category/category.types.js';
import { badUserInput, ErrorCode, notFound } from '../common/errors.js';
import { DateTimeScalar, JSONObjectScalar } from '../common/scalars.js';
import { Leader } from '../leader/leader.types.js';
import { Township, Village } from '../place/place.types.js';
import { Unit } from '../unit/unit.types.js';
import { CaseListArgs, listCases } from './case-list.js';
import type { PersonalField } from '../access/access-log.js';
import {
  Case,
  CaseConnection,
  CaseEvent,
  Deadline,
  EVENT_PAYLOAD_DESCRIPTION,
  Petitioner,
} from './case-object.types.js';
import type { RootOf } from '../common/root.js';
import type { CaseSelection } from './case-query.js';
import { KpiPart } from './case.types.js';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, {
    description:
      'One case by internal id. Unknown id: CASE_NOT_FOUND; outside your area, or an accusation you do not ' +
      'handle: FORBIDDEN.',
  })
  async case(
    @Arg('id', () => ID, { description: 'Internal id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const n = Number(id);
    const found = Number.isSafeInteger(n) ? await ctx.loaders.cases.byId.load(n) : null;
    if (!found) throw notFound(ErrorCode.CASE_NOT_FOUND, 'id', [id]);
    ctx.access.assertCaseVisible(found);
    return found;
  }

  @Query(() => Case, {
    description:
      'One case by its code (LT-YYYY-NNNNNN, as typed: any case, spaces around it). No case code: ' +
      'BAD_USER_INPUT; unknown code: CASE_NOT_FOUND; not yours to see: FORBIDDEN.',
  })
  async caseByCode(
    @Arg('code', () => String, { description: 'Case code, LT-YYYY-NNNNNN.' }) typed: string,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    const code = parseCaseCode(typed);
    if (!code) throw badUserInput('code', 'not a case code: LT-YYYY-NNNNNN');
    const found = await ctx.loaders.cases.byCode.load(code);
    if (!found) throw notFound(ErrorCode.CASE_NOT_FOUND, 'code', [code]);
    ctx.access.assertCaseVisible(found);
    return found;
  }

  @Query(() => CaseConnection, {
    description:
      'Cases matching a filter, as a cursor-paginated connection. With `filter.kpi` (and `kpiPart`), the cases ' +
      'behind that KPI number for the period.',
  })
  cases(@Args(() => CaseListArgs) args: CaseListArgs, @Ctx() ctx: Context): Promise<CaseConnection> {
    return listCases(ctx, args);
  }

  @FieldResolver(() => Boolean, { description: 'True for a collective petition (headcount ≥ 5).' })
  collective(@Root() c: RootOf<Case>): boolean {
    return c.headcount >= COLLECTIVE_HEADCOUNT;
  }

  @FieldResolver(() => Category, { description: 'Dispute category.' })
  category(@Root() c: RootOf<Case>, @Ctx() ctx: Context): Category | Promise<Category> {
    return (
      ctx.services.references.peek('categories', c.categoryCode) ??
      ctx.loaders.categories.byCode.load(c.categoryCode).then((row) => row!)
    );
  }

  @FieldResolver(() => Village, { description: 'Village or community the matter concerns.' })
  village(@Root() c: RootOf<Case>, @Ctx() ctx: Context): Village | Promise<Village> {
    return (
      ctx.services.references.peek('villages', c.villageCode) ??
      ctx.loaders.places.villageByCode.load(c.villageCode).then((row) => row!)
    );
  }

  @FieldResolver(() => Township, { description: 'Township of the village.' })
  township(@Root() c: RootOf<Case>, @Ctx() ctx: Context): Township | Promise<Township> {
    return (
      ctx.services.references.peek('townships', c.townshipCode) ??
      ctx.loaders.places.townshipByCode.load(c.townshipCode).then((row) => row!)
    );
  }

  @FieldResolver(() => Leader, { nullable: true, description: 'Leader in personal charge (包案领导).' })
  leader(@Root() c: RootOf<Case>, @Ctx() ctx: Context): Leader | null | Promise<Leader | null> {
    if (c.leaderId === null) return null;
    return ctx.services.references.peek('leaders', c.leaderId) ?? ctx.loaders.leaders.byId.load(c.leaderId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Responsible unit (责任单位).' })
  unit(@Root() c: RootOf<Case>, @Ctx() ctx: Context): Unit | null | Promise<Unit | null> {
    if (c.unitId === null) return null;
    return ctx.services.references.peek('units', c.unitId) ?? ctx.loaders.units.byId.load(c.unitId);
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description:
      'The earlier open case this one repeats (重复访); null also when that case is not yours to see.',
  })
  async repeatOf(@Root() c: RootOf<Case>, @Ctx() ctx: Context): Promise<Case | null> {
    if (c.repeatOfId === null) return null;
    const original = await ctx.loaders.cases.byId.load(c.repeatOfId);
    return original && ctx.access.caseVisible(original) ? original : null;
  }

  @FieldResolver(() => [CaseEvent], { description: 'The timeline, oldest first.' })
  events(@Root() c: RootOf<Case>, @Ctx() ctx: Context): Promise<CaseEvent[]> {
    return ctx.loaders.cases.events.load(c.id);
  }

  @FieldResolver(() => [Petitioner], {
    description:
      'Petitioners as entered for this case (masked unless the reader handles the case); representatives of ' +
      'a collective petition.',
  })
  async petitioners(@Root() c: RootOf<Case>, @Ctx() ctx: Context): Promise<Petitioner[]> {
    const links = await ctx.loaders.cases.petitioners.load(c.id);
    const full = ctx.access.seesPersonalData(c);
    return links.map(({ petitioner, representative }) => ({
      id: petitioner.id,
      name: petitioner.name,
      phone: petitioner.phone,
      idNumber: petitioner.idNumber,
      representative,
      villageCode: petitioner.villageCode,
      caseId: c.id,
      full,
    }));
  }

  @FieldResolver(() => [Deadline], {
    description: 'Statutory deadlines that apply so far, computed by the clock engine, in lifecycle order.',
  })
  deadlines(
    @Root() c: RootOf<Case>,
    @Arg('asOf', () => DateTimeScalar, {
      nullable: true,
      description: 'Instant to judge the state at (default: now).',
    })
    asOf: Date | null,
    @Ctx() ctx: Context,
  ): Deadline[] {
    return computeDeadlines(c, asOf ?? ctx.now);
  }
}

@Resolver(() => CaseConnection)
export class CaseConnectionResolver {
  @FieldResolver(() => Int, { description: 'Number of cases matching the filter (all pages).' })
  async totalCount(@Root() connection: RootOf<CaseConnection>, @Ctx() ctx: Context): Promise<number> {
    if (connection.parent) {
      return ctx.loaders.cases.nestedCounts.load({ ...connection.parent, selection: connection.selection });
    }
    const { selection } = connection;
    // What the rollups can count (places, categories, any period) they count: a list's total is the
    // cases received that it shows, and a reader sees in a list exactly the cases their statistics count.
    if (!selection.kpi && rollupAnswers(selection, [])) {
      const [total] = await ctx.loaders.stats.caseStats(selection, [], []);
      return total!.count ?? 0;
    }
    // A KPI list holds the cases of the KPI's numerator, denominator or their difference (MISSED): the
    // rollup's KPI parts count them.
    if (selection.kpi) {
      const { kpi: _kpi, kpiPart: _part, ...rest } = selection.filter;
      const kpiFree: CaseSelection = { ...selection, filter: rest, kpi: null };
      if (rollupAnswers(kpiFree, [])) {
        const value = (await ctx.loaders.stats.kpis(kpiFree, [selection.kpi]))[KPI_FIELDS[selection.kpi]];
        if (selection.kpiPart === KpiPart.NUMERATOR) return value.numerator;
        return selection.kpiPart === KpiPart.MISSED ? value.denominator - value.numerator : value.denominator;
      }
    }
    const counts = await ctx.services.cases.counts(selection);
    return counts.get(null) ?? 0;
  }
}

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => Leader, {
    nullable: true,
    description: 'The leader who acted (visit, instruction …).',
  })
  leader(@Root() e: RootOf<CaseEvent>, @Ctx() ctx: Context): Promise<Leader | null> {
    return e.leaderId === null ? Promise.resolve(null) : ctx.loaders.leaders.byId.load(e.leaderId);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'The unit involved (forwarded to, supervising …).',
  })
  unit(@Root() e: RootOf<CaseEvent>, @Ctx() ctx: Context): Promise<Unit | null> {
    return e.unitId === null ? Promise.resolve(null) : ctx.loaders.units.byId.load(e.unitId);
  }

  @FieldResolver(() => Case, { description: 'The case this event belongs to.' })
  async case(@Root() e: RootOf<CaseEvent>, @Ctx() ctx: Context): Promise<Case> {
    return (await ctx.loaders.cases.byId.load(e.caseId))!;
  }

  @FieldResolver(() => JSONObjectScalar, { nullable: true, description: EVENT_PAYLOAD_DESCRIPTION })
  payload(@Root() e: RootOf<CaseEvent>, @Ctx() ctx: Context): Promise<Record<string, unknown> | null> {
    return withholdUnreadableCase(e.payload, ctx);
  }
}

/**
 * A payload naming another case (a repeat mark: 重复访 is detected by ID number across the district)
 * keeps that case's id and code only for readers who may read it: a 马莲渠乡 clerk must not learn the code
 * of the 扁担沟镇 accusation their petitioner also filed. Decided at read time, so the stored timeline
 * stays whole for those cleared for both cases.
 */
async function withholdUnreadableCase(
  payload: Record<string, unknown> | null,
  ctx: Context,
): Promise<Record<string, unknown> | null> {
  if (!payload || !('repeatOfId' in payload || 'repeatOfCode' in payload)) return payload;
  const { repeatOfId: id, repeatOfCode: code } = payload;
  const referenced =
    typeof id === 'number'
      ? await ctx.loaders.cases.byId.load(id)
      : typeof code === 'string'
        ? await ctx.loaders.cases.byCode.load(code)
        : null;
  if (referenced && ctx.access.caseVisible(referenced)) return payload;
  return { ...payload, repeatOfId: null, repeatOfCode: null };
}

const MASKS: Record<PersonalField, (value: string) => string> = {
  name: maskName,
  phone: maskPhone,
  idNumber: maskIdNumber,
};

/** Personal data in full for those who handle the case (each read logged), masked for the rest. */
function personal(p: Petitioner, field: PersonalField, ctx: Context): string {
  if (!p.full) return MASKS[field](p[field]);
  ctx.audit.read(p.caseId, field);
  return p[field];
}

@Resolver(() => Petitioner)
export class PetitionerResolver {
  @FieldResolver(() => String, {
    description: 'Name; masked: surname kept, 某 for each given-name character.',
  })
  name(@Root() p: RootOf<Petitioner>, @Ctx() ctx: Context): string {
    return personal(p, 'name', ctx);
  }

  @FieldResolver(() => String, { description: 'Mobile number; masked: 138****5678.' })
  phone(@Root() p: RootOf<Petitioner>, @Ctx() ctx: Context): string {
    return personal(p, 'phone', ctx);
  }

  @FieldResolver(() => String, { description: 'Resident ID number; masked: 6403**********1234.' })
  idNumber(@Root() p: RootOf<Petitioner>, @Ctx() ctx: Context): string {
    return personal(p, 'idNumber', ctx);
  }
}
