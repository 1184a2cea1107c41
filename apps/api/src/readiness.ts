// GET /health/ready: whether this instance can serve (the database answers, and Redis when configured),
// for a load balancer or an orchestrator to route by. /health stays the liveness check it always was.
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { log } from './log.js';
import { hasMetricsToken } from './metrics.js';

/** A check that takes longer than this counts as down: a probe must not hang with the pool. */
const CHECK_TIMEOUT_MS = 2_000;

type Part = 'ok' | 'down';

async function withinTimeout(check: () => Promise<boolean>): Promise<Part> {
  const timeout = new Promise<false>((resolve) => setTimeout(resolve, CHECK_TIMEOUT_MS, false).unref());
  const answered = check().catch((error: unknown) => {
    log.warn({ err: error }, 'readiness check failed');
    return false;
  });
  return (await Promise.race([answered, timeout])) ? 'ok' : 'down';
}

/**
 * Anyone gets `{ status }` (200 ready, 503 unavailable); a caller with the metrics token also gets the
 * parts, so a stranger learns nothing of what runs behind the API.
 */
export function readinessHandler(options: {
  dataSource: DataSource;
  /** Whether Redis answers; null when REDIS_URL is not set. */
  redisAnswers: (() => Promise<boolean>) | null;
  metricsToken: string | undefined;
  /** Whether the server is shutting down (then not ready, whatever the parts say). */
  draining: () => boolean;
}): RequestHandler {
  return async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (options.draining()) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const [database, redis] = await Promise.all([
      withinTimeout(async () => (await options.dataSource.query('SELECT 1')).length === 1),
      options.redisAnswers ? withinTimeout(options.redisAnswers) : ('not configured' as const),
    ]);
    const ready = database === 'ok' && redis !== 'down';
    const status = ready ? 'ready' : 'unavailable';
    res.status(ready ? 200 : 503);
    if (hasMetricsToken(req, options.metricsToken)) res.json({ status, database, redis });
    else res.json({ status });
  };
}
