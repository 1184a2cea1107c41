// REST endpoints for signing in and out (cookies are simplest outside GraphQL): POST /auth/login,
// POST /auth/logout, GET /auth/me.
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { ErrorCode } from '../common/errors.js';
import { jsonBody, sendJsonError } from '../../security.js';
import { InvalidCredentialsError, SESSION_COOKIE, type AuthService } from './auth.service.js';
import { LOGIN_PAGE, LOGIN_SCRIPT } from './login-page.js';

export interface AuthRouterOptions {
  /** Failed logins per minute and client IP before 429. */
  loginRateLimitPerMinute: number;
}

function cookieOptions(req: Request) {
  // httpOnly: page scripts (and an XSS) never read it. SameSite=Strict: no other site's page or form
  // makes the browser send it. Secure whenever the request came over HTTPS (behind TRUST_PROXY too).
  return { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
}

export function createAuthRouter(auth: AuthService, options: AuthRouterOptions): Router {
  const router = express.Router();
  const [parseJson, jsonError] = jsonBody('4kb');

  // Counts failures only, per client IP: an office behind one NAT address signs in freely in the
  // morning, while guessing from one address is capped at this many tries a minute (the per-account
  // lockout caps guessing at one account from many addresses).
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: Math.max(1, options.loginRateLimitPerMinute),
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) =>
      sendJsonError(
        res,
        429,
        ErrorCode.RATE_LIMITED,
        'Too many failed sign-ins from this address; wait a minute.',
      ),
  });

  // Only JSON: a cross-site HTML form cannot send it, so no other site can sign anyone in or out.
  const requireJson: RequestHandler = (req, res, next) => {
    if (req.is('application/json')) next();
    else sendJsonError(res, 415, ErrorCode.BAD_REQUEST, 'Send {"username", "password"} as application/json.');
  };

  router.post(
    '/auth/login',
    limiter,
    requireJson,
    parseJson,
    jsonError,
    async (req: Request, res: Response) => {
      const { username, password } = (req.body ?? {}) as { username?: unknown; password?: unknown };
      if (typeof username !== 'string' || typeof password !== 'string') {
        sendJsonError(res, 400, ErrorCode.BAD_REQUEST, 'Send {"username", "password"} as strings.');
        return;
      }
      try {
        const result = await auth.login(username, password);
        res.cookie(SESSION_COOKIE, result.token, {
          ...cookieOptions(req),
          maxAge: result.expiresAt.getTime() - Date.now(),
        });
        res.setHeader('Cache-Control', 'no-store');
        res.json({ token: result.token, expiresAt: result.expiresAt.toISOString(), user: result.user });
      } catch (error) {
        if (!(error instanceof InvalidCredentialsError)) throw error;
        sendJsonError(res, 401, ErrorCode.INVALID_CREDENTIALS, error.message);
      }
    },
  );

  router.get('/auth/login', (_req, res) => {
    res.type('html').send(LOGIN_PAGE);
  });
  router.get('/auth/login.js', (_req, res) => {
    res.type('text/javascript').send(LOGIN_SCRIPT);
  });

  router.post('/auth/logout', async (req, res) => {
    const session = await auth.authenticateRequest(req);
    if (session) await auth.revoke(session.claims);
    res.clearCookie(SESSION_COOKIE, cookieOptions(req));
    res.status(204).end();
  });

  router.get('/auth/me', async (req, res) => {
    const session = await auth.authenticateRequest(req);
    res.setHeader('Cache-Control', 'no-store');
    if (!session) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="lianxin"');
      sendJsonError(res, 401, ErrorCode.UNAUTHENTICATED, 'Not signed in, or the session has ended.');
      return;
    }
    res.json({ user: session.user, expiresAt: session.claims.expiresAt.toISOString() });
  });

  return router;
}
