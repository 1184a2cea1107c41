import { Role } from '@lianxin/domain';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A person (or wall screen) who signs in. Never exposed through GraphQL as is: it holds the hash. */
@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: 64 })
  displayName: string;

  /** argon2id, PHC string format (parameters travel with the hash). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  /** Set for a township-bound user; at most one of the two scopes is set, none means the district. */
  @Column({ name: 'scope_township_code', type: 'varchar', length: 12, nullable: true })
  scopeTownshipCode: string | null;

  @Column({ name: 'scope_village_code', type: 'varchar', length: 12, nullable: true })
  scopeVillageCode: string | null;

  /** The leader a LEADER user is. */
  @Column({ name: 'leader_id', type: 'integer', nullable: true })
  leaderId: number | null;

  /** The unit a unit-bound user works for. */
  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  /** Failed sign-ins since the last success, from any address or device (for administrators to see). */
  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins: number;

  /**
   * The latest moment until which some address or device is held back from signing in as this user
   * (login_throttle). The account itself is never locked: see login-throttle.ts.
   */
  @Column({ name: 'locked_until', type: Date, nullable: true })
  lockedUntil: Date | null;

  @Column({ type: Boolean, default: false })
  disabled: boolean;

  /** Tokens carry it; moving it ends every session of the user at once. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}

/** A signed-out token, kept until it would have expired anyway. */
@Entity({ name: 'revoked_token' })
export class RevokedTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  jti: string;

  @Column({ name: 'expires_at', type: Date })
  expiresAt: Date;
}

/** Failed sign-ins of one source (an address or a known device) for one username: see login-throttle.ts. */
@Entity({ name: 'login_throttle' })
export class LoginThrottleEntity {
  /** Lower-cased, as typed: unknown usernames are throttled alike, so a 429 tells no one which exist. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  username: string;

  /** `ip:<address>` (IPv6 by /56) or `device:<id>` (a device cookie of this username). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  source: string;

  /** Consecutive failures; a success deletes the row. */
  @Column({ type: 'integer' })
  failures: number;

  @Column({ name: 'blocked_until', type: Date, nullable: true })
  blockedUntil: Date | null;

  /** Rows quiet for a day are deleted. */
  @Column({ name: 'last_failure_at', type: Date })
  lastFailureAt: Date;
}
