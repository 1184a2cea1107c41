import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchGraphQL, GRAPHQL_PATH } from './fetcher';

function stubFetch(response: Response) {
  const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('fetchGraphQL', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts JSON to /graphql on the same origin, with the headers typed in GraphiQL', async () => {
    const fetchMock = stubFetch(Response.json({ data: { __typename: 'Query' } }));

    const result = await fetchGraphQL(
      { query: '{ __typename }', operationName: null },
      { headers: { 'x-request-id': 'abc' } },
    );

    expect(result).toEqual({ data: { __typename: 'Query' } });
    expect(GRAPHQL_PATH).toBe('/graphql');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).toEqual({
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      'x-request-id': 'abc',
    });
    expect(init?.body).toBe(JSON.stringify({ query: '{ __typename }', operationName: null }));
  });

  it('reports a non-JSON answer by status instead of a JSON parse error', async () => {
    stubFetch(
      new Response('<!doctype html>', {
        status: 404,
        statusText: 'Not Found',
        headers: { 'content-type': 'text/html' },
      }),
    );

    await expect(fetchGraphQL({ query: '{ __typename }', operationName: null })).rejects.toThrow(
      'POST /graphql answered 404 Not Found with text/html instead of JSON — is the API running on this origin?',
    );
  });
});
