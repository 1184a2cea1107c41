// The data version: moved by every write transaction, read by the response cache.
import type { EntityManager } from 'typeorm';

/** Call inside every transaction that changes what a query could return. */
export async function bumpDataVersion(manager: EntityManager): Promise<void> {
  await manager.query('UPDATE data_version SET version = version + 1 WHERE id = 1');
}

export async function readDataVersion(manager: EntityManager): Promise<number> {
  const rows: { version: number | string }[] = await manager.query(
    'SELECT version FROM data_version WHERE id = 1',
  );
  return Number(rows[0]?.version ?? 0);
}
