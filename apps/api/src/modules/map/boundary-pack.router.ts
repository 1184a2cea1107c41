// PUT /boundaries?name=<name> with the pack as the raw body (application/geo+json or application/json):
// loads a boundary pack (administrators only). Not GraphQL: a pack is megabytes, its body limit 1 MB.
import express, {
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
  type Response,
  type Router,
} from 'express';
import { Role } from '@lianxin/domain';
import { sendJsonError } from '../../http-security.js';
import type { AuthUser } from '../auth/auth.service.js';
import { ErrorCode } from '../common/errors.js';
import { BoundaryPackRefused, BoundaryPackTooLarge, PACK_LIMITS } from './boundary-pack.js';
import { PackNameError, type BoundaryPackService } from './boundary-pack.service.js';
import { handOutWritePosition } from '../../read-your-writes.js';

/** The answer lists this many problems; `problemCount` counts them all. */
const PROBLEMS_LISTED = 50;
const PACK_TYPES = ['application/geo+json', 'application/json'];

function sendError(
  res: Response,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  res.status(status).json({ errors: [{ message, extensions }] });
}

/** The body parser's refusals (over 32 MB, a bad encoding) as typed JSON. */
const bodyErrors: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
  if (error.type === 'entity.too.large')
    sendError(res, 413, `the pack is larger than ${PACK_LIMITS.bytes / 1024 / 1024} MB`, {
      code: ErrorCode.PAYLOAD_TOO_LARGE,
      limit: 'bytes',
      max: PACK_LIMITS.bytes,
    });
  else next(error);
};

const packType: RequestHandler = (req, res, next) => {
  if (req.is(PACK_TYPES)) next();
  else
    sendJsonError(
      res,
      415,
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      `send the pack as ${PACK_TYPES.join(' or ')}, not ${req.get('content-type') ?? 'no content type'}`,
    );
};

export function createBoundaryPackRouter(deps: {
  boundaries: BoundaryPackService;
  userOf(req: Request): Promise<AuthUser | null>;
}): Router {
  // Who asks before the body is read: nobody but an administrator gets 32 MB buffered.
  const administrator: RequestHandler = async (req, res, next) => {
    const user = await deps.userOf(req);
    if (!user) sendJsonError(res, 401, ErrorCode.UNAUTHENTICATED, 'sign in first');
    else if (user.role !== Role.ADMIN)
      sendJsonError(res, 403, ErrorCode.FORBIDDEN, `loading boundaries is not for the role ${user.role}`);
    else {
      res.locals.user = user;
      next();
    }
  };
  const load: RequestHandler = async (req, res) => {
    const name = typeof req.query.name === 'string' ? req.query.name : undefined;
    try {
      const pack = await deps.boundaries.load(req.body as Buffer, name, res.locals.user as AuthUser);
      const { sha256, townships, villages, loadedAt } = pack;
      await handOutWritePosition();
      res.status(200).json({ name: pack.name, sha256, townships, villages, loadedAt });
    } catch (error) {
      if (error instanceof PackNameError)
        sendError(res, 400, error.message, { code: ErrorCode.BAD_USER_INPUT, field: 'name' });
      else if (error instanceof BoundaryPackRefused)
        sendError(res, 400, error.message, {
          code: ErrorCode.BAD_USER_INPUT,
          field: 'body',
          problems: error.problems.slice(0, PROBLEMS_LISTED),
          problemCount: error.problems.length,
        });
      else if (error instanceof BoundaryPackTooLarge)
        sendError(res, 413, error.message, {
          code: ErrorCode.PAYLOAD_TOO_LARGE,
          limit: error.limit,
          max: error.max,
        });
      else throw error;
    }
  };
  const router = express.Router();
  router.put(
    '/boundaries',
    administrator,
    packType,
    express.raw({ type: PACK_TYPES, limit: PACK_LIMITS.bytes }),
    load,
    bodyErrors,
  );
  return router;
}
