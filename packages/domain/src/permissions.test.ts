import { describe, expect, it } from 'vitest';
import { ROLE_GROUPS, inRoleGroup } from './permissions.js';
import { ROLES, Role } from './roles.js';
import { roleMayTake } from './step-apply.js';
import { STEP_CATALOGUE } from './steps.js';

describe('role groups', () => {
  it('everyone is every role, and only the wall screen is no case reader', () => {
    expect([...ROLE_GROUPS.everyone].sort()).toEqual([...ROLES].sort());
    expect(ROLES.filter((r) => !inRoleGroup(r, 'caseReaders'))).toEqual([Role.DISPLAY]);
  });

  it('every group is a subset of the case readers but everyone, and admins are in each', () => {
    for (const [name, roles] of Object.entries(ROLE_GROUPS)) {
      expect(roles, name).toContain(Role.ADMIN);
      if (name !== 'everyone') expect(roles, name).not.toContain(Role.DISPLAY);
    }
  });

  it('the wall screen and signed-out callers take no step', () => {
    for (const type of Object.keys(STEP_CATALOGUE) as (keyof typeof STEP_CATALOGUE)[]) {
      expect(roleMayTake(Role.DISPLAY, type), type).toBe(false);
      expect(roleMayTake(Role.ANALYST, type), type).toBe(false);
    }
    expect(inRoleGroup(null, 'everyone')).toBe(false);
    expect(inRoleGroup('NOBODY', 'everyone')).toBe(false);
  });

  it('the groups cannot be changed at run time', () => {
    expect(Object.isFrozen(ROLE_GROUPS)).toBe(true);
    expect(Object.isFrozen(ROLE_GROUPS.caseWorkers)).toBe(true);
  });
});
