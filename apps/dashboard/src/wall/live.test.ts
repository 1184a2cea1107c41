import { describe, expect, it } from 'vitest';
import { SignInNeeded, answerOf, useWallLive } from './live';

const unauthenticated = {
  message: 'Not signed in',
  graphQLErrors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }],
};

describe('answerOf', () => {
  it('answers the data, asks for sign-in on UNAUTHENTICATED, throws any other error', () => {
    expect(answerOf({ data: { a: 1 } })).toEqual({ a: 1 });
    expect(() => answerOf({ error: unauthenticated })).toThrow(SignInNeeded);
    const forbidden = {
      message: 'no',
      graphQLErrors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
    };
    expect(() => answerOf({ error: forbidden })).toThrow('no');
    expect(() => answerOf({})).toThrow('empty answer');
  });
});

describe('wall refreshes (without a socket)', () => {
  function wall(outcomes: Record<string, () => void>) {
    const calls: string[] = [];
    const tasks = Object.fromEntries(
      Object.entries(outcomes).map(([name, outcome]) => [
        name,
        async () => {
          calls.push(name);
          outcome();
        },
      ]),
    );
    return { calls, live: useWallLive({ tasks, affected: () => [], token: 't' }) };
  }

  it('keeps the data and turns stale when a query fails, and clears it with the next success', async () => {
    let down = true;
    const { calls, live } = wall({
      a: () => {
        if (down) throw new Error('network down');
      },
      b: () => {},
    });
    await live.refresh();
    expect(live.stale.value).toBe(true);
    expect(live.updatedAt.value).toBeNull();
    down = false;
    await live.refresh(['b']);
    // The failed query is asked again with the next refresh, whatever that one was for.
    expect(calls).toEqual(['a', 'b', 'a', 'b']);
    expect(live.stale.value).toBe(false);
    expect(live.updatedAt.value).toBeTypeOf('number');
  });

  it('stops and asks for sign-in when the API no longer takes the token', async () => {
    const { calls, live } = wall({
      a: () => {
        throw new SignInNeeded('UNAUTHENTICATED');
      },
    });
    await live.refresh();
    expect(live.signInNeeded.value).toBe(true);
    await live.refresh();
    expect(calls).toEqual(['a']);
  });
});
