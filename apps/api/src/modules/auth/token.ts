// Session tokens: HS256 JWTs signed with one server secret.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { errors, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { isRole, type Role } from '@lianxin/domain';
import { ensurePrivateDir, writePrivateFileOnce } from '../../data-dir.js';

const ISSUER = 'lianxin';
const AUDIENCE = 'lianxin-api';
/** A shorter secret is refused: HS256 is only as strong as its key. */
const MIN_SECRET_BYTES = 32;

export interface TokenScope {
  townshipCode?: string;
  villageCode?: string;
}

export interface TokenClaims {
  userId: number;
  role: Role;
  scope: TokenScope;
  /** The user's token_version when the token was issued. */
  version: number;
  jti: string;
  expiresAt: Date;
}

export interface IssuedToken {
  token: string;
  jti: string;
  expiresAt: Date;
}

/** Tokens whose signature was checked, kept per process (a dashboard signs every request with one). */
const VERIFIED_TOKENS = 1_000;

export class TokenSigner {
  private readonly key: Uint8Array;
  /**
   * Claims of tokens already verified, by the exact token string: the HMAC check (WebCrypto, a few
   * hundred microseconds and promises) runs once per token, not once per request. Expiry is checked
   * on every use; revocation and the user's token version are the caller's checks, made each time.
   */
  private readonly verified = new LRUCache<string, TokenClaims>({ max: VERIFIED_TOKENS });

  constructor(secret: string) {
    const key = new TextEncoder().encode(secret);
    if (key.length < MIN_SECRET_BYTES)
      throw new Error(`AUTH_SECRET must be at least ${MIN_SECRET_BYTES} bytes long`);
    this.key = key;
  }

  async sign(
    claims: Omit<TokenClaims, 'jti' | 'expiresAt'>,
    ttlSeconds: number,
    now = new Date(),
  ): Promise<IssuedToken> {
    const jti = randomUUID();
    const issuedAt = Math.floor(now.getTime() / 1000);
    const exp = issuedAt + ttlSeconds;
    const token = await new SignJWT({ role: claims.role, scope: claims.scope, ver: claims.version })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(String(claims.userId))
      .setJti(jti)
      .setIssuedAt(issuedAt)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, jti, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid token, or null for anything else (bad signature, expired, wrong audience …). */
  async verify(token: string, now = new Date()): Promise<TokenClaims | null> {
    const known = this.verified.get(token);
    if (known) return known.expiresAt.getTime() > now.getTime() ? known : null;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        // Pinning the algorithm refuses "alg: none" and any key-confusion trick.
        algorithms: ['HS256'],
        requiredClaims: ['sub', 'jti', 'exp'],
      });
      const userId = Number(payload.sub);
      if (!Number.isInteger(userId) || !isRole(payload.role) || typeof payload.ver !== 'number') return null;
      const scope = (payload.scope ?? {}) as TokenScope;
      const claims: TokenClaims = {
        userId,
        role: payload.role,
        scope,
        version: payload.ver,
        jti: payload.jti!,
        expiresAt: new Date(payload.exp! * 1000),
      };
      this.verified.set(token, claims);
      return claims;
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}

/**
 * The signing secret: AUTH_SECRET when set, else `<dataDir>/auth-secret`, created on first start with
 * mode 0600 and reused, so sessions survive restarts and every process on this data directory agrees.
 */
export function loadOrCreateSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'auth-secret');
  ensurePrivateDir(dataDir);
  writePrivateFileOnce(file, randomBytes(48).toString('base64url'));
  return fs.readFileSync(file, 'utf8').trim();
}

/** A random secret for a server started without one (tests): its tokens die with the process. */
export function ephemeralSecret(): string {
  return randomBytes(48).toString('base64url');
}

/** A browser stays a known device for this long after its last successful sign-in. */
export const DEVICE_COOKIE_DAYS = 180;
/** Usernames one browser is remembered for (a shared office computer); the least recent drop out. */
const MAX_DEVICE_ENTRIES = 5;

/**
 * OWASP's "device cookies": after a successful sign-in the browser gets a signed note "this browser
 * signed in as <username>" with a random device id. A sign-in that brings such a note for its username
 * is throttled as that device rather than by its address (login-throttle.ts), so strangers' failures
 * never hold the owner's own browser back. It proves nothing else: the password is checked as always.
 * Entries are `username:deviceId:issuedSeconds:hmac`, up to five joined by `~`, HMAC-SHA256 under a key
 * derived from the token secret (a note cannot be forged, nor reused as a session token).
 */
export class DeviceCookies {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('lianxin device cookie v1').digest();
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }

  private entries(
    cookie: string | undefined,
    now: Date,
  ): { username: string; deviceId: string; raw: string }[] {
    if (!cookie || cookie.length > 4096) return [];
    const seconds = now.getTime() / 1000;
    const valid = [];
    for (const raw of cookie.split('~').slice(0, MAX_DEVICE_ENTRIES)) {
      const [username, deviceId, issuedRaw, mac, ...rest] = raw.split(':');
      if (!username || !deviceId || !issuedRaw || !mac || rest.length > 0) continue;
      const expected = Buffer.from(this.mac(`${username}:${deviceId}:${issuedRaw}`));
      const given = Buffer.from(mac);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) continue;
      const issued = Number(issuedRaw);
      if (!Number.isInteger(issued) || seconds - issued > DEVICE_COOKIE_DAYS * 86_400) continue;
      valid.push({ username, deviceId, raw });
    }
    return valid;
  }

  /** The device id the cookie holds for this (lower-cased) username, or null. */
  deviceOf(cookie: string | undefined, username: string, now = new Date()): string | null {
    return this.entries(cookie, now).find((e) => e.username === username)?.deviceId ?? null;
  }

  /** The cookie after a sign-in as `username`: its entry renewed and first, the others kept. */
  remember(cookie: string | undefined, username: string, now = new Date()): string {
    const entries = this.entries(cookie, now);
    const deviceId =
      entries.find((e) => e.username === username)?.deviceId ?? randomBytes(16).toString('base64url');
    const body = `${username}:${deviceId}:${Math.floor(now.getTime() / 1000)}`;
    return [`${body}:${this.mac(body)}`, ...entries.filter((e) => e.username !== username).map((e) => e.raw)]
      .slice(0, MAX_DEVICE_ENTRIES)
      .join('~');
  }
}
