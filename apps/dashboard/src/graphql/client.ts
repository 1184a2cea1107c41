// The one GraphQL client: POST JSON to same-origin /graphql with the session cookie. urql's default
// would send queries as GET, which Apollo's CSRF prevention refuses without a custom header.
import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { isUnauthenticated } from '../errors/describe';
import { noteRead } from './read-at';

export function createGraphQLClient(onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { accept: 'application/graphql-response+json, application/json' },
    }),
    requestPolicy: 'cache-first',
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      cacheExchange,
      // After the cache: sees only answers from the network, so a cache hit keeps its first read time.
      mapExchange({
        onResult(result) {
          noteRead(result.data);
        },
      }),
      fetchExchange,
    ],
  });
}
