import { Role } from '@lianxin/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { accusationsCounted, session } from './session';

const as = (role: Role, leaderId: number | null = null, unitId: number | null = null) => {
  session.value = {
    user: { id: 1, username: 'u', displayName: 'u', role, leaderId, unitId },
    expiresAt: '2026-12-06T12:00:00Z',
  };
};

describe('accusationsCounted', () => {
  afterEach(() => {
    session.value = null;
  });
  it('says which accusations the API counts for the user, as the API clears them', () => {
    as(Role.ADMIN);
    expect(accusationsCounted.value).toBe('all');
    as(Role.CLERK, null, 3);
    expect(accusationsCounted.value).toBe('own');
    as(Role.LEADER, 7);
    expect(accusationsCounted.value).toBe('own');
    as(Role.LEADER);
    expect(accusationsCounted.value).toBe('none');
    as(Role.ANALYST);
    expect(accusationsCounted.value).toBe('none');
    as(Role.CLERK);
    expect(accusationsCounted.value).toBe('none');
  });
});
