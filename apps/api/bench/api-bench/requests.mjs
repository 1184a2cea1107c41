// bench:api's requests to the API: bench users' tokens from the users CLI, GraphQL and JSON requests
// whose failures carry the API's error code, and the reference data the filters are drawn from.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { apiDir, AUTH_SECRET, BenchError, DATABASE_URL, FailedAnswer } from './settings.mjs';

/** A bearer token for a bench user (created once in the bench database) from the users CLI. */
export function tokenFor(user) {
  const cli = path.join(apiDir, 'dist/modules/auth/users-cli.js');
  const env = { ...process.env, AUTH_SECRET };
  const users = execFileSync(process.execPath, [cli, 'list', '--database', DATABASE_URL], { env }).toString();
  if (!users.split('\n').some((line) => line.startsWith(`${user.username}\t`))) {
    execFileSync(
      process.execPath,
      [cli, 'create', '--username', user.username, '--role', user.role, '--database', DATABASE_URL],
      { env },
    );
  }
  const token = execFileSync(
    process.execPath,
    [cli, 'token', '--username', user.username, '--hours', '12', '--database', DATABASE_URL],
    { env },
  );
  return token.toString().trim().split('\n').at(-1);
}

/** The code of a failed answer: the first GraphQL error's, else the HTTP status. */
export function errorCode(status, text) {
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the status says it.
  }
  const ext = json?.errors?.[0]?.extensions;
  if (ext?.code) return [ext.code, ext.budget].filter(Boolean).join(' ');
  if (json?.code) return String(json.code);
  return `HTTP ${status}`;
}

export async function graphql(api, bearer, body, headers = {}) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Reported below.
  }
  if (res.status !== 200 || !json || json.errors)
    throw new FailedAnswer(`HTTP ${res.status}: ${text.slice(0, 600).trim()}`, errorCode(res.status, text));
  return json.data;
}

export async function getJson(url, init) {
  const res = await fetch(url, init);
  const text = await res.text();
  if (!res.ok) throw new BenchError(`${url}: HTTP ${res.status}: ${text.slice(0, 600)}`);
  return JSON.parse(text);
}

/** Townships (with villages) and categories, as the dashboard's Reference query has them. */
export async function loadReference(api, bearer) {
  const data = await graphql(api, bearer, {
    query: '{ townships { code villages { code } } categories { code } }',
  });
  const reference = {
    townships: data.townships.filter((t) => t.villages.length > 0),
    categories: data.categories.map((c) => c.code),
  };
  reference.villages = reference.townships.flatMap((t) => t.villages.map((v) => v.code));
  return reference;
}
