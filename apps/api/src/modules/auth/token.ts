// Session tokens: HS256 JWTs signed with one server secret.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { errors, jwtVerify, SignJWT } from 'jose';
import { isRole, type Role } from '@lianxin/domain';

export const ISSUER = 'lianxin';
export const AUDIENCE = 'lianxin-api';
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

export class TokenSigner {
  private readonly key: Uint8Array;

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
  async verify(token: string): Promise<TokenClaims | null> {
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
      return {
        userId,
        role: payload.role,
        scope,
        version: payload.ver,
        jti: payload.jti!,
        expiresAt: new Date(payload.exp! * 1000),
      };
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
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx' fails if the file exists: two processes starting at once never overwrite each other's secret.
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/** A random secret for a server started without one (tests): its tokens die with the process. */
export function ephemeralSecret(): string {
  return randomBytes(48).toString('base64url');
}
