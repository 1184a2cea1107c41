// GET /briefing?period=2023-11&format=pdf|docx[&township=CODE][&locale=en][&asOf=ISO]: a briefing as a
// file, for the signed-in user (session cookie or bearer token), in their role and area.
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import { periodKey } from '@lianxin/briefing/period';
import type { AuthUser } from '../auth/auth.service.js';
import { ErrorCode } from '../common/errors.js';
import {
  BRIEFING_CONTENT_TYPES,
  BRIEFING_FORMATS,
  briefingRequest,
  type BriefingAsk,
  type BriefingFormat,
  type BriefingService,
} from './briefing.js';

const STATUS: Readonly<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.TOWNSHIP_NOT_FOUND]: 404,
  [ErrorCode.TIMEOUT]: 503,
};

function sendError(res: Response, error: GraphQLError): void {
  const code = String(error.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  const status = STATUS[code] ?? (code === ErrorCode.INTERNAL_SERVER_ERROR ? 500 : 400);
  res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
}

/** One value of a query parameter; a repeated or nested one is refused. */
function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined || typeof value === 'string') return value;
  throw new GraphQLError(`${name} must be given once`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: name },
  });
}

export function createBriefingRouter(deps: {
  briefings: BriefingService;
  userOf(req: Request): Promise<AuthUser | null>;
}): Router {
  const router = express.Router();
  router.get('/briefing', async (req, res, next) => {
    try {
      const user = await deps.userOf(req);
      if (!user) throw new GraphQLError('sign in first', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
      const format = (single(req, 'format') ?? 'pdf') as BriefingFormat;
      if (!BRIEFING_FORMATS.includes(format))
        throw new GraphQLError('format is pdf or docx', {
          extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'format' },
        });
      const ask: BriefingAsk = {
        period: single(req, 'period'),
        township: single(req, 'township'),
        locale: single(req, 'locale'),
        asOf: single(req, 'asOf'),
      };
      const request = briefingRequest(ask, user);
      const { files } = await deps.briefings.generate(user, request, [format]);
      const [file] = files;
      res.status(200);
      res.setHeader('Content-Type', BRIEFING_CONTENT_TYPES[format]);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="lianxin-briefing-${periodKey(request.period)}.${format}"; filename*=UTF-8''${encodeURIComponent(file!.fileName)}`,
      );
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.end(file!.content);
    } catch (error) {
      // The API's typed refusals; anything else is the server's (logged with a request id, a plain 500).
      if (error instanceof GraphQLError) sendError(res, error);
      else next(error);
    }
  });
  return router;
}
