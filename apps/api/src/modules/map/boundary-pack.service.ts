// The boundary pack: one at a time (boundary_pack's row 1), read by every signed-in role, loaded and
// removed by administrators. A load or removal is one transaction: the row, an access-log row naming
// the pack, and the data version (so no instance's response cache serves the boundaries it replaced).
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { bumpDataVersion } from '../../db/data-version.js';
import type { DialectSpec } from '../../db/dialect.js';
import { writeAccessLog } from '../access/access-log.js';
import type { AccessAction } from '../access/access-log.entity.js';
import type { AuthUser } from '../auth/auth.service.js';
import { ErrorCode } from '../common/errors.js';
import { TownshipEntity } from '../place/township.entity.js';
import { VillageEntity } from '../place/village.entity.js';
import { checkBoundaryPack, type PackCollection } from './boundary-pack.js';

/** The longest name a pack is stored under (the column's length). */
const PACK_NAME_MAX = 200;

export interface BoundaryPackInfo {
  name: string;
  loadedAt: Date;
  loadedBy: string;
  sha256: string;
  townships: number;
  villages: number;
}

/** The pack's row without its geometry. */
const CURRENT_PACK =
  'SELECT name, sha256, township_count, village_count, loaded_at, loaded_by FROM boundary_pack WHERE id = 1';

interface PackRow {
  name: string;
  sha256: string;
  township_count: number | string;
  village_count: number | string;
  loaded_at: string | Date;
  loaded_by: string;
}

/** A pack name is required: what an administrator later sees in the access log and the dashboard. */
export class PackNameError extends Error {}

function checkName(raw: string | undefined): string {
  const name = raw?.trim() ?? '';
  if (!name) throw new PackNameError('a boundary pack needs a name (e.g. the survey and its year)');
  if (name.length > PACK_NAME_MAX)
    throw new PackNameError(`a boundary pack's name has at most ${PACK_NAME_MAX} characters`);
  return name;
}

export class BoundaryPackService {
  /**
   * The current pack, parsed once per process: every cached answer refers to this one object instead
   * of holding its own copy of megabytes.
   */
  private parsed: { sha256: string; geojson: Promise<PackCollection> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
  ) {}

  /** The pack loaded now, without its geometry; null when none is. */
  async get(): Promise<BoundaryPackInfo | null> {
    const [row]: PackRow[] = await this.dataSource.query(CURRENT_PACK);
    return row ? this.toInfo(row) : null;
  }

  /** The geometry of the pack `get` answered (by its sha256). */
  async geojson(sha256: string): Promise<PackCollection> {
    if (this.parsed?.sha256 !== sha256) {
      const read = this.dataSource
        .query(`SELECT geojson FROM boundary_pack WHERE id = 1 AND sha256 = ${this.dialect.placeholder(1)}`, [
          sha256,
        ])
        .then(([row]: { geojson: string }[]) => {
          if (!row)
            throw new GraphQLError('The boundary pack was replaced while this request read it; ask again.', {
              extensions: { code: ErrorCode.VERSION_CONFLICT },
            });
          return JSON.parse(row.geojson) as PackCollection;
        });
      this.parsed = { sha256, geojson: read };
      // A failed read is not kept: the next request reads again.
      read.catch(() => {
        if (this.parsed?.geojson === read) this.parsed = null;
      });
    }
    return this.parsed!.geojson;
  }

  /**
   * Checks a pack against the database's places (boundary-pack.ts: BoundaryPackRefused,
   * BoundaryPackTooLarge) and makes it the current one. The check runs before the transaction, which
   * holds the write lock only for the writes (on SQLite, every writer waits for it).
   */
  async load(input: string | Buffer, rawName: string | undefined, user: AuthUser): Promise<BoundaryPackInfo> {
    const name = checkName(rawName);
    const m = this.dataSource.manager;
    // Places change only with the seed and migrations, never while the API serves.
    const [townships, villages] = await Promise.all([
      m.find(TownshipEntity, { order: { code: 'ASC' } }),
      m.find(VillageEntity, { order: { code: 'ASC' } }),
    ]);
    const checked = await checkBoundaryPack(input, { townships, villages });
    const info: BoundaryPackInfo = {
      name,
      loadedAt: new Date(),
      loadedBy: user.username,
      sha256: checked.sha256,
      townships: checked.townships,
      villages: checked.villages,
    };
    const d = this.dialect;
    await this.dataSource.transaction(async (tx) => {
      // An upsert, not delete-and-insert: two loads at once both succeed, the later one wins.
      await tx.query(
        `INSERT INTO boundary_pack (id, name, geojson, sha256, township_count, village_count, loaded_at, loaded_by)
         VALUES (1, ${d.placeholders(7)})
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, geojson = excluded.geojson, sha256 = excluded.sha256,
           township_count = excluded.township_count, village_count = excluded.village_count,
           loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by`,
        [
          name,
          checked.text,
          checked.sha256,
          checked.townships,
          checked.villages,
          d.timestamp(info.loadedAt),
          user.username,
        ],
      );
      await this.log(tx, user, 'BOUNDARY_LOAD', info);
      await bumpDataVersion(tx);
    });
    this.parsed = { sha256: checked.sha256, geojson: Promise.resolve(checked.geojson) };
    return info;
  }

  /** Removes the pack (the map goes back to its tiles); false when none was loaded. */
  async remove(user: AuthUser): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const [row]: PackRow[] = await tx.query(CURRENT_PACK);
      if (!row) return false;
      const deleted = await tx.createQueryBuilder().delete().from('boundary_pack').where('id = 1').execute();
      // Another removal got there first (PostgreSQL: it committed while this one waited): it logged it.
      if (deleted.affected !== 1) return false;
      await this.log(tx, user, 'BOUNDARY_REMOVE', this.toInfo(row));
      await bumpDataVersion(tx);
      return true;
    });
  }

  private log(
    tx: EntityManager,
    user: AuthUser,
    action: AccessAction,
    pack: BoundaryPackInfo,
  ): Promise<void> {
    const { name, sha256, townships, villages } = pack;
    return writeAccessLog(tx, user, action, [
      {
        caseId: null,
        fields: '',
        detail: JSON.stringify({ boundaryPack: { name, sha256, townships, villages } }),
      },
    ]);
  }

  private toInfo(row: PackRow): BoundaryPackInfo {
    return {
      name: row.name,
      loadedAt: this.dialect.readTimestamp(row.loaded_at),
      loadedBy: row.loaded_by,
      sha256: row.sha256.trim(),
      townships: Number(row.township_count),
      villages: Number(row.village_count),
    };
  }
}
