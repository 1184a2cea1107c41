// Petitioners' resident ID numbers at rest: AES-256-GCM ciphertext in `petitioner.id_number`, and a
// keyed hash (HMAC-SHA256) in `id_number_hash` for exact lookups (repeat petitions, Art. 19). A plain
// SHA-256 would not do: 18-digit ID numbers are few enough (region × birth date × sequence) to hash
// them all and read every number back from the hashes.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  randomFillSync,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, writePrivateFileOnce } from '../../data-dir.js';

/** AES-256 and HMAC-SHA256 keys; the master key must be as long. */
const ID_NUMBER_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/**
 * The format's version, first in every stored value: a key rotation adds `v2` (with a key id) and
 * re-encrypts, while old values stay readable meanwhile.
 */
const VERSION = 'v1';
const AAD = Buffer.from(VERSION);
/** IVs drawn per refill: one randomBytes(12) call per value costs more than the AES-GCM itself. */
const IV_POOL_SIZE = 4096;
// Distinct HKDF labels: the hash key never equals the encryption key, so neither use weakens the other.
const ENCRYPTION_INFO = 'lianxin petitioner.id_number aes-256-gcm v1';
const HASH_INFO = 'lianxin petitioner.id_number hmac-sha256 v1';
const KEY_FILE = 'id-number-key';

/** A stored value that cannot be decrypted: another key, or altered. Never answered as garbage. */
export class IdNumberDecryptError extends Error {}

/** Trimmed, with the check character X upper-case: the form that is hashed and stored. */
function normalizeIdNumber(idNumber: string): string {
  return idNumber.trim().toUpperCase();
}

export class IdNumberCipher {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;
  private readonly ivPool = Buffer.alloc(IV_BYTES * IV_POOL_SIZE);
  private ivOffset = this.ivPool.length;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== ID_NUMBER_KEY_BYTES)
      throw new Error(`the ID number key must be ${ID_NUMBER_KEY_BYTES} bytes, got ${masterKey.length}`);
    const derive = (info: string) =>
      Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, ID_NUMBER_KEY_BYTES));
    this.encryptionKey = derive(ENCRYPTION_INFO);
    this.hashKey = derive(HASH_INFO);
  }

  /** A cipher with a random key that dies with the process (tests that never reopen their data). */
  static ephemeral(): IdNumberCipher {
    return new IdNumberCipher(randomBytes(ID_NUMBER_KEY_BYTES));
  }

  /** `v1.<iv>.<ciphertext>.<tag>` (base64url); a fresh IV each time, so equal numbers look different. */
  encrypt(idNumber: string): string {
    const iv = this.nextIv();
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(AAD);
    const body = Buffer.concat([cipher.update(normalizeIdNumber(idNumber), 'utf8'), cipher.final()]);
    return [VERSION, iv, body, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  decrypt(stored: string): string {
    const parts = stored.split('.');
    if (parts.length !== 4 || parts[0] !== VERSION) {
      throw new IdNumberDecryptError(
        `petitioner ID number is not a ${VERSION} ciphertext (plain text from before migration 5, or damaged)`,
      );
    }
    const [, iv, body, tag] = parts.map((p) => Buffer.from(p!, 'base64url'));
    if (iv!.length !== IV_BYTES || tag!.length !== TAG_BYTES)
      throw new IdNumberDecryptError('petitioner ID number ciphertext is damaged (IV or tag length)');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv!, { authTagLength: TAG_BYTES });
    decipher.setAAD(AAD);
    decipher.setAuthTag(tag!);
    try {
      return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
    } catch {
      // GCM cannot tell a wrong key from an altered value; name the usual cause first.
      throw new IdNumberDecryptError(
        'cannot decrypt a petitioner ID number: it was encrypted with another key (wrong ID_NUMBER_KEY ' +
          `or ${KEY_FILE} file?) or the stored value was altered`,
      );
    }
  }

  /** A fresh random IV, used once: the pool is CSPRNG output consumed in order and refilled when spent. */
  private nextIv(): Buffer {
    if (this.ivOffset === this.ivPool.length) {
      randomFillSync(this.ivPool);
      this.ivOffset = 0;
    }
    this.ivOffset += IV_BYTES;
    return this.ivPool.subarray(this.ivOffset - IV_BYTES, this.ivOffset);
  }

  /** HMAC-SHA256 of the normalised number (base64url, 43 characters): equal numbers, equal hashes. */
  hash(idNumber: string): string {
    return createHmac('sha256', this.hashKey).update(normalizeIdNumber(idNumber), 'utf8').digest('base64url');
  }
}

/**
 * Decodes a configured key (base64 or base64url) and insists on exactly 32 bytes: a short key or a
 * typo must stop the start, not encrypt under a key nobody can reproduce.
 */
export function parseIdNumberKey(raw: string, source: string): Buffer {
  const text = raw.trim();
  const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (key.length !== ID_NUMBER_KEY_BYTES) {
    throw new Error(
      `${source} must be ${ID_NUMBER_KEY_BYTES} random bytes in base64 or base64url ` +
        `(e.g. \`openssl rand -base64 32\`), got ${key.length === 0 ? 'something else' : `${key.length} bytes`}`,
    );
  }
  return key;
}

/**
 * The master key: ID_NUMBER_KEY when configured, else `<dataDir>/id-number-key`, created on first start
 * with mode 0600 and reused. Losing it loses every stored ID number: back it up with the database.
 */
export function loadOrCreateIdNumberKey(configured: Buffer | undefined, dataDir: string): Buffer {
  if (configured) return configured;
  const file = path.join(dataDir, KEY_FILE);
  ensurePrivateDir(dataDir);
  writePrivateFileOnce(file, randomBytes(ID_NUMBER_KEY_BYTES).toString('base64url'));
  return parseIdNumberKey(fs.readFileSync(file, 'utf8'), file);
}
