// What `pnpm bench:api` needs inside the API process (LIANXIN_BENCH=1 only; nothing in the product
// calls it), on SQLite and PostgreSQL alike:
// - a GraphQL request sent with `x-bench-record: <id>` has every SQL statement it runs recorded (text
//   and bound parameters, through an AsyncLocalStorage that follows the request and a TypeORM
//   subscriber that sees each statement);
// - `POST /bench/replay/<id>` runs that request's recorded reads again through the same DataSource and
//   pool, all at once (Promise.all, as resolvers start them), and answers their rows as JSON: the same
//   SQL work without the GraphQL layer, so the ratio of the two is what that layer costs;
// - `GET /bench/loop` reports how long the event loop was blocked since the last call;
// - `/bench/reference/*`: hand-written SQL answers (baseline.ts) that check the API's answers.
import { AsyncLocalStorage } from 'node:async_hooks';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Router, type RequestHandler } from 'express';
import type { EntitySubscriberInterface } from 'typeorm';
import type { DialectDataSource } from '../db/data-source.js';
import { createReferenceRouter } from './baseline.js';

export const RECORD_HEADER = 'x-bench-record';

export interface RecordedStatement {
  sql: string;
  parameters: unknown[];
}

export type StatementKind = 'read' | 'write' | 'control';

/** Transaction control and settings: round trips, but no work of the request's own to measure. */
const CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|RESET)\b/i;
const READ = /^\s*(SELECT|WITH|\(\s*SELECT)\b/i;

export function statementKind(sql: string): StatementKind {
  if (CONTROL.test(sql)) return 'control';
  return READ.test(sql) ? 'read' : 'write';
}

interface Recording {
  /** HTTP status of the recorded request (0 until it has answered). */
  status: number;
  statements: RecordedStatement[];
}

/** Recordings kept at once: a bench pool is a few thousand requests; the oldest go first. */
const MAX_RECORDINGS = 50_000;
/** An id is chosen by the bench: short and plain, it is a map key and a URL segment. */
const RECORDING_ID = /^[A-Za-z0-9_.-]{1,100}$/;

export interface BenchMode {
  /** Mounted on /graphql before the API's own handlers: records requests that ask for it. */
  recordStatements: RequestHandler;
  /** Mounted at /bench. */
  router: Router;
}

export function createBenchMode(dataSource: DialectDataSource): BenchMode {
  const recordingNow = new AsyncLocalStorage<RecordedStatement[]>();
  const recordings = new Map<string, Recording>();
  const recorder: EntitySubscriberInterface = {
    beforeQuery(event) {
      const statements = recordingNow.getStore();
      if (!statements) return;
      // A copy: the caller's parameter array is its own to reuse. (Both drivers bind positionally.)
      const parameters = Array.isArray(event.parameters) ? [...(event.parameters as unknown[])] : [];
      statements.push({ sql: event.query, parameters });
    },
  };
  dataSource.subscribers.push(recorder);

  const recordStatements: RequestHandler = (req, res, next) => {
    const id = req.get(RECORD_HEADER);
    if (id === undefined) return next();
    if (!RECORDING_ID.test(id)) {
      res.status(400).json({ error: `${RECORD_HEADER} must match ${String(RECORDING_ID)}` });
      return;
    }
    const recording: Recording = { status: 0, statements: [] };
    recordings.delete(id);
    recordings.set(id, recording);
    if (recordings.size > MAX_RECORDINGS) recordings.delete(recordings.keys().next().value!);
    res.once('finish', () => (recording.status = res.statusCode));
    recordingNow.run(recording.statements, next);
  };

  const router = Router();

  router.get('/recorded/:id', (req, res) => {
    const recording = recordings.get(req.params.id);
    if (!recording) {
      res.status(404).json({ error: `no recording ${req.params.id}` });
      return;
    }
    res.json({
      status: recording.status,
      statements: recording.statements.map((s) => ({ ...s, kind: statementKind(s.sql) })),
    });
  });

  router.post('/replay/:id', async (req, res) => {
    const recording = recordings.get(req.params.id);
    if (!recording) {
      res.status(404).json({ error: `no recording ${req.params.id}` });
      return;
    }
    // Reads only: a write must not be repeated, and transaction control has nothing to control here.
    const reads = recording.statements.filter((s) => statementKind(s.sql) === 'read');
    try {
      const rows: unknown[] = await Promise.all(reads.map((s) => dataSource.query(s.sql, s.parameters)));
      res.json(rows);
    } catch (error) {
      // Typed like the API's errors (a statement timeout reads 57014, as GraphQL's TIMEOUT does).
      const e = error as { code?: string; driverError?: { code?: string }; message?: string };
      res.status(500).json({ code: e.driverError?.code ?? e.code ?? 'REPLAY_FAILED', message: e.message });
    }
  });

  // Each sample is the time between two turns of a 10 ms timer: what exceeds 10 ms held the loop.
  const RESOLUTION_MS = 10;
  const loopDelay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  loopDelay.enable();
  router.get('/loop', (req, res) => {
    const blocked = (ns: number) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 10) / 10);
    const samples = loopDelay.count;
    res.json({
      samples,
      maxBlockMs: samples ? blocked(loopDelay.max) : 0,
      p99BlockMs: samples ? blocked(loopDelay.percentile(99)) : 0,
    });
    if (req.query.reset !== '0') loopDelay.reset();
  });

  router.use('/reference', createReferenceRouter(dataSource));
  return { recordStatements, router };
}
