import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { IdNumberCipher } from '../../../modules/petitioner/id-number-cipher.js';

// Petitioners' ID numbers at rest: AES-256-GCM ciphertext in `id_number`, and a keyed hash in
// `id_number_hash` for the exact lookups the plain index served (repeat petitions, Art. 19). Rows of
// an older database are encrypted here, in batches: the bench database holds 1.36 million.
const BATCH = 10_000;

type Cipher = Pick<IdNumberCipher, 'encrypt' | 'decrypt' | 'hash'>;

/** The migration needs the key, so the migration list builds it from the cipher (see migrations/index.ts). */
export function petitionerIdEncryption(cipher: Cipher): new () => MigrationInterface {
  return class PetitionerIdEncryption1700000000005 implements MigrationInterface {
    name = 'PetitionerIdEncryption1700000000005';

    async up(q: QueryRunner): Promise<void> {
      // Dropped first: the plain-number index would be updated for every rewritten row, then dropped.
      await q.query(`DROP INDEX idx_petitioner_id_number`);
      // `v1.<iv>.<ciphertext>.<tag>` is 67 characters; the rest leaves room for a key id on rotation.
      // Widening a varchar only changes the catalog: no table rewrite.
      await q.query(`ALTER TABLE petitioner ALTER COLUMN id_number TYPE varchar(128)`);
      await q.query(`ALTER TABLE petitioner ADD COLUMN id_number_hash varchar(64)`);
      await rewrite(q, (plain) => ({ value: cipher.encrypt(plain), hash: cipher.hash(plain) }));
      await q.query(`ALTER TABLE petitioner ALTER COLUMN id_number_hash SET NOT NULL`);
      await q.query(`CREATE INDEX idx_petitioner_id_number_hash ON petitioner (id_number_hash)`);
    }

    // Back to plain numbers, with the same key (a wrong one stops here, before anything is lost).
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP INDEX idx_petitioner_id_number_hash`);
      await q.query(`ALTER TABLE petitioner ALTER COLUMN id_number_hash DROP NOT NULL`);
      await rewrite(q, (stored) => ({ value: cipher.decrypt(stored), hash: null }));
      await q.query(`ALTER TABLE petitioner DROP COLUMN id_number_hash`);
      await q.query(`ALTER TABLE petitioner ALTER COLUMN id_number TYPE varchar(18)`);
      await q.query(`CREATE INDEX idx_petitioner_id_number ON petitioner (id_number)`);
    }
  };
}

/** Rewrites every row's id_number (and hash), BATCH rows at a time in id order. */
async function rewrite(
  q: QueryRunner,
  map: (value: string) => { value: string; hash: string | null },
): Promise<void> {
  let afterId = 0;
  for (;;) {
    const rows: { id: number; id_number: string }[] = await q.query(
      `SELECT id, id_number FROM petitioner WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
      [afterId],
    );
    if (rows.length === 0) return;
    const mapped = rows.map((r) => map(r.id_number));
    await q.query(
      `UPDATE petitioner p SET id_number = v.id_number, id_number_hash = v.hash
         FROM unnest($1::integer[], $2::text[], $3::text[]) AS v(id, id_number, hash)
        WHERE p.id = v.id`,
      [rows.map((r) => r.id), mapped.map((m) => m.value), mapped.map((m) => m.hash)],
    );
    afterId = rows[rows.length - 1]!.id;
  }
}
