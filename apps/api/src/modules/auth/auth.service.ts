// Users, sign-in (throttled per source: login-throttle.ts), and the token check every request goes through.
import { onPrimary } from '../../db/read-route.js';
import path from 'node:path';
import type { Request } from 'express';
import { LessThan, type Repository } from 'typeorm';
import { isRole, Role } from '@lianxin/domain';
import { ensurePrivateDir, writePrivateFileOnce } from '../../data-dir.js';
import type { DialectDataSource } from '../../db/data-source.js';
import { LeaderEntity } from '../leader/leader.entity.js';
import { TownshipEntity } from '../place/township.entity.js';
import { VillageEntity } from '../place/village.entity.js';
import { UnitEntity } from '../unit/unit.entity.js';
import { dummyHash, generatePassword, hashPassword, verifyPassword } from './password.js';
import { LoginThrottle, LoginThrottledError, throttleName } from './login-throttle.js';
import { DeviceCookies, TokenSigner, type IssuedToken, type TokenClaims, type TokenScope } from './token.js';
import { RevokedTokenEntity, UserEntity } from './user.entity.js';

export const SESSION_COOKIE = 'lianxin_session';
/** The browser's device cookie (token.ts, DeviceCookies): sent to /auth only. */
export const DEVICE_COOKIE = 'lianxin_device';
/** The one answer to every failed sign-in: it never tells which usernames exist. */
export const INVALID_CREDENTIALS_MESSAGE = 'Unknown username or wrong password.';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

/** The signed-in user as the rest of the API sees it (no hash, no counters). */
export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  scope: TokenScope;
  leaderId: number | null;
  unitId: number | null;
}

export interface UserSummary extends AuthUser {
  disabled: boolean;
  lockedUntil: Date | null;
  createdAt: Date;
}

export interface NewUser {
  username: string;
  displayName?: string;
  role: Role;
  townshipCode?: string | null;
  villageCode?: string | null;
  leaderId?: number | null;
  unitId?: number | null;
  /** Generated (and returned once) when absent. */
  password?: string;
}

export interface AuthSettings {
  secret: string;
  /** Lifetime of a login token. */
  tokenTtlSeconds: number;
}

export class InvalidCredentialsError extends Error {
  constructor() {
    super(INVALID_CREDENTIALS_MESSAGE);
  }
}

/** A wrong argument to a user-management call, with the field it concerns. */
export class UserInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Where a sign-in attempt comes from: what it is throttled by. */
export interface LoginAttempt {
  /** The client address as the per-address limiter keys it (IPv6 by /56); tools calling in-process: 'local'. */
  ip: string;
  /** The device cookie the browser sent. */
  deviceCookie?: string | undefined;
  now?: Date;
}

export interface LoginResult extends IssuedToken {
  user: AuthUser;
  /** The device cookie to set: this browser is now a known device of the user. */
  deviceCookie: string;
}

export interface Authenticated {
  user: AuthUser;
  claims: TokenClaims;
}

/** A user's row as a request's token check reads it (authenticate). */
interface SessionRow {
  id: number | string;
  username: string;
  display_name: string;
  role: Role;
  scope_township_code: string | null;
  scope_village_code: string | null;
  leader_id: number | string | null;
  unit_id: number | string | null;
  disabled: boolean | number;
  token_version: number | string;
  revoked: number | string;
}

function toAuthUser(
  u: Pick<
    UserEntity,
    | 'id'
    | 'username'
    | 'displayName'
    | 'role'
    | 'scopeTownshipCode'
    | 'scopeVillageCode'
    | 'leaderId'
    | 'unitId'
  >,
): AuthUser {
  const scope: TokenScope = {};
  if (u.scopeTownshipCode) scope.townshipCode = u.scopeTownshipCode;
  if (u.scopeVillageCode) scope.villageCode = u.scopeVillageCode;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    scope,
    leaderId: u.leaderId,
    unitId: u.unitId,
  };
}

/** The token of a request: `Authorization: Bearer …` (tools) first, else the session cookie (browsers). */
function tokenFromRequest(req: Request): string | null {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? match[1]! : null;
  }
  const cookie = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie !== '' ? cookie : null;
}

export class AuthService {
  private readonly users: Repository<UserEntity>;
  private readonly revoked: Repository<RevokedTokenEntity>;
  private readonly signer: TokenSigner;
  private readonly devices: DeviceCookies;
  private readonly throttle: LoginThrottle;
  /** Sources with an attempt under way: one at a time, or a burst would be checked before any counted. */
  private readonly attempting = new Set<string>();

  constructor(
    private readonly dataSource: DialectDataSource,
    readonly settings: AuthSettings,
  ) {
    this.users = dataSource.getRepository(UserEntity);
    this.revoked = dataSource.getRepository(RevokedTokenEntity);
    this.signer = new TokenSigner(settings.secret);
    this.devices = new DeviceCookies(settings.secret);
    this.throttle = new LoginThrottle(dataSource, dataSource.dialect);
  }

  private findByUsername(username: string): Promise<UserEntity | null> {
    if (!USERNAME.test(username)) return Promise.resolve(null);
    return this.users
      .createQueryBuilder('u')
      .where('lower(u.username) = :username', { username: username.toLowerCase() })
      .getOne();
  }

  private async requireUser(username: string): Promise<UserEntity> {
    const user = await this.findByUsername(username);
    if (!user) throw new UserInputError('username', `no user "${username}"`);
    return user;
  }

  async createUser(input: NewUser): Promise<{ user: AuthUser; password: string }> {
    if (!USERNAME.test(input.username))
      throw new UserInputError(
        'username',
        'a username is 2–64 letters, digits, ".", "_" or "-", starting with a letter or digit',
      );
    if (!isRole(input.role)) throw new UserInputError('role', `unknown role "${String(input.role)}"`);
    if (input.townshipCode && input.villageCode)
      throw new UserInputError('scope', 'give a township or a village as scope, not both');
    if (input.role === Role.LEADER && input.leaderId == null)
      throw new UserInputError('leader', 'a LEADER user is linked to a leader: give the leader id');
    const m = this.dataSource.manager;
    if (input.townshipCode && !(await m.existsBy(TownshipEntity, { code: input.townshipCode })))
      throw new UserInputError('township', `no township ${input.townshipCode}`);
    if (input.villageCode && !(await m.existsBy(VillageEntity, { code: input.villageCode })))
      throw new UserInputError('village', `no village ${input.villageCode}`);
    if (input.leaderId != null && !(await m.existsBy(LeaderEntity, { id: input.leaderId })))
      throw new UserInputError('leader', `no leader ${input.leaderId}`);
    if (input.unitId != null && !(await m.existsBy(UnitEntity, { id: input.unitId })))
      throw new UserInputError('unit', `no unit ${input.unitId}`);
    if (await this.findByUsername(input.username))
      throw new UserInputError('username', `the username "${input.username}" is taken`);
    const password = input.password ?? generatePassword();
    const entity = this.users.create({
      username: input.username,
      displayName: input.displayName ?? input.username,
      passwordHash: await hashPassword(password),
      role: input.role,
      scopeTownshipCode: input.townshipCode ?? null,
      scopeVillageCode: input.villageCode ?? null,
      leaderId: input.leaderId ?? null,
      unitId: input.unitId ?? null,
      failedLogins: 0,
      lockedUntil: null,
      disabled: false,
      tokenVersion: 0,
      createdAt: new Date(),
    });
    const saved = await this.users.save(entity);
    return { user: toAuthUser(saved), password };
  }

  async listUsers(): Promise<UserSummary[]> {
    const rows = await this.users.find({ order: { username: 'ASC' } });
    return rows.map((u) => ({
      ...toAuthUser(u),
      disabled: u.disabled,
      lockedUntil: u.lockedUntil,
      createdAt: u.createdAt,
    }));
  }

  /** Disables (or enables) a user; disabling ends their sessions. */
  async setDisabled(username: string, disabled: boolean): Promise<void> {
    const user = await this.requireUser(username);
    await this.users.update(user.id, {
      disabled,
      ...(disabled ? { tokenVersion: () => 'token_version + 1' } : {}),
    });
  }

  /** Sets a new password (generated when absent), lifts every throttle of the user and ends their sessions. */
  async resetPassword(username: string, password?: string): Promise<string> {
    const user = await this.requireUser(username);
    const next = password ?? generatePassword();
    await this.users.update(user.id, {
      passwordHash: await hashPassword(next),
      failedLogins: 0,
      lockedUntil: null,
      tokenVersion: () => 'token_version + 1',
    });
    await this.throttle.clear(user.username);
    return next;
  }

  /** Whether the device cookie holds a valid note for this username (such attempts skip the per-address limit). */
  isKnownDevice(deviceCookie: string | undefined, username: string): boolean {
    return this.devices.deviceOf(deviceCookie, throttleName(username)) !== null;
  }

  /**
   * Checks a username and password, throttled per source (login-throttle.ts): LoginThrottledError while
   * this address or device is held back for this username. Every other failure — unknown user, wrong
   * password, disabled account — throws the same error after the same argon2 work and the same writes,
   * so neither the answer nor its timing tells an attacker which accounts exist.
   */
  async login(
    username: string,
    password: string,
    attempt: LoginAttempt = { ip: 'local' },
  ): Promise<LoginResult> {
    const now = attempt.now ?? new Date();
    const name = throttleName(username);
    const device = this.devices.deviceOf(attempt.deviceCookie, name, now);
    const source = device ? `device:${device}` : `ip:${attempt.ip}`.slice(0, 64);
    const key = `${name} ${source}`;
    if (this.attempting.has(key)) throw new LoginThrottledError(1);
    this.attempting.add(key);
    try {
      await this.throttle.check(name, source, now);
      const user = await this.findByUsername(username);
      const usable = user && !user.disabled;
      const valid = usable
        ? await verifyPassword(user.passwordHash, password)
        : await verifyPassword(await dummyHash(), password).then(() => false);
      if (!valid || !user) {
        await this.throttle.fail(name, source, now);
        throw new InvalidCredentialsError();
      }
      await this.throttle.succeed(user, name, source);
      const issued = await this.issueToken(user);
      return {
        ...issued,
        user: toAuthUser(user),
        deviceCookie: this.devices.remember(attempt.deviceCookie, name, now),
      };
    } finally {
      this.attempting.delete(key);
    }
  }

  /** A token for a user; `ttlSeconds` overrides the configured lifetime (CLI tokens for tools). */
  async issueToken(
    user: UserEntity | AuthUser,
    ttlSeconds = this.settings.tokenTtlSeconds,
  ): Promise<IssuedToken> {
    const entity = 'tokenVersion' in user ? user : await this.users.findOneByOrFail({ id: user.id });
    return this.signer.sign(
      { userId: entity.id, role: entity.role, scope: toAuthUser(entity).scope, version: entity.tokenVersion },
      ttlSeconds,
    );
  }

  async tokenFor(username: string, ttlSeconds: number): Promise<IssuedToken> {
    const user = await this.requireUser(username);
    if (user.disabled) throw new UserInputError('username', `the user "${username}" is disabled`);
    return this.issueToken(user, ttlSeconds);
  }

  /**
   * The user behind a token, or null: bad signature, expired, signed out, user disabled or removed, or
   * issued before the user's sessions were ended. Role and scope come from the database, not the token.
   */
  async authenticate(token: string | null): Promise<Authenticated | null> {
    if (!token) return null;
    const claims = await this.signer.verify(token);
    if (!claims) return null;
    // Every request asks this: one statement for the user and the token's revocation.
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT u.id, u.username, u.display_name, u.role, u.scope_township_code, u.scope_village_code,
              u.leader_id, u.unit_id, u.disabled, u.token_version,
              CASE WHEN EXISTS (SELECT 1 FROM revoked_token r WHERE r.jti = :jti) THEN 1 ELSE 0 END AS revoked
         FROM app_user u WHERE u.id = :id`,
      { id: claims.userId, jti: claims.jti },
    );
    const [row]: SessionRow[] = await this.dataSource.query(sql, parameters);
    // SQLite answers booleans as 0/1, PostgreSQL as booleans.
    if (!row || Number(row.revoked) === 1 || Boolean(row.disabled)) return null;
    if (Number(row.token_version) !== claims.version) return null;
    const user = toAuthUser({
      id: Number(row.id),
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      scopeTownshipCode: row.scope_township_code,
      scopeVillageCode: row.scope_village_code,
      leaderId: row.leader_id === null ? null : Number(row.leader_id),
      unitId: row.unit_id === null ? null : Number(row.unit_id),
    });
    return { user, claims };
  }

  authenticateRequest(req: Request): Promise<Authenticated | null> {
    // On the primary whatever the request reads from: a token revoked a moment ago is refused at once.
    return onPrimary(() => this.authenticate(tokenFromRequest(req)));
  }

  /** Ends one session: its token id is kept until the token would have expired anyway. */
  async revoke(claims: TokenClaims, now = new Date()): Promise<void> {
    await this.revoked.upsert({ jti: claims.jti, expiresAt: claims.expiresAt }, ['jti']);
    await this.revoked.delete({ expiresAt: LessThan(now) });
  }

  /**
   * First start: with no ADMIN in the database, creates `admin` with a random password, writes it to
   * `<dataDir>/admin-password.txt` (mode 0600, never overwritten) and returns it for a one-time print.
   */
  async ensureInitialAdmin(
    dataDir: string,
  ): Promise<{ username: string; password: string; file: string | null } | null> {
    if (await this.users.existsBy({ role: Role.ADMIN })) return null;
    const username = 'admin';
    let created: { password: string };
    try {
      created = await this.createUser({ username, displayName: '系统管理员', role: Role.ADMIN });
    } catch (error) {
      // Another instance starting at the same moment won the race; its admin is the one.
      if (await this.users.existsBy({ role: Role.ADMIN })) return null;
      throw error;
    }
    const file = path.join(dataDir, 'admin-password.txt');
    ensurePrivateDir(dataDir);
    const written = writePrivateFileOnce(file, `${created.password}\n`);
    return { username, password: created.password, file: written ? file : null };
  }
}
