import type { MigrationInterface, QueryRunner } from 'typeorm';

// Idempotency keys belong to the user who sent them. A key unique across all users let anyone who
// replayed someone else's key receive that user's case (an accusation elsewhere, with its petitioner)
// and have it counted as "registered here" by the request. `registered_by` is the user id of the
// registering account; the key is unique per user. Keyed cases of earlier versions get their user
// from the REGISTERED event's actor (the username); a key whose user cannot be found belongs to no one,
// so no replay returns that case.
export class CaseRegisteredBy1700000000007 implements MigrationInterface {
  name = 'CaseRegisteredBy1700000000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE petition_case ADD COLUMN registered_by integer`);
    await q.query(`
      UPDATE petition_case SET registered_by = (
        SELECT u.id FROM case_event e JOIN app_user u ON u.username = e.actor
         WHERE e.case_id = petition_case.id AND e.type = 'REGISTERED'
         ORDER BY e.id LIMIT 1)
       WHERE client_key IS NOT NULL`);
    await q.query(`DROP INDEX idx_case_client_key`);
    await q.query(
      `CREATE UNIQUE INDEX idx_case_client_key ON petition_case (registered_by, client_key) WHERE client_key IS NOT NULL`,
    );
  }

  // Back to one key for everyone: where users shared a key since, the earliest case keeps it.
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_case_client_key`);
    await q.query(`
      UPDATE petition_case SET client_key = NULL
       WHERE client_key IS NOT NULL
         AND id NOT IN (SELECT MIN(id) FROM petition_case WHERE client_key IS NOT NULL GROUP BY client_key)`);
    await q.query(`ALTER TABLE petition_case DROP COLUMN registered_by`);
    await q.query(
      `CREATE UNIQUE INDEX idx_case_client_key ON petition_case (client_key) WHERE client_key IS NOT NULL`,
    );
  }
}
