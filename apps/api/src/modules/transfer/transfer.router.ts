// HTTP for spreadsheets: GET /export/cases.csv|.xlsx?filter=<CaseFilter JSON> streams the cases, and
// POST /import/cases (multipart field `file`, ?partial=1) imports a sheet and answers a JSON report.
import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import { coerceInputValue, GraphQLError, isInputObjectType, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { localDate, Role } from '@lianxin/domain';
import type { AuthUser } from '../auth/auth.service.js';
import type { CaseService } from '../case/case.service.js';
import type { CaseFilter } from '../case/case.types.js';
import type { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { selectCases, type CaseSelection } from '../case/case-query.js';
import { AccessPolicy } from '../access/access-policy.js';
import { writeAccessLog } from '../access/access-log.js';
import { ErrorCode } from '../common/errors.js';
import { CONTENT_TYPES, contentDisposition, EXPORTED_PERSONAL_FIELDS, exportCases } from './case-export.js';
import { importCases, ImportFileError } from './case-import.js';
import { SheetFormatError, type SheetFormat } from './sheet-io.js';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** The report lists at most this many problems; `rejected` still counts them all. */
const MAX_REPORTED_ERRORS = 1_000;

export interface TransferDeps {
  dataSource: DataSource;
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
const EXPORT_ROLES: readonly Role[] = [Role.ADMIN, Role.LEADER, Role.ANALYST, Role.CLERK];
const IMPORT_ROLES: readonly Role[] = [Role.ADMIN, Role.CLERK];

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

function sendError(res: Response, status: number, message: string, code: string, field?: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
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

/** Reads the multipart `file` field into memory (at most MAX_UPLOAD_BYTES). */
function readUpload(req: Request): Promise<Upload | { error: number; message: string }> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_UPLOAD_BYTES } });
    } catch (error) {
      resolve({ error: 400, message: `expected multipart/form-data: ${(error as Error).message}` });
      return;
    }
    let upload: Upload | null = null;
    let tooLarge = false;
    bb.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => (tooLarge = true));
      stream.on('end', () => {
        upload = { fileName: info.filename || 'upload', buffer: Buffer.concat(chunks) };
      });
    });
    bb.on('error', reject);
    bb.on('close', () => {
      if (tooLarge) resolve({ error: 413, message: `file larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` });
      else if (!upload) resolve({ error: 400, message: 'no multipart field "file"' });
      else resolve(upload);
    });
    req.pipe(bb);
  });
}

export function createTransferRouter(deps: TransferDeps): Router {
  const router = express.Router();
  const exporter = requireRole(deps, EXPORT_ROLES, 'exporting cases');
  router.get('/export/cases.csv', exporter, (req, res) => sendExport(req, res, deps, 'csv'));
  router.get('/export/cases.xlsx', exporter, (req, res) => sendExport(req, res, deps, 'xlsx'));
  router.post('/import/cases', requireRole(deps, IMPORT_ROLES, 'importing cases'), async (req, res) => {
    const access = new AccessPolicy((res.locals as Signed).user);
    const upload = await readUpload(req);
    if ('error' in upload) {
      sendError(
        res,
        upload.error,
        upload.message,
        upload.error === 413 ? 'PAYLOAD_TOO_LARGE' : ErrorCode.BAD_USER_INPUT,
        'file',
      );
      return;
    }
    const partial = ['1', 'true', 'yes'].includes(String(req.query.partial ?? '').toLowerCase());
    try {
      const { report } = await importCases(deps.dataSource, deps.idNumbers, upload.buffer, {
        fileName: upload.fileName,
        partial,
        actor: access.user!.username,
        inArea: (townshipCode, villageCode) => access.placeInArea(townshipCode, villageCode),
      });
      const body = {
        ...report,
        errors: report.errors.slice(0, MAX_REPORTED_ERRORS),
        errorsTruncated: report.errors.length > MAX_REPORTED_ERRORS,
      };
      // 422: the file was read but refused as a whole (all-or-nothing with errors).
      res.status(report.committed || report.errors.length === 0 ? 200 : 422).json(body);
    } catch (error) {
      if (error instanceof ImportFileError || error instanceof SheetFormatError) {
        sendError(res, 400, error.message, ErrorCode.BAD_USER_INPUT, 'file');
        return;
      }
      throw error;
    }
  });
  return router;
}
