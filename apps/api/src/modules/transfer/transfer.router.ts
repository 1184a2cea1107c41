// HTTP for spreadsheets: GET /export/cases.csv|.xlsx?filter=<CaseFilter JSON> streams the cases, and
// POST /import/cases (multipart field `file`, ?partial=1) imports a sheet and answers a JSON report.
import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import { coerceInputValue, GraphQLError, isInputObjectType, type GraphQLSchema } from 'graphql';
import { localDate, Role, ROLE_GROUPS, TEXT_LIMITS } from '@lianxin/domain';
import type { DialectDataSource } from '../../db/data-source.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { CaseService } from '../case/case.service.js';
import type { CaseFilter } from '../case/case.types.js';
import type { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { selectCases, type CaseSelection } from '../case/case-query.js';
import { AccessPolicy } from '../access/access-policy.js';
import { writeAccessLog } from '../access/access-log.js';
import { ErrorCode } from '../common/errors.js';
import { CONTENT_TYPES, contentDisposition, EXPORTED_PERSONAL_FIELDS, exportCases } from './case-export.js';
import { ClosedPeriodError, importCases, ImportFileError } from './case-import.js';
import type { StatsService } from '../stats/stats.service.js';
import { SheetFormatError, SheetTooLargeError } from './sheet-errors.js';
import type { SheetFormat } from './sheet-io.js';
import { log } from '../../log.js';
import { handOutWritePosition } from '../../read-your-writes.js';

const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** The report lists at most this many problems; `rejected` still counts them all. */
const MAX_REPORTED_ERRORS = 1_000;

export interface TransferDeps {
  dataSource: DialectDataSource;
  /** Reads a closed month's KPIs before an administrator's import revises it. */
  stats: StatsService;
  /** Decrypts ID numbers for export, encrypts and hashes them on import. */
  idNumbers: IdNumberCipher;
  schema: GraphQLSchema;
  cases: CaseService;
  /** The signed-in user of a request, or null. */
  userOf(req: Request): Promise<AuthUser | null>;
}

/**
 * Exports follow what the user may read through GraphQL (their area, accusations only when cleared,
 * personal data masked unless they handle the case), and each one is logged. Imports write cases:
 * administrators anywhere, clerks in their area.
 */

/** Locals of a request past the role check. */
interface Signed {
  user: AuthUser;
}

function requireRole(deps: TransferDeps, roles: readonly Role[], what: string): express.RequestHandler {
  return async (req, res, next) => {
    const user = await deps.userOf(req);
    if (!user) sendError(res, 401, 'sign in first', ErrorCode.UNAUTHENTICATED);
    else if (!roles.includes(user.role)) {
      sendError(res, 403, `${what} is not for the role ${user.role}`, ErrorCode.FORBIDDEN);
    } else {
      (res.locals as Signed).user = user;
      next();
    }
  };
}

function sendError(
  res: Response,
  status: number,
  message: string,
  code: string,
  field?: string,
  extra: Record<string, unknown> = {},
): void {
  res
    .status(status)
    .json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}), ...extra } }] });
}

/**
 * Reads `?filter=` as the GraphQL CaseFilter input would be read (same coercion, same checks, same
 * reference lookups), so a filter that works in GraphiQL works here and a bad one fails the same way.
 */
async function selectionOf(req: Request, deps: TransferDeps, access: AccessPolicy): Promise<CaseSelection> {
  const raw = req.query.filter;
  let value: unknown = {};
  if (raw !== undefined) {
    if (typeof raw !== 'string')
      throw new GraphQLError('filter must be given once, as JSON', {
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'filter' },
      });
    try {
      value = JSON.parse(raw);
    } catch {
      throw new GraphQLError('filter is not valid JSON', {
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'filter' },
      });
    }
  }
  const type = deps.schema.getType('CaseFilter');
  if (!isInputObjectType(type)) throw new Error('the schema has no CaseFilter input');
  let problem: GraphQLError | null = null;
  const filter = coerceInputValue(value, type, (path, _invalid, error) => {
    problem ??= new GraphQLError(error.message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: ['filter', ...path].join('.') },
    });
  }) as CaseFilter;
  if (problem) throw problem;
  const selection = selectCases(filter, new Date(), access);
  await deps.cases.checkReferences(selection.filter);
  return selection;
}

async function sendExport(
  req: Request,
  res: Response,
  deps: TransferDeps,
  format: SheetFormat,
): Promise<void> {
  const { user } = res.locals as Signed;
  let selection: CaseSelection;
  try {
    selection = await selectionOf(req, deps, new AccessPolicy(user));
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const { code, field } = error.extensions as { code: string; field?: string };
    sendError(res, code === ErrorCode.FORBIDDEN ? 403 : 400, error.message, code, field);
    return;
  }
  // Logged before the first byte leaves: an export that is not on record never starts.
  await writeAccessLog(deps.dataSource, user, 'EXPORT', [
    {
      caseId: null,
      fields: EXPORTED_PERSONAL_FIELDS,
      detail: JSON.stringify({ format, filter: selection.filter }),
    },
  ]);
  res.status(200);
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', contentDisposition(localDate(new Date()), format));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  try {
    await exportCases(deps.dataSource, deps.idNumbers, selection, format, res);
  } catch (error) {
    // Headers are gone: all that is left is to cut the response so the client sees it incomplete.
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

interface Upload {
  fileName: string;
  buffer: Buffer;
}

/** Why an upload was not read: the status and code it is answered with. */
interface UploadRefusal {
  status: 400 | 413;
  code: ErrorCode;
  message: string;
}

/** Multipart limits besides the file's size: a form with one file needs none of the rest. */
const FORM_LIMITS = { files: 1, fields: 10, fieldSize: 64 * 1024, parts: 20, headerPairs: 50 } as const;

function badForm(message: string): UploadRefusal {
  return { status: 400, code: ErrorCode.BAD_REQUEST, message };
}

/**
 * Reads the multipart field `file` into memory (at most MAX_UPLOAD_BYTES). Settles exactly once, on
 * every path: a body that ends without its closing boundary, a malformed part header, a client that
 * goes away mid-upload, a part without a name, a second file, a flood of fields. Every stream involved
 * (the request, busboy, the file part) has an 'error' listener: an unhandled 'error' event ends the
 * process, which is how one truncated upload took the server down (issue 11, finding 1).
 */
function readUpload(req: Request): Promise<Upload | UploadRefusal> {
  return new Promise((resolve) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { ...FORM_LIMITS, fileSize: MAX_UPLOAD_BYTES } });
    } catch (error) {
      resolve(badForm(`expected multipart/form-data: ${(error as Error).message}`));
      return;
    }
    let settled = false;
    /** Answers once; a refusal stops reading and discards the rest of the body. */
    const settle = (outcome: Upload | UploadRefusal): void => {
      if (settled) return;
      settled = true;
      if ('status' in outcome) {
        // Not synchronously: busboy emits inside its parser and goes on touching the state that
        // destroy() clears ('limit' then `this._fileStream.truncated = true`: a TypeError thrown into
        // the request's 'data' event, which ends the process).
        setImmediate(() => {
          req.unpipe(bb);
          bb.destroy();
          req.resume();
        });
      }
      resolve(outcome);
    };
    let upload: Upload | null = null;
    bb.on('file', (name, stream, info) => {
      // Before anything else: busboy destroys an unfinished file part with an error at a truncated body.
      stream.on('error', (error: Error) => settle(badForm(`the upload is incomplete: ${error.message}`)));
      if (name !== 'file') {
        stream.resume();
        settle(
          badForm(`unexpected file part ${name ? `"${name}"` : 'without a name'}: send the sheet as "file"`),
        );
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () =>
        settle({
          status: 413,
          code: ErrorCode.PAYLOAD_TOO_LARGE,
          message: `file larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
        }),
      );
      stream.on('end', () => {
        upload = { fileName: info.filename || 'upload', buffer: Buffer.concat(chunks) };
      });
    });
    bb.on('filesLimit', () => settle(badForm('send one file per import')));
    bb.on('fieldsLimit', () => settle(badForm(`more than ${FORM_LIMITS.fields} form fields`)));
    bb.on('partsLimit', () => settle(badForm(`more than ${FORM_LIMITS.parts} form parts`)));
    bb.on('error', (error: Error) => settle(badForm(`malformed multipart body: ${error.message}`)));
    bb.on('close', () => settle(upload ?? badForm('no multipart field "file"')));
    req.on('error', (error) => settle(badForm(`the upload failed: ${error.message}`)));
    // The client went away before the end of its body: nobody reads the answer, but the promise settles.
    req.on('close', () => {
      if (!req.complete) settle(badForm('the upload was aborted'));
    });
    req.pipe(bb);
  });
}

/**
 * The answer for an error no route caught: typed JSON, never Express's HTML page. Express 5 passes a
 * rejected async handler here too. Details go to the log, not to the client; a response already under
 * way (a streaming export) can only be cut.
 */
const transferErrors: express.ErrorRequestHandler = (error: unknown, req, res, _next) => {
  log.error({ err: error }, `${req.method} ${req.path} failed`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendError(res, 500, 'the request failed on the server', ErrorCode.INTERNAL_SERVER_ERROR);
};

export function createTransferRouter(deps: TransferDeps): Router {
  const router = express.Router();
  const exporter = requireRole(deps, ROLE_GROUPS.caseReaders, 'exporting cases');
  router.get('/export/cases.csv', exporter, (req, res) => sendExport(req, res, deps, 'csv'));
  router.get('/export/cases.xlsx', exporter, (req, res) => sendExport(req, res, deps, 'xlsx'));
  router.post(
    '/import/cases',
    requireRole(deps, ROLE_GROUPS.caseWorkers, 'importing cases'),
    async (req, res) => {
      const access = new AccessPolicy((res.locals as Signed).user);
      const upload = await readUpload(req);
      if ('status' in upload) {
        sendError(res, upload.status, upload.message, upload.code, 'file');
        return;
      }
      const partial = ['1', 'true', 'yes'].includes(String(req.query.partial ?? '').toLowerCase());
      const user = access.user!;
      const reason =
        typeof req.query.reason === 'string' ? req.query.reason.trim().slice(0, TEXT_LIMITS.text) : '';
      try {
        const { report } = await importCases(deps.dataSource, deps.idNumbers, upload.buffer, {
          fileName: upload.fileName,
          partial,
          actor: user.username,
          inArea: (townshipCode, villageCode) => access.placeInArea(townshipCode, villageCode),
          // Closed months change only by an administrator's recorded revision, with the reason given.
          revision:
            user.role === Role.ADMIN && reason ? { by: user.username, reason, stats: deps.stats } : null,
        });
        const body = {
          ...report,
          errors: report.errors.slice(0, MAX_REPORTED_ERRORS),
          errorsTruncated: report.errors.length > MAX_REPORTED_ERRORS,
        };
        if (report.committed) await handOutWritePosition();
        // 422: the file was read but refused as a whole (all-or-nothing with errors).
        res.status(report.committed || report.errors.length === 0 ? 200 : 422).json(body);
      } catch (error) {
        if (error instanceof ClosedPeriodError) {
          const admin = user.role === Role.ADMIN;
          sendError(
            res,
            admin ? 400 : 403,
            admin ? `${error.message}: give ?reason=… to import it as a revision` : error.message,
            admin ? ErrorCode.REVISION_REASON_REQUIRED : ErrorCode.PERIOD_CLOSED,
            admin ? 'reason' : 'file',
            { months: error.months },
          );
          return;
        }
        if (error instanceof ImportFileError || error instanceof SheetFormatError) {
          sendError(res, 400, error.message, ErrorCode.BAD_USER_INPUT, 'file');
          return;
        }
        if (error instanceof SheetTooLargeError) {
          sendError(res, 413, error.message, ErrorCode.PAYLOAD_TOO_LARGE, 'file', {
            limit: error.limit,
            max: error.max,
          });
          return;
        }
        throw error;
      }
    },
  );
  router.use(transferErrors);
  return router;
}
