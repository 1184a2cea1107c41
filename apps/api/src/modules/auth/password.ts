// Password hashing (argon2id) and the password policy.
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** At least this many characters; length is what makes a password strong, not character classes. */
const MIN_PASSWORD_LENGTH = 12;
/** argon2 hashes whatever it gets; a cap keeps a megabyte "password" from costing anything extra. */
const MAX_PASSWORD_LENGTH = 256;

// @node-rs/argon2 declares `Algorithm` as a const enum, which isolatedModules cannot inline: 2 is Argon2id.
const ARGON2ID = 2;
// OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): ~20 ms here, so a login stays cheap for the server
// and an offline guess stays expensive.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export class PasswordPolicyError extends Error {}

export function checkPasswordPolicy(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw new PasswordPolicyError(`a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH)
    throw new PasswordPolicyError(`a password has at most ${MAX_PASSWORD_LENGTH} characters`);
}

export function hashPassword(password: string): Promise<string> {
  checkPasswordPolicy(password);
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

let dummy: Promise<string> | undefined;
/**
 * A hash of nothing anyone knows, verified when the username is unknown so that a wrong username takes
 * as long as a wrong password (otherwise the response time tells which usernames exist).
 */
export function dummyHash(): Promise<string> {
  dummy ??= hash(`dummy-${randomInt(2 ** 47)}-${Date.now()}`, OPTIONS);
  return dummy;
}

// No 0/O, 1/l/I: generated passwords are read off a screen and typed.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A random password from a CSPRNG (20 characters ≈ 116 bits). */
export function generatePassword(length = 20): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
