import { describe, expect, it } from 'vitest';
import { errorInfo, isUnauthenticated } from './describe';

describe('errorInfo', () => {
  it('reads a version conflict with the current version', () => {
    expect(
      errorInfo({
        message: '[GraphQL] stale',
        graphQLErrors: [
          {
            message: 'Case 42 is at version 8, not 7',
            extensions: { code: 'VERSION_CONFLICT', currentVersion: 8 },
          },
        ],
      }),
    ).toEqual({
      code: 'VERSION_CONFLICT',
      params: { currentVersion: 8 },
      detail: 'Case 42 is at version 8, not 7',
    });
  });

  it('lists the allowed steps of an illegal transition', () => {
    const info = errorInfo({
      message: 'x',
      graphQLErrors: [
        {
          message: 'CLOSED is not allowed from ACCEPTED',
          extensions: {
            code: 'ILLEGAL_TRANSITION',
            allowed: ['VISIT', 'REPLIED'],
            from: 'ACCEPTED',
            event: 'CLOSED',
          },
        },
      ],
    });
    expect(info.code).toBe('ILLEGAL_TRANSITION');
    expect(info.params).toEqual({ allowed: 'VISIT, REPLIED', from: 'ACCEPTED', event: 'CLOSED' });
  });

  it('passes the clock’s refusal codes through', () => {
    expect(
      errorInfo({
        message: 'x',
        graphQLErrors: [{ message: 'm', extensions: { code: 'EXTENSION_ALREADY_USED' } }],
      }).code,
    ).toBe('EXTENSION_ALREADY_USED');
  });

  it('explains an unknown code generically, keeping the server message', () => {
    expect(
      errorInfo({
        message: 'x',
        graphQLErrors: [{ message: 'Disk on fire', extensions: { code: 'DISK_ON_FIRE' } }],
      }),
    ).toEqual({
      code: 'UNKNOWN',
      params: {},
      detail: 'Disk on fire',
    });
  });

  it('tells a network failure and an HTTP 401 apart', () => {
    expect(errorInfo({ message: 'x', networkError: new Error('Failed to fetch') }).code).toBe('NETWORK');
    expect(errorInfo({ message: 'x', networkError: new Error('401'), response: { status: 401 } }).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      isUnauthenticated({
        message: 'x',
        graphQLErrors: [{ message: 'm', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    ).toBe(true);
  });
});
