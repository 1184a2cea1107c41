// What every HTTP endpoint gets: security headers, closed CORS, a guard against cross-site requests, a
// JSON body limit, and typed JSON answers for what no route matched and for errors no route answered.
import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import { ErrorCode } from './modules/common/errors.js';
import { currentRequestId, log } from './log.js';
import { databaseUnavailable, isDatabaseUnavailable } from './db/unavailable.js';

/** JSON bodies: a query with its variables is kilobytes; the one big upload (import) is multipart. */
const JSON_BODY_LIMIT = '1mb';

export function sendJsonError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * helmet with a CSP that fits what this server serves: the dashboard and GraphiQL bundles (scripts and
 * styles from 'self'; GraphiQL's editor sets inline styles, hence 'unsafe-inline' for styles only), data:
 * images and fonts, and XHR to itself. `upgrade-insecure-requests` (a helmet default) is left out: on a
 * plain-HTTP intranet it would make every asset fail to load.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Only honoured over HTTPS; without includeSubDomains so other intranet hosts are not forced onto TLS.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
  });
}

/**
 * CORS closed unless origins are listed: the dashboard and GraphiQL are same-origin, so a browser on any
 * other site gets no CORS headers and cannot read an answer. Listed origins may send bearer tokens (no
 * cookies: the session cookie is SameSite=Strict anyway).
 */
export function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (!origin || !allowed.has(origin)) {
      next();
      return;
    }
    res.vary('Origin');
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      res.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type, Accept, Apollo-Require-Preflight, X-Requested-With',
      );
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

/**
 * The header a page adds to every state-changing request outside GraphQL (any value): a custom header
 * makes the browser ask the server first (CORS preflight), which no page of another origin gets past.
 */
const CROSS_SITE_HEADER = 'X-Requested-With';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses (403 CROSS_SITE_REQUEST) a state-changing request another origin's page could have made with
 * the user's session cookie. SameSite=Strict is not enough: a page on another port of the same host is
 * same-site, so its form posts carry the cookie. Two independent checks, for every non-GET route mounted
 * after this guard (GraphQL has Apollo's own CSRF prevention):
 * - the request must come from this origin (`Sec-Fetch-Site: same-origin`, or without that header an
 *   `Origin` equal to this server's) or from a CORS_ORIGINS origin;
 * - a request riding on the session cookie must be one no form can send: JSON, or `X-Requested-With`.
 * A request without the cookie (a CLI, a bearer token) passes the second check: the browser adds nothing
 * a forged request could use, and `Authorization` itself needs a preflight.
 */
export function crossSiteGuard(options: {
  corsOrigins: readonly string[];
  sessionCookie: string;
}): RequestHandler {
  const listed = new Set(options.corsOrigins);
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    let foreign: boolean;
    if (origin !== undefined && listed.has(origin)) foreign = false;
    // The browser's own verdict (no page can set it), right behind any proxy: preferred when sent.
    else if (site !== undefined) foreign = site !== 'same-origin' && site !== 'none';
    // Older browsers: Origin against this server's. `req.host` keeps the port, and follows
    // X-Forwarded-Host/-Proto only under TRUST_PROXY.
    else foreign = origin !== undefined && origin !== `${req.protocol}://${req.host}`;
    if (foreign) {
      sendJsonError(
        res,
        403,
        ErrorCode.CROSS_SITE_REQUEST,
        'A page of another origin may not send this request (add the origin to CORS_ORIGINS if it is yours).',
      );
      return;
    }
    const cookies = req.cookies as Record<string, unknown> | undefined;
    const ambient = cookies?.[options.sessionCookie] !== undefined && !req.headers.authorization;
    if (ambient && !req.get(CROSS_SITE_HEADER) && !req.is('application/json')) {
      sendJsonError(
        res,
        403,
        ErrorCode.CROSS_SITE_REQUEST,
        `A request signed in by the session cookie needs the header ${CROSS_SITE_HEADER} (any value) or a JSON body.`,
      );
      return;
    }
    next();
  };
}

/** A JSON body parser whose failures are typed JSON errors (413 over the limit, 400 unparsable). */
export function jsonBody(limit: string = JSON_BODY_LIMIT): [RequestHandler, ErrorRequestHandler] {
  const onError: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
    if (error.type === 'entity.too.large')
      sendJsonError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is over ${limit}.`);
    else if (error.type === 'entity.parse.failed')
      sendJsonError(res, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
    else next(error);
  };
  return [express.json({ limit }), onError];
}

/** Codes of the client errors Express and its body parsers raise, by status (others: BAD_REQUEST). */
const CLIENT_ERROR_CODES: Partial<Record<number, ErrorCode>> = {
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
};

/** The 4xx status an error carries (http-errors from body parsers, URL decoding, static files), else null. */
function clientStatusOf(error: unknown): number | null {
  const e = error as { status?: unknown; statusCode?: unknown } | null;
  const status =
    typeof e?.status === 'number' ? e.status : typeof e?.statusCode === 'number' ? e.statusCode : null;
  return status !== null && status >= 400 && status < 500 ? status : null;
}

/** Answers what no route matched with a typed 404 (not Express's HTML page). */
export const notFound: RequestHandler = (_req, res) => {
  sendJsonError(res, 404, ErrorCode.NOT_FOUND, 'No such endpoint.');
};

/**
 * The last handler: an error no route answered becomes a typed JSON error, never Express's HTML page
 * (which, outside production, carries the stack and the server's file paths). A client error keeps its
 * 4xx status and, when it is meant to be shown (http-errors' `expose`), its message; anything else is a
 * bare 500, with the detail in the server's log under the request id the answer names.
 */
export function finalErrorHandler(
  report: (message: string, error?: unknown) => void = (message, error) =>
    error === undefined ? log.warn(message) : log.error({ err: error }, message),
): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    // The request's own id (X-Request-Id, in every log line of it), so the answer leads to them.
    const requestId = currentRequestId() ?? randomUUID();
    // The path only: a query string may carry a name or an ID number into the log.
    const where = `[${requestId}] ${req.method} ${req.originalUrl.split('?')[0]}`;
    if (res.headersSent) {
      // Too late for a status: cut the answer so the client sees it incomplete.
      report(`${where}: failed after the answer started`, error);
      res.destroy();
      return;
    }
    const status = clientStatusOf(error);
    const e = error as { expose?: unknown; message?: unknown } | null;
    let code: string = ErrorCode.INTERNAL_SERVER_ERROR;
    let message = `Something failed on the server (request ${requestId}).`;
    if (isDatabaseUnavailable(error)) {
      // Sign-in, export, import … while the database is away: try again later, as GraphQL says.
      report(`${where}: 503 the database is unavailable`);
      const away = databaseUnavailable();
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Retry-After', '5');
      res
        .status(503)
        .json({ errors: [{ message: away.message, extensions: { code: away.extensions.code, requestId } }] });
      return;
    }
    if (status !== null) {
      code = CLIENT_ERROR_CODES[status] ?? ErrorCode.BAD_REQUEST;
      message = e?.expose === true && typeof e.message === 'string' ? e.message : 'The request is not valid.';
      report(`${where}: ${status} ${code}: ${String(e?.message)}`);
    } else {
      report(`${where}: unhandled error`, error);
    }
    res.setHeader('Cache-Control', 'no-store');
    res.status(status ?? 500).json({ errors: [{ message, extensions: { code, requestId } }] });
  };
}
