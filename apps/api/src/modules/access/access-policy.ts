// What one signed-in user may see: their area, their own cases, accusation cases, personal data.
// Built once per request from the user (role and scope read fresh from the database at sign-in
// check), and consulted by every query that touches cases — lists and single cases through SQL
// conditions and row checks, aggregates through the same area and accusation conditions. The
// field-level rules by role live in field-rules.ts.
import { GraphQLError } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { MatterType, Role, inRoleGroup } from '@lianxin/domain';
import type { AuthUser } from '../auth/auth.service.js';
import { ErrorCode } from '../common/errors.js';
import type { CaseFilter } from '../case/case.types.js';

/** The columns of a case that decide who sees it. */
export interface CaseAccessFacts {
  id: number;
  townshipCode: string;
  villageCode: string;
  matterType: string;
  leaderId: number | null;
  unitId: number | null;
}

/** Cells of fewer cases than this are withheld from DISPLAY users (display-rules.ts). */
export const DISPLAY_MIN_CELL = 3;

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in first (POST /auth/login), or send a valid bearer token.', {
    extensions: { code: ErrorCode.UNAUTHENTICATED },
  });
}

/**
 * Which accusations (检举控告) a user's queries reach: ALL (ADMIN), SOME (those of the user's unit and
 * those they lead), NONE (everyone else, and DISPLAY always).
 */
export type AccusationReach = 'ALL' | 'SOME' | 'NONE';

export class AccessPolicy {
  /** Cases registered by this user in this request: they typed them, so they may read them back. */
  private readonly registeredHere = new Set<number>();

  /**
   * @param countsEveryAccusation only for `countingEveryAccusation()`: the one query shape that counts
   *   the accusations a user is not cleared for (per township and month, accusation-counts.ts).
   */
  constructor(
    readonly user: AuthUser | null,
    private readonly countsEveryAccusation = false,
  ) {}

  /** For code that runs outside any user's request (CLI, seed, tests of services). */
  static system(): AccessPolicy {
    return new AccessPolicy({
      id: 0,
      username: 'system',
      displayName: 'system',
      role: Role.ADMIN,
      scope: {},
      leaderId: null,
      unitId: null,
    });
  }

  get role(): Role | null {
    return this.user?.role ?? null;
  }

  signedIn(): AuthUser {
    if (!this.user) throw unauthenticated();
    return this.user;
  }

  /** DISPLAY users get aggregates only, of the wall's shapes, small cells withheld (display-rules.ts). */
  get aggregatesOnly(): boolean {
    return this.role === Role.DISPLAY;
  }

  private get ownLeaderId(): number | null {
    return this.role === Role.LEADER ? (this.user?.leaderId ?? null) : null;
  }

  // ---- area ----------------------------------------------------------------------------------------

  /** True when the place lies in the user's area (a district-wide user: everywhere). */
  placeInArea(townshipCode: string, villageCode?: string): boolean {
    const scope = this.user?.scope ?? {};
    if (scope.villageCode) return villageCode === scope.villageCode;
    if (scope.townshipCode) return townshipCode === scope.townshipCode;
    return true;
  }

  /** A township the user may name: in their area, or the township of their village. */
  townshipVisible(townshipCode: string): boolean {
    const scope = this.user?.scope ?? {};
    if (scope.townshipCode) return townshipCode === scope.townshipCode;
    // 统计用区划代码: a village's 12-digit code starts with the 9 digits of its township's.
    if (scope.villageCode) return scope.villageCode.slice(0, 9) === townshipCode.slice(0, 9);
    return true;
  }

  /** Whether the case is in the user's reach at all: in their area, or (LEADER) their own case. */
  caseInReach(c: CaseAccessFacts): boolean {
    if (this.placeInArea(c.townshipCode, c.villageCode)) return true;
    return this.ownLeaderId !== null && c.leaderId === this.ownLeaderId;
  }

  /**
   * Whether the case may be read in detail: in reach, not DISPLAY, and — for an accusation (检举控告,
   * Art. 30: never to the accused) — only by an administrator or the unit and leader handling it.
   */
  caseVisible(c: CaseAccessFacts): boolean {
    if (!this.user || this.aggregatesOnly) return false;
    if (this.registeredHere.has(c.id)) return true;
    if (!this.caseInReach(c)) return false;
    if (c.matterType !== MatterType.ACCUSATION) return true;
    return this.clearedForAccusation(c);
  }

  /** The SQL twin of clearedForAccusation (null: every accusation; DISPLAY: none). */
  private clearedSql(): { sql: string; params: Record<string, unknown> } | null {
    const user = this.signedIn();
    if (user.role === Role.ADMIN) return null;
    const params: Record<string, unknown> = { reachAccusation: MatterType.ACCUSATION };
    const cleared: string[] = [];
    if (!this.aggregatesOnly && user.unitId !== null) {
      cleared.push('c.unit_id = :reachUnit');
      params.reachUnit = user.unitId;
    }
    if (!this.aggregatesOnly && this.ownLeaderId !== null) {
      cleared.push('c.leader_id = :reachLeader');
      params.reachLeader = this.ownLeaderId;
    }
    return { sql: `(c.matter_type <> :reachAccusation${cleared.map((c) => ` OR ${c}`).join('')})`, params };
  }

  /** Which accusations this user's queries count (the count view: all of them). */
  accusationReach(): AccusationReach {
    const user = this.signedIn();
    if (this.countsEveryAccusation || user.role === Role.ADMIN) return 'ALL';
    if (this.aggregatesOnly) return 'NONE';
    return user.unitId !== null || this.ownLeaderId !== null ? 'SOME' : 'NONE';
  }

  /**
   * The same user, counting every accusation in their reach whether cleared or not — for the
   * per-township-and-month count of accusations only (accusation-counts.ts decides when).
   */
  countingEveryAccusation(): AccessPolicy {
    return new AccessPolicy(this.user, true);
  }

  private clearedForAccusation(c: CaseAccessFacts): boolean {
    const user = this.user!;
    if (user.role === Role.ADMIN) return true;
    if (user.unitId !== null && c.unitId === user.unitId) return true;
    return this.ownLeaderId !== null && c.leaderId === this.ownLeaderId;
  }

  /**
   * Refuses a case the user may not read. `named` is how the refusal names it: the user's own words
   * (a case named by its code is refused by that code, never by an internal id they did not give).
   */
  assertCaseVisible(c: CaseAccessFacts, named = `Case ${c.id}`): void {
    if (this.caseVisible(c)) return;
    this.signedIn();
    if (this.aggregatesOnly) throw forbidden('This account sees aggregates only.');
    // One message for "outside your area" and "an accusation you are not cleared for": telling them
    // apart would tell an in-area reader (who may be the accused) that this case is an accusation.
    throw forbidden(
      `${named} is not yours to read: it lies outside your area, or only those handling it may see it.`,
    );
  }

  /**
   * Whether petitioners' names, phones and ID numbers of this case are shown in full: ADMIN and
   * CLERK (case workers), and a LEADER for the cases they are in charge of; everyone else masked.
   */
  seesPersonalData(c: CaseAccessFacts): boolean {
    if (!this.caseVisible(c)) return false;
    if (inRoleGroup(this.role, 'personalDataReaders')) return true;
    return this.role === Role.LEADER && this.ownLeaderId !== null && c.leaderId === this.ownLeaderId;
  }

  noteRegistered(caseId: number): void {
    this.registeredHere.add(caseId);
  }

  // ---- SQL -----------------------------------------------------------------------------------------

  /**
   * Restricts a query over `petition_case c` to the user's reach: every list and every aggregate. The
   * reach leaves out the accusations the user is not cleared for, so an aggregate adds up to what the
   * user's lists show and no difference of two answers (all matter types minus the others) counts
   * them; their number per township and month is the one exception (countingEveryAccusation).
   */
  applyReach<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    const user = this.signedIn();
    const cleared = this.countsEveryAccusation ? null : this.clearedSql();
    if (cleared) qb.andWhere(cleared.sql, cleared.params);
    const area = user.scope.villageCode
      ? { sql: 'c.village_code = :scopeVillage', params: { scopeVillage: user.scope.villageCode } }
      : user.scope.townshipCode
        ? { sql: 'c.township_code = :scopeTownship', params: { scopeTownship: user.scope.townshipCode } }
        : null;
    if (!area) return qb;
    const own = this.ownLeaderId;
    if (own === null) return qb.andWhere(area.sql, area.params);
    return qb.andWhere(`(${area.sql} OR c.leader_id = :scopeLeader)`, { ...area.params, scopeLeader: own });
  }

  /**
   * Further restricts a case *list* (not an aggregate) to the cases the user may read in detail; its
   * `totalCount` counts the same rows, except for DISPLAY users, who get counts and never rows.
   */
  applyDetail<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    purpose: 'rows' | 'count' = 'rows',
  ): SelectQueryBuilder<T> {
    this.signedIn();
    if (this.aggregatesOnly) return purpose === 'rows' ? qb.andWhere('1 = 0') : qb;
    // applyReach has left out the accusations the user is not cleared for already; said again here
    // so that a list never depends on how its query was started.
    const cleared = this.clearedSql();
    return cleared ? qb.andWhere(cleared.sql, cleared.params) : qb;
  }

  /**
   * The area as the monthly rollup can apply it (its rows are per village), or null when the reach
   * is not an area alone (a LEADER's own cases elsewhere): then statistics count the cases.
   */
  rollupArea(): { townshipCode?: string; villageCode?: string } | null {
    const user = this.signedIn();
    const hasArea = Boolean(user.scope.townshipCode || user.scope.villageCode);
    if (hasArea && this.ownLeaderId !== null) return null;
    return user.scope;
  }

  /**
   * Filters the user may not use: DISPLAY users neither search free text (it would probe what
   * petitioners wrote) nor narrow to single villages (small counts identify people).
   */
  checkFilter(filter: CaseFilter): void {
    this.signedIn();
    if (!this.aggregatesOnly) return;
    if (filter.text != null) throw forbidden('This account may not search case text.');
    if (filter.villageCodes != null) throw forbidden('This account sees villages only through caseStats.');
  }
}
