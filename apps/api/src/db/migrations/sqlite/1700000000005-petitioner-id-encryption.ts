import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { IdNumberCipher } from '../../../modules/petitioner/id-number-cipher.js';

// Petitioners' ID numbers at rest: AES-256-GCM ciphertext in `id_number` (SQLite does not enforce
// varchar lengths, so the column stays as it is), and a keyed hash in `id_number_hash` for the exact
// lookups the plain index served (repeat petitions, Art. 19). Existing rows are encrypted here, in batches.
const BATCH = 10_000;

type Cipher = Pick<IdNumberCipher, 'encrypt' | 'decrypt' | 'hash'>;

/** The migration needs the key, so the migration list builds it from the cipher (see migrations/index.ts). */
export function petitionerIdEncryption(cipher: Cipher): new () => MigrationInterface {
  return class PetitionerIdEncryption1700000000005 implements MigrationInterface {
    name = 'PetitionerIdEncryption1700000000005';

    async up(q: QueryRunner): Promise<void> {
      await q.query(`DROP INDEX idx_petitioner_id_number`);
      // SQLite adds a NOT NULL column only with a default (or by rebuilding the table, which the
      // foreign keys of case_petitioner make risky); the triggers refuse the empty default, so a writer
      // that forgets the hash fails instead of storing a petitioner no lookup can find.
      await q.query(`ALTER TABLE petitioner ADD COLUMN id_number_hash varchar(64) NOT NULL DEFAULT ''`);
      await rewrite(q, (plain) => ({ value: cipher.encrypt(plain), hash: cipher.hash(plain) }));
      for (const event of ['INSERT', 'UPDATE']) {
        await q.query(
          `CREATE TRIGGER trg_petitioner_id_number_hash_${event.toLowerCase()}
             BEFORE ${event} ON petitioner WHEN NEW.id_number_hash = ''
           BEGIN SELECT RAISE(ABORT, 'petitioner.id_number_hash is required'); END`,
        );
      }
      await q.query(`CREATE INDEX idx_petitioner_id_number_hash ON petitioner (id_number_hash)`);
    }

    // Back to plain numbers, with the same key (a wrong one stops here, before anything is lost).
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP INDEX idx_petitioner_id_number_hash`);
      await q.query(`DROP TRIGGER trg_petitioner_id_number_hash_insert`);
      await q.query(`DROP TRIGGER trg_petitioner_id_number_hash_update`);
      await rewrite(q, (stored) => ({ value: cipher.decrypt(stored), hash: '' }));
      await q.query(`ALTER TABLE petitioner DROP COLUMN id_number_hash`);
      await q.query(`CREATE INDEX idx_petitioner_id_number ON petitioner (id_number)`);
    }
  };
}

/** Rewrites every row's id_number and hash, BATCH rows at a time in id order, one UPDATE per batch. */
async function rewrite(
  q: QueryRunner,
  map: (value: string) => { value: string; hash: string },
): Promise<void> {
  let afterId = 0;
  for (;;) {
    const rows: { id: number; id_number: string }[] = await q.query(
      `SELECT id, id_number FROM petitioner WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
      [afterId],
    );
    if (rows.length === 0) return;
    const batch = rows.map((r) => {
      const { value, hash } = map(r.id_number);
      return [r.id, value, hash];
    });
    await q.query(
      `UPDATE petitioner SET id_number = json_extract(v.value, '$[1]'), id_number_hash = json_extract(v.value, '$[2]')
         FROM json_each(?) AS v
        WHERE petitioner.id = json_extract(v.value, '$[0]')`,
      [JSON.stringify(batch)],
    );
    afterId = rows[rows.length - 1]!.id;
  }
}
