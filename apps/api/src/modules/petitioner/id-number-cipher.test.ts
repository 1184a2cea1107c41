import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  IdNumberCipher,
  IdNumberDecryptError,
  loadOrCreateIdNumberKey,
  parseIdNumberKey,
} from './id-number-cipher.js';

const ID = '64030219700312003X';
const KEY = Buffer.alloc(32, 7);

describe('IdNumberCipher', () => {
  it('decrypts what it encrypted', () => {
    const cipher = new IdNumberCipher(KEY);
    expect(cipher.decrypt(cipher.encrypt(ID))).toBe(ID);
  });

  it('stores v1.<iv>.<ciphertext>.<tag> in base64url, never the number itself', () => {
    const stored = new IdNumberCipher(KEY).encrypt(ID);
    expect(stored).toMatch(/^v1\.[\w-]{16}\.[\w-]{24}\.[\w-]{22}$/);
    expect(stored).not.toContain(ID.slice(0, 6));
  });

  it('encrypts the same number differently each time (random IV)', () => {
    const cipher = new IdNumberCipher(KEY);
    const [a, b] = [cipher.encrypt(ID), cipher.encrypt(ID)];
    expect(a).not.toBe(b);
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
    expect([cipher.decrypt(a), cipher.decrypt(b)]).toEqual([ID, ID]);
  });

  it('normalises before storing: trimmed, lower-case x upper-cased', () => {
    const cipher = new IdNumberCipher(KEY);
    expect(cipher.decrypt(cipher.encrypt(` ${ID.toLowerCase()} `))).toBe(ID);
  });

  it('refuses a value altered anywhere (GCM tag)', () => {
    const cipher = new IdNumberCipher(KEY);
    const parts = cipher.encrypt(ID).split('.');
    for (const i of [1, 2, 3]) {
      const bytes = Buffer.from(parts[i]!, 'base64url');
      bytes[0] = bytes[0]! ^ 1;
      const altered = parts.map((p, j) => (j === i ? bytes.toString('base64url') : p)).join('.');
      expect(() => cipher.decrypt(altered)).toThrow(IdNumberDecryptError);
    }
  });

  it('refuses a value encrypted under another key, naming ID_NUMBER_KEY', () => {
    const stored = new IdNumberCipher(KEY).encrypt(ID);
    expect(() => new IdNumberCipher(Buffer.alloc(32, 8)).decrypt(stored)).toThrow(
      /encrypted with another key \(wrong ID_NUMBER_KEY/,
    );
  });

  it('refuses plain text and other formats instead of answering garbage', () => {
    const cipher = new IdNumberCipher(KEY);
    expect(() => cipher.decrypt(ID)).toThrow(/not a v1 ciphertext/);
    expect(() => cipher.decrypt('v2.a.b.c')).toThrow(IdNumberDecryptError);
    expect(() => cipher.decrypt('v1.AAAA.AAAA.AAAA')).toThrow(/damaged/);
  });

  it('hashes stably under one key, differently under another, and normalised', () => {
    const cipher = new IdNumberCipher(KEY);
    const hash = cipher.hash(ID);
    expect(hash).toMatch(/^[\w-]{43}$/);
    expect(new IdNumberCipher(Buffer.from(KEY)).hash(ID)).toBe(hash);
    expect(cipher.hash(` ${ID.toLowerCase()}\n`)).toBe(hash);
    expect(cipher.hash('640302197003120038')).not.toBe(hash);
    expect(new IdNumberCipher(Buffer.alloc(32, 8)).hash(ID)).not.toBe(hash);
  });

  it('derives the hash key apart from the encryption key (HMAC under the master is not the hash)', async () => {
    const { createHmac } = await import('node:crypto');
    expect(new IdNumberCipher(KEY).hash(ID)).not.toBe(
      createHmac('sha256', KEY).update(ID).digest('base64url'),
    );
  });

  it('takes only 32-byte keys', () => {
    expect(() => new IdNumberCipher(Buffer.alloc(16))).toThrow('must be 32 bytes, got 16');
  });
});

describe('ID number keys', () => {
  it('parses 32 bytes of base64 or base64url and refuses anything else', () => {
    const key = Buffer.from(Array.from({ length: 32 }, (_, i) => 250 - i));
    expect(parseIdNumberKey(key.toString('base64'), 'ID_NUMBER_KEY')).toEqual(key);
    expect(parseIdNumberKey(key.toString('base64url'), 'ID_NUMBER_KEY')).toEqual(key);
    expect(() => parseIdNumberKey(Buffer.alloc(31).toString('base64'), 'ID_NUMBER_KEY')).toThrow(
      'ID_NUMBER_KEY must be 32 random bytes in base64 or base64url (e.g. `openssl rand -base64 32`), got 31 bytes',
    );
    expect(() => parseIdNumberKey('not a key!', 'ID_NUMBER_KEY')).toThrow('got something else');
  });

  it('creates <dataDir>/id-number-key once (mode 0600) and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-key-'));
    try {
      const first = loadOrCreateIdNumberKey(undefined, dir);
      expect(first).toHaveLength(32);
      expect(fs.statSync(path.join(dir, 'id-number-key')).mode & 0o777).toBe(0o600);
      expect(loadOrCreateIdNumberKey(undefined, dir)).toEqual(first);
      expect(loadOrCreateIdNumberKey(KEY, dir)).toBe(KEY);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
