// bench:pages's requests: one POST /graphql as the dashboard sends it, timed to its last byte, and why an
// answer is not the page's data.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { BenchError } from './settings.mjs';

// ---------------------------------------------------------------- requests

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One POST /graphql as the dashboard sends it (JSON, bearer token, gzip accepted). The time runs until
 * the last byte has arrived; the answer is unpacked afterwards.
 */
export function post(api, token, body, headers = {}) {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port: api.port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': payload.length,
          'accept-encoding': 'gzip',
          authorization: `Bearer ${token}`,
          ...headers,
        },
      },
      (res) => {
        const parts = [];
        res.on('data', (part) => parts.push(part));
        res.on('error', reject);
        res.on('end', () => {
          const ms = performance.now() - started;
          const wire = Buffer.concat(parts);
          const raw = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(wire) : wire;
          let json = null;
          try {
            json = JSON.parse(raw.toString('utf8'));
          } catch {
            // Reported by the caller.
          }
          resolve({ ms, status: res.statusCode, bytes: raw.length, wireBytes: wire.length, json, raw });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Why an answer is not the page's data (a GraphQL error, a check that failed), or null. */
export function failureOf(answer, check) {
  if (answer.status !== 200 || !answer.json)
    return `HTTP ${answer.status}: ${answer.raw.toString('utf8').slice(0, 300)}`;
  if (answer.json.errors) {
    const e = answer.json.errors[0];
    return `${e.extensions?.code ?? 'ERROR'}: ${e.message}`;
  }
  return check ? check(answer.json.data) : null;
}

export async function graphqlData(api, token, query, variables = {}) {
  const answer = await post(api, token, { query, variables });
  const failure = failureOf(answer);
  if (failure) throw new BenchError(`setup query failed: ${failure}`);
  return answer.json.data;
}
