// bench:api's writer: ~1 mutation a second through the API while every load window runs.
import { addLocalDays, idCheckDigit } from '@lianxin/domain';
import { pick, prng, randomInt } from '../lib.mjs';
import { graphql } from './requests.mjs';
import { BenchError, log, PRNG_SEED, WRITE_EVERY_MS } from './settings.mjs';

// ---------------------------------------------------------------- the writer

/** A resident ID number with a valid check character (GB 11643), a made-up one from the PRNG. */
function idNumber(rng) {
  const birth = addLocalDays('1950-01-01', randomInt(rng, 0, 18_000)).replaceAll('-', '');
  const first17 = `640302${birth}${String(randomInt(rng, 0, 999)).padStart(3, '0')}`;
  return first17 + idCheckDigit(first17);
}

/**
 * ~1 mutation a second through the API as a district-wide CLERK: registers a case, then accepts it,
 * then registers the next. Every write moves the data version, which empties the response cache.
 * `everyMs: 0` writes as fast as the API answers (bench/sizing.mjs); writers running at once each
 * need their own `name` (their idempotency keys must differ).
 */
export function createWriter(reference, bearer, { everyMs = WRITE_EVERY_MS, name = '' } = {}) {
  const rng = prng(PRNG_SEED ^ 0x5eed);
  const runId = `${Date.now().toString(36)}${name}`;
  let api = null;
  let running = null;
  let stopRequested = false;
  let wake = null;
  let pending = null;
  let n = 0;
  const stats = { done: 0, failed: 0, registered: 0, accepted: 0, errors: {} };

  async function writeOnce() {
    if (pending) {
      const data = await graphql(api, bearer, {
        query: 'mutation ($id: ID!, $version: Int!) { acceptCase(id: $id, version: $version) { id status } }',
        variables: pending,
      });
      if (data.acceptCase.status !== 'ACCEPTED')
        throw new BenchError(`accepted case is ${data.acceptCase.status}`);
      pending = null;
      stats.accepted += 1;
      return;
    }
    n += 1;
    const data = await graphql(api, bearer, {
      query: 'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version status } }',
      variables: {
        input: {
          clientKey: `bench-${runId}-${n}`,
          title: `基准测试登记 ${n}`,
          summary: '压力测试期间登记的案件（bench:api 写入）',
          matterType: pick(rng, ['APPEAL', 'SUGGESTION']),
          categoryCode: pick(rng, reference.categories),
          channel: pick(rng, ['VISIT', 'LETTER', 'PHONE', 'ONLINE']),
          villageCode: pick(rng, reference.villages),
          headcount: 1,
          petitioners: [
            {
              name: '测试人',
              phone: `13${String(randomInt(rng, 0, 999_999_999)).padStart(9, '0')}`,
              idNumber: idNumber(rng),
            },
          ],
        },
      },
    });
    pending = { id: data.registerCase.id, version: data.registerCase.version };
    stats.registered += 1;
  }

  async function loop() {
    while (!stopRequested) {
      const started = Date.now();
      const mutation = pending ? 'acceptCase' : 'registerCase';
      try {
        await writeOnce();
        stats.done += 1;
      } catch (error) {
        stats.failed += 1;
        const code = `${mutation} ${error.code ?? error.message}`;
        stats.errors[code] = (stats.errors[code] ?? 0) + 1;
        if (stats.failed <= 3) log(`write failed: ${error.message}`);
        pending = null;
      }
      const wait = everyMs - (Date.now() - started);
      if (wait > 0 && !stopRequested)
        await new Promise((resolve) => ((wake = resolve), setTimeout(resolve, wait)));
    }
  }

  return {
    stats,
    start(target) {
      api = target;
      stopRequested = false;
      running = loop();
    },
    async stop() {
      stopRequested = true;
      wake?.();
      await running;
      running = null;
    },
  };
}
