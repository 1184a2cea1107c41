// Every step of a case's life as one transaction: the domain's step catalogue decides (state
// machine, inputs, clock) and folds the step into the case's facts; the case row takes the new facts
// only if nobody changed it since the client read it, the facts' new version is recorded for `asOf`
// reads, the step is appended to the timeline, the rollup follows, and a change notice goes out
// after commit.
import type { DataSource, EntityManager } from 'typeorm';
import {
  allowedEventsInState,
  applyStep,
  caseCode,
  CaseEventType as E,
  CaseStatus,
  IllegalTransitionError,
  initialFacts,
  localDate,
  StepRefusedError,
  type CaseFacts,
  type StepEvent,
} from '@lianxin/domain';
import type { CaseChangeNotice, ChangePublisher } from '../../changes.js';
import { bumpDataVersion } from '../../db/data-version.js';
import type { AccessPolicy } from '../access/access-policy.js';
import type { DialectSpec } from '../../db/dialect.js';
import { lastCaseNumber } from '../case/case-code.js';
import { caseFactsOf, factColumns } from '../case/case-derived.js';
import { recordVersion, versionChanged } from '../case/case-history.js';
import { CaseEventEntity } from '../case/case-event.entity.js';
import { CasePetitionerEntity } from '../case/case-petitioner.entity.js';
import { CaseEntity } from '../case/case.entity.js';
import { ErrorCode, illegalTransition, notFound, ruleViolation, versionConflict } from '../common/errors.js';
import type { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { PetitionerEntity } from '../petitioner/petitioner.entity.js';
import { VillageEntity } from '../place/village.entity.js';
import { anchorDaysOf, refreshRollups } from '../stats/rollup.js';
import type { FactHorizon } from '../stats/fact-horizon.js';

/** Who acts, as recorded in the timeline. */
export interface Actor {
  name: string;
}

interface NewPetitioner {
  name: string;
  phone: string;
  idNumber: string;
  representative: boolean;
}

export interface NewCase {
  /** The signed-in user registering it: the client key is theirs alone. */
  registeredBy: number;
  clientKey: string | null;
  title: string;
  summary: string;
  matterType: CaseEntity['matterType'];
  categoryCode: string;
  channel: CaseEntity['channel'];
  villageCode: string;
  headcount: number;
  petitioners: NewPetitioner[];
}

/**
 * One step on an existing case: the event's data, stamped `now` by the service. What it may do and
 * how it changes the case is the catalogue's (STEP_CATALOGUE), not the caller's.
 */
export type Step = Omit<StepEvent, 'at'>;

/** The signed-in user's row policy, checked again inside a step's transaction. */
export type CaseVisibility = Pick<AccessPolicy, 'assertCaseVisible'>;

const CODE_ATTEMPTS = 5;

/**
 * Checks and folds a step the way every live step is: the state machine refuses with
 * ILLEGAL_TRANSITION, the catalogue's inputs and guards with their ClockRuleCode. The clock rules are
 * the defaults, the ones factColumns derives the row's deadlines with, so guard and row never disagree.
 */
function applyLiveStep(facts: CaseFacts, event: StepEvent): CaseFacts {
  try {
    return applyStep(facts, event);
  } catch (error) {
    if (error instanceof IllegalTransitionError) {
      throw illegalTransition(error.from ?? 'NONE', error.event, error.allowed, error.message);
    }
    if (error instanceof StepRefusedError) throw ruleViolation(error.code, error.message);
    throw error;
  }
}

export class WorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
    private readonly idNumbers: IdNumberCipher,
    private readonly publisher: ChangePublisher,
    /** Moved by every committed step: the facts it recorded are known from its instant on. */
    private readonly horizon: FactHorizon | null = null,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Registers a case with its petitioners. The same client key twice from the same user returns that
   * user's first case; another user's key is a different key (a key is no capability to someone else's
   * case). A matter of the same petitioner (by ID number) in the same category while an earlier case
   * is still open is flagged as a repeat of it (Art. 19).
   */
  async register(input: NewCase, actor: Actor): Promise<CaseEntity> {
    if (input.clientKey) {
      const existing = await this.byClientKey(input.registeredBy, input.clientKey);
      if (existing) return existing;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const { saved, notice } = await this.dataSource.transaction((m) => this.insertCase(m, input, actor));
        this.horizon?.advance(this.clock());
        this.publisher.publish(notice);
        return saved;
      } catch (error) {
        if (!this.dialect.isUniqueViolation(error)) throw error;
        // Two registrations raced: the same client key (return the winner's case) or the same next
        // code (take the following number).
        if (input.clientKey) {
          const existing = await this.byClientKey(input.registeredBy, input.clientKey);
          if (existing) return existing;
        }
        if (attempt >= CODE_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * Applies one step to an existing case at the version the client saw. With `access`, the cases the
   * step touches are checked visible inside its transaction — the case, and for MARKED_REPEAT the earlier
   * case it names — so a case moved out of the user's area since the resolver read it is refused rather
   * than written or linked.
   */
  async apply(
    caseId: number,
    version: number,
    step: Step,
    actor: Actor,
    access?: CaseVisibility,
  ): Promise<CaseEntity> {
    const { saved, notice } = await this.dataSource.transaction(async (m) => {
      const row = await m.getRepository(CaseEntity).findOneBy({ id: caseId });
      if (!row) throw notFound(ErrorCode.CASE_NOT_FOUND, 'id', [caseId]);
      access?.assertCaseVisible(row);
      if (row.version !== version) throw versionConflict(version, row.version);
      if (access && step.type === E.MARKED_REPEAT) {
        const earlierId = Number(step.payload?.repeatOfId);
        const earlier = await m.getRepository(CaseEntity).findOneBy({ id: earlierId });
        if (!earlier)
          throw notFound(ErrorCode.CASE_NOT_FOUND, 'repeatOfCode', [String(step.payload?.repeatOfCode)]);
        access.assertCaseVisible(earlier, `Case ${earlier.code}`);
      }

      const now = this.clock();
      const event: StepEvent = { ...step, at: now };
      const before = caseFactsOf(row);
      const after = applyLiveStep(before, event);
      const columns = factColumns(after);
      // The conditional update is the real guard: a concurrent writer that read the same version
      // makes this match no row, and the whole step rolls back.
      const result = await m
        .createQueryBuilder()
        .update(CaseEntity)
        .set({ ...columns, version: row.version + 1 })
        .where('id = :id AND version = :version', { id: caseId, version })
        .execute();
      if (result.affected !== 1) {
        const current = await m.getRepository(CaseEntity).findOneBy({ id: caseId });
        throw versionConflict(version, current?.version ?? version);
      }
      if (versionChanged(factColumns(before), columns)) {
        await recordVersion(m, this.dialect, caseId, now, columns);
      }
      const appended = await this.appendEvent(m, caseId, event, actor);
      // No step moves a case to another village or category: one rollup key, and only the rows of
      // the days the case is counted on, before and after the step.
      await refreshRollups(
        m,
        this.dialect,
        [
          {
            villageCode: row.villageCode,
            categoryCode: row.categoryCode,
            days: anchorDaysOf([factColumns(before), columns]),
          },
        ],
        now,
      );
      const saved = (await m.getRepository(CaseEntity).findOneBy({ id: caseId }))!;
      return { saved, notice: this.notice(saved, appended) };
    });
    this.horizon?.advance(this.clock());
    this.publisher.publish(notice);
    return saved;
  }

  /** Steps allowed on the case now, by the state machine (a guard of the catalogue may still refuse one). */
  allowedSteps(c: CaseEntity): E[] {
    return allowedEventsInState(caseFactsOf(c));
  }

  private byClientKey(registeredBy: number, clientKey: string): Promise<CaseEntity | null> {
    return this.dataSource.getRepository(CaseEntity).findOneBy({ registeredBy, clientKey });
  }

  private async insertCase(m: EntityManager, input: NewCase, actor: Actor) {
    const village = await m.getRepository(VillageEntity).findOneBy({ code: input.villageCode });
    if (!village) throw notFound(ErrorCode.VILLAGE_NOT_FOUND, 'input.villageCode', [input.villageCode]);
    const now = this.clock();

    // Stored numbers are ciphertexts with random IVs: only the keyed hash finds a returning person.
    const hashes = input.petitioners.map((p) => this.idNumbers.hash(p.idNumber));
    const repeatOf = await this.openCaseOf(m, hashes, input.categoryCode);
    // A petitioner row is the person as entered for THIS case, never an earlier row found by ID number:
    // linking one would show its stored name and phone to the caller (who only typed an ID number) and
    // to everyone who reads the new case, wherever and whatever the earlier case was.
    const petitioners: PetitionerEntity[] = [];
    for (const [i, p] of input.petitioners.entries()) {
      petitioners.push(
        await m.getRepository(PetitionerEntity).save(
          m.getRepository(PetitionerEntity).create({
            name: p.name,
            phone: p.phone,
            idNumber: this.idNumbers.encrypt(p.idNumber),
            idNumberHash: hashes[i]!,
            villageCode: input.villageCode,
          }),
        ),
      );
    }

    // The registration and an automatic repeat mark go through the same fold as every later step.
    const registered: StepEvent = { type: E.REGISTERED, at: now, payload: { channel: input.channel } };
    const repeatMark: StepEvent | null = repeatOf
      ? {
          type: E.MARKED_REPEAT,
          at: now,
          payload: { repeatOfId: repeatOf.id, repeatOfCode: repeatOf.code, automatic: true },
        }
      : null;
    let facts = initialFacts(now);
    if (repeatMark) facts = applyLiveStep(facts, repeatMark);
    const columns = factColumns(facts);
    const entity = m.getRepository(CaseEntity).create({
      ...columns,
      code: await this.nextCode(m, columns.receivedOn.slice(0, 4)),
      clientKey: input.clientKey,
      registeredBy: input.registeredBy,
      title: input.title,
      summary: input.summary,
      matterType: input.matterType,
      categoryCode: input.categoryCode,
      channel: input.channel,
      villageCode: village.code,
      townshipCode: village.townshipCode,
      headcount: input.headcount,
      receivedAt: now,
      version: 1,
    });
    const saved = await m.getRepository(CaseEntity).save(entity);
    await m.getRepository(CasePetitionerEntity).insert(
      input.petitioners.map((p, i) => ({
        caseId: saved.id,
        petitionerId: petitioners[i]!.id,
        representative: p.representative,
      })),
    );
    // Its first version: the facts as registered, valid from the registration instant.
    await recordVersion(m, this.dialect, saved.id, now, columns);
    let event = await this.appendEvent(m, saved.id, registered, actor);
    if (repeatMark) event = await this.appendEvent(m, saved.id, repeatMark, actor);
    await refreshRollups(
      m,
      this.dialect,
      [{ villageCode: saved.villageCode, categoryCode: saved.categoryCode, days: anchorDaysOf([columns]) }],
      now,
    );
    return { saved, notice: this.notice(saved, event) };
  }

  /**
   * The earliest still-open case in the category of anyone with these ID numbers (by keyed hash), 重复访
   * (Art. 19). Whoever may not read that case never gets its code: case.resolver withholds it.
   */
  private async openCaseOf(m: EntityManager, idNumberHashes: string[], categoryCode: string) {
    if (idNumberHashes.length === 0) return null;
    return m
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .innerJoin(CasePetitionerEntity, 'cp', 'cp.case_id = c.id')
      .innerJoin(PetitionerEntity, 'p', 'p.id = cp.petitioner_id')
      .where('p.id_number_hash IN (:...idNumberHashes)', { idNumberHashes })
      .andWhere('c.category_code = :categoryCode', { categoryCode })
      .andWhere('c.status NOT IN (:...settled)', { settled: [CaseStatus.CLOSED, CaseStatus.NOT_ACCEPTED] })
      .orderBy('c.received_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getOne();
  }

  /**
   * The year's next code. Allocation is serialised per year for the rest of the transaction; a code
   * written meanwhile by an import is still caught by the unique index and retried.
   */
  private async nextCode(m: EntityManager, year: string): Promise<string> {
    const lock = this.dialect.codeAllocationLock(year);
    if (lock) await m.query(lock);
    return caseCode(year, (await lastCaseNumber(m, this.dialect, year)) + 1);
  }

  /** Appends the event exactly as the fold read it. */
  private async appendEvent(m: EntityManager, caseId: number, step: StepEvent, actor: Actor) {
    const event = m.getRepository(CaseEventEntity).create({
      caseId,
      type: step.type,
      at: step.at,
      occurredOn: localDate(step.at),
      actor: actor.name,
      leaderId: step.leaderId ?? null,
      visitKind: step.visitKind ?? null,
      unitId: step.unitId ?? null,
      payload: step.payload ? { ...step.payload } : null,
    });
    const saved = await m.getRepository(CaseEventEntity).save(event);
    await bumpDataVersion(m);
    return saved;
  }

  private notice(c: CaseEntity, event: CaseEventEntity): CaseChangeNotice {
    return {
      caseId: c.id,
      code: c.code,
      event: event.type,
      version: c.version,
      townshipCode: c.townshipCode,
      villageCode: c.villageCode,
      categoryCode: c.categoryCode,
      matterType: c.matterType,
      leaderId: c.leaderId,
      unitId: c.unitId,
      at: event.at,
    };
  }
}
