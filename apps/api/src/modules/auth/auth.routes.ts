// REST endpoints for signing in and out (cookies are simplest outside GraphQL): POST /auth/login,
// POST /auth/logout, GET /auth/me.
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit';
import { ErrorCode } from '../common/errors.js';
import { jsonBody, sendJsonError } from '../../http-security.js';
import { DEVICE_COOKIE, InvalidCredentialsError, SESSION_COOKIE, type AuthService } from './auth.service.js';
import { LoginThrottledError } from './login-throttle.js';
import { loginPage, LOGIN_SCRIPT } from './login-page.js';
import { DEVICE_COOKIE_DAYS } from './token.js';
import { sessionAnswer } from './session-page.js';

export interface AuthRouterOptions {
  /** Failed logins per minute and client IP before 429. */
  loginRateLimitPerMinute: number;
  /** Where the counts live: shared by the instances (login-rate-store.ts), else in this process. */
  store?: Store;
}

function cookieOptions(req: Request) {
  // httpOnly: page scripts (and an XSS) never read it. SameSite=Strict: no other site's page or form
  // makes the browser send it. Secure whenever the request came over HTTPS (behind TRUST_PROXY too).
  return { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
}

function deviceCookieOf(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[DEVICE_COOKIE];
  return typeof value === 'string' ? value : undefined;
}

/** The body's username, when the body is a sign-in. */
function usernameOf(req: Request): string | null {
  const username = (req.body as { username?: unknown } | undefined)?.username;
  return typeof username === 'string' ? username : null;
}

export function createAuthRouter(auth: AuthService, options: AuthRouterOptions): Router {
  const router = express.Router();
  const [parseJson, jsonError] = jsonBody('4kb');

  // Counts failures only, per client IP: an office behind one NAT address signs in freely in the
  // morning, while guessing from one address is capped at this many tries a minute, over all usernames
  // (login-throttle.ts slows each address down per username). A browser bringing its device cookie for
  // the username is not counted: a guesser sharing the owner's address cannot keep the owner out.
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: Math.max(1, options.loginRateLimitPerMinute),
    skipSuccessfulRequests: true,
    skip: (req) => {
      const username = usernameOf(req);
      return username !== null && auth.isKnownDevice(deviceCookieOf(req), username);
    },
    ...(options.store ? { store: options.store } : {}),
    // A store that fails (Redis away) lets the sign-in through rather than lock everyone out.
    passOnStoreError: true,
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
    requireJson,
    parseJson,
    jsonError,
    // After parsing: whether the limiter counts the attempt depends on the username it is for.
    limiter,
    async (req: Request, res: Response) => {
      const { username, password } = (req.body ?? {}) as { username?: unknown; password?: unknown };
      if (typeof username !== 'string' || typeof password !== 'string') {
        sendJsonError(res, 400, ErrorCode.BAD_REQUEST, 'Send {"username", "password"} as strings.');
        return;
      }
      res.setHeader('Cache-Control', 'no-store');
      try {
        const result = await auth.login(username, password, {
          ip: ipKeyGenerator(req.ip ?? 'unknown'),
          deviceCookie: deviceCookieOf(req),
        });
        res.cookie(SESSION_COOKIE, result.token, {
          ...cookieOptions(req),
          maxAge: result.expiresAt.getTime() - Date.now(),
        });
        // Only sign-in reads it: sent to /auth paths, never with every GraphQL request.
        res.cookie(DEVICE_COOKIE, result.deviceCookie, {
          ...cookieOptions(req),
          path: '/auth',
          maxAge: DEVICE_COOKIE_DAYS * 86_400_000,
        });
        res.json({ token: result.token, expiresAt: result.expiresAt.toISOString(), user: result.user });
      } catch (error) {
        if (error instanceof LoginThrottledError) {
          res.setHeader('Retry-After', String(error.retryAfterSeconds));
          sendJsonError(res, 429, ErrorCode.RATE_LIMITED, error.message);
        } else if (error instanceof InvalidCredentialsError) {
          sendJsonError(res, 401, ErrorCode.INVALID_CREDENTIALS, error.message);
        } else throw error;
      }
    },
  );

  router.get('/auth/login', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(loginPage(req.query.next));
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
    res.json(sessionAnswer(session));
  });

  return router;
}
