import { describe, expect, it } from 'vitest';
import {
  allowedEventsInState,
  applyEvent,
  CASE_STATUS_LABELS,
  CaseEventType as E,
  CaseStatus as S,
  CategoryCode as C,
  isValidIdNumber,
  isValidMobile,
  LeaderRank,
  MatterType,
  type CaseState,
} from '@lianxin/domain';
import { DEFAULT_SEED, generateDistrict, Prng } from '@lianxin/seed';
import {
  categoryWeights,
  chooseAction,
  draftCase,
  nextStep,
  STEP_EVENT,
  type CaseSnapshot,
  type Reference,
  type Step,
} from './simulate-plan.js';

// The district the API serves after `pnpm seed` with the default seed, in the shape the simulator reads.
const district = generateDistrict(DEFAULT_SEED);
const townshipName = new Map(district.townships.map((t) => [t.code, t.name]));
const REF: Reference = {
  villages: district.villages.map((v) => ({
    code: v.code,
    name: v.name,
    population: v.population,
    townshipCode: v.townshipCode,
    townshipName: townshipName.get(v.townshipCode) as string,
  })),
  categories: new Map(district.categories.map((c) => [c.code, c.nameZh])),
  leaders: district.leaders.map((l) => ({
    id: l.id,
    name: l.name,
    title: l.title,
    post: l.post,
    rank: l.rank,
    townshipCode: l.townshipCode,
  })),
  units: district.units.map((u) => ({ id: u.id, code: u.code, name: u.name, townshipCode: u.townshipCode })),
};
const MALIANQU = district.townships.find((t) => t.name === '马莲渠乡')!.code;
const JULY = new Date('2026-07-15T02:00:00Z'); // 10:00 in Litong: office hours
const JANUARY = new Date('2026-01-15T02:00:00Z');

function snapshot(status: S, over: Partial<CaseSnapshot> = {}): CaseSnapshot {
  const village = REF.villages.find((v) => v.townshipCode === MALIANQU)!;
  return {
    id: '1',
    code: 'LT-2026-000001',
    version: 1,
    status,
    allowedSteps: allowedEventsInState({ status, reviewStage: 'NONE' }),
    categoryCode: C.IRRIGATION,
    villageCode: village.code,
    townshipCode: MALIANQU,
    leaderId: null,
    unitId: null,
    extensionDays: null,
    satisfaction: null,
    events: [E.REGISTERED],
    ...over,
  };
}

function drafts(seed: number, n: number, now: Date) {
  const rng = new Prng(seed);
  return Array.from({ length: n }, () => draftCase(rng, REF, now));
}

const share = <T>(items: T[], test: (x: T) => boolean) => items.filter(test).length / items.length;

describe('chooseAction', () => {
  it('registers when there is no open case to advance', () => {
    const rng = new Prng(1);
    expect(Array.from({ length: 20 }, () => chooseAction(rng, 0))).toEqual(Array(20).fill('register'));
  });

  it('registers about one tick in four otherwise (register:advance ≈ 1:3)', () => {
    const rng = new Prng(1);
    const actions = Array.from({ length: 10_000 }, () => chooseAction(rng, 50));
    expect(share(actions, (a) => a === 'register')).toBeCloseTo(0.25, 1);
  });
});

describe('draftCase', () => {
  const july = drafts(11, 4000, JULY);

  it('writes petitioners the API accepts: valid ID check digits, mainland mobiles, Chinese names', () => {
    for (const d of july) {
      expect(d.petitioners.length).toBeGreaterThanOrEqual(1);
      expect(d.petitioners.length).toBeLessThanOrEqual(Math.min(d.headcount, 5));
      expect(new Set(d.petitioners.map((p) => p.idNumber)).size).toBe(d.petitioners.length);
      for (const p of d.petitioners) {
        expect(isValidIdNumber(p.idNumber)).toBe(true);
        expect(isValidMobile(p.phone)).toBe(true);
        expect(p.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      }
    }
  });

  it('names the village in the title and summary, and uses only known villages and categories', () => {
    const villages = new Map(REF.villages.map((v) => [v.code, v.name]));
    for (const d of july) {
      const name = villages.get(d.villageCode)!;
      expect(d.title.startsWith(name)).toBe(true);
      expect(d.summary).toContain(name);
      expect(REF.categories.has(d.categoryCode)).toBe(true);
    }
  });

  it('never files field matters (irrigation, shading, land contracts) in an urban 社区', () => {
    const community = new Set(REF.villages.filter((v) => v.name.endsWith('社区')).map((v) => v.code));
    const inCommunities = july.filter((d) => community.has(d.villageCode));
    expect(inCommunities.length).toBeGreaterThan(0);
    for (const d of inCommunities) {
      expect([C.IRRIGATION, C.TREE_SHADING, C.LAND_CONTRACT]).not.toContain(d.categoryCode);
    }
  });

  it('registers no accusations: a district clerk could not follow them up (Art. 30)', () => {
    expect(july.some((d) => d.matterType === MatterType.ACCUSATION)).toBe(false);
    expect(share(july, (d) => d.matterType === MatterType.SUGGESTION)).toBeGreaterThan(0.1);
  });

  it('brings irrigation in summer, not in winter, as the seed does', () => {
    const january = drafts(11, 4000, JANUARY);
    const irrigation = (d: { categoryCode: string }) => d.categoryCode === C.IRRIGATION;
    expect(share(july, irrigation)).toBeGreaterThan(0.15);
    expect(share(january, irrigation)).toBeLessThan(0.03);
  });

  it('makes tree shading the leading matter of 马莲渠乡 in summer', () => {
    const village = REF.villages.find((v) => v.townshipCode === MALIANQU && !v.name.endsWith('社区'))!;
    const weights = new Map(categoryWeights(6, village, REF));
    const top = [...weights].sort((a, b) => b[1] - a[1])[0]![0];
    expect(top).toBe(C.TREE_SHADING);
    const elsewhere = REF.villages.find((v) => v.townshipName === '金积镇' && !v.name.endsWith('社区'))!;
    expect(new Map(categoryWeights(6, elsewhere, REF)).get(C.TREE_SHADING)).toBe(
      weights.get(C.TREE_SHADING)! / 4,
    );
  });

  it('is reproducible: the same seed drafts the same cases', () => {
    expect(drafts(5, 50, JULY)).toEqual(drafts(5, 50, JULY));
    expect(drafts(5, 50, JULY)).not.toEqual(drafts(6, 50, JULY));
  });
});

describe('nextStep', () => {
  it('only ever proposes a step the state machine allows, in every status', () => {
    const rng = new Prng(3);
    for (const status of Object.values(S)) {
      for (let i = 0; i < 200; i++) {
        const c = snapshot(status, { satisfaction: null });
        const step = nextStep(rng, c, REF);
        if (step) expect(c.allowedSteps).toContain(STEP_EVENT[step.kind]);
      }
    }
  });

  it('forwards a fresh case to the township government or the department competent for it', () => {
    const rng = new Prng(4);
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const step = nextStep(rng, snapshot(S.REGISTERED), REF);
      if (step?.kind === 'forward') seen.add(REF.units.find((u) => u.id === step.unitId)!.name);
    }
    expect([...seen].sort()).toEqual(['农业农村局', '水务局', '马莲渠乡人民政府'].sort());
  });

  it('puts a township leader or a county leader in charge', () => {
    const rng = new Prng(5);
    const leaders = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const step = nextStep(rng, snapshot(S.ACCEPTED, { unitId: 1 }), REF);
      if (step?.kind === 'assignLeader') {
        const l = REF.leaders.find((x) => x.id === step.leaderId)!;
        leaders.add(l.townshipCode === MALIANQU ? 'township' : l.rank);
      }
    }
    expect([...leaders].sort()).toEqual([LeaderRank.COUNTY, 'township'].sort());
  });

  it('asks for an extension at most once', () => {
    const rng = new Prng(6);
    const c = snapshot(S.IN_PROGRESS, { extensionDays: 15, leaderId: 1, unitId: 1 });
    for (let i = 0; i < 500; i++) expect(nextStep(rng, c, REF)?.kind).not.toBe('extend');
  });

  it('has nothing left to do on a declined case or a closed and rated one; rates a closed unrated one', () => {
    const rng = new Prng(7);
    expect(nextStep(rng, snapshot(S.NOT_ACCEPTED), REF)).toBeNull();
    expect(nextStep(rng, snapshot(S.CLOSED, { satisfaction: 'SATISFIED' as never }), REF)).toBeNull();
    expect(nextStep(rng, snapshot(S.CLOSED), REF)?.kind).toBe('rate');
  });

  it('walks every case from registration to closure or decline in a plausible number of steps', () => {
    const ends = new Map<string, number>();
    const lengths: number[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const rng = new Prng(seed);
      let state: CaseState = { status: S.REGISTERED, reviewStage: 'NONE' };
      let c = snapshot(S.REGISTERED);
      let steps = 0;
      for (let step: Step | null; (step = nextStep(rng, c, REF)); steps++) {
        // The server's side of the step, as far as the planner reads it back.
        const event = STEP_EVENT[step.kind];
        state = applyEvent(state, event);
        c = {
          ...c,
          status: state.status,
          allowedSteps: allowedEventsInState(state),
          events: [...c.events, event],
          unitId: step.kind === 'forward' ? step.unitId : c.unitId,
          leaderId: step.kind === 'assignLeader' ? step.leaderId : c.leaderId,
          extensionDays: step.kind === 'extend' ? step.days : c.extensionDays,
          satisfaction: step.kind === 'rate' ? step.satisfaction : c.satisfaction,
        };
        expect(steps).toBeLessThan(60);
      }
      ends.set(state.status, (ends.get(state.status) ?? 0) + 1);
      lengths.push(steps);
    }
    expect([...ends.keys()].map((s) => CASE_STATUS_LABELS[s as S].en).sort()).toEqual([
      'Closed',
      'Not accepted',
    ]);
    expect(ends.get(S.NOT_ACCEPTED)! / 300).toBeLessThan(0.1);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(mean).toBeGreaterThan(5);
    expect(mean).toBeLessThan(15);
  });
});
