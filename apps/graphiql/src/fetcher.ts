// `import type` is erased whole, so tests of this file never load GraphiQL (which needs a DOM).
import type { GraphiQLProps } from 'graphiql';

/** Same origin as the page: the API serves both /graphiql and /graphql, so no CORS and no other host. */
export const GRAPHQL_PATH = '/graphql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * A plain fetch() fetcher instead of @graphiql/toolkit's createGraphiQLFetcher: the toolkit's version also
 * wires graphql-ws subscriptions, which this page does not offer, and would add a dependency.
 */
export const fetchGraphQL: Fetcher = async (params, opts) => {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    // Sends the intranet session cookie, never to another origin.
    credentials: 'same-origin',
    headers: {
      // application/json also satisfies Apollo Server's CSRF prevention (it rejects "simple" requests).
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...opts?.headers,
    },
    body: JSON.stringify(params),
  });
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) {
    // Otherwise GraphiQL shows "Unexpected token '<'" when a proxy or a missing API answers with HTML.
    throw new Error(
      `POST ${GRAPHQL_PATH} answered ${response.status} ${response.statusText} with ` +
        `${contentType || 'no content type'} instead of JSON — is the API running on this origin?`,
    );
  }
  return response.json();
};
