// KPI targets: read by every signed-in role that sees KPIs, set by administrators. A change is one
// transaction: the row, a kpi_target_change row naming who changed what from what (append-only, as
// period_revision records an administrator's revision), and the data version (so every API
// instance's response cache stops serving the old targets).
import type { DataSource } from 'typeorm';
import { KPI_DEFINITIONS, KpiCode } from '@lianxin/domain';
import { bumpDataVersion } from '../../db/data-version.js';
import type { DialectSpec } from '../../db/dialect.js';
import type { AuthUser } from '../auth/auth.service.js';
import { badUserInput } from '../common/errors.js';
import { type KpiTarget, type KpiTargetChange, TargetDirection } from './kpi-target.types.js';

/** How many changes kpiTargetChanges lists (newest first). */
export const TARGET_CHANGES_LISTED = 100;

interface TargetRow {
  code: string;
  target_percent: number | string;
  updated_at: string | Date;
  updated_by: string;
}

/** Refuses what is not a percentage (BAD_USER_INPUT); null clears the target. */
function checkTargetPercent(value: number | null): number | null {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < 0 || value > 100)
    throw badUserInput('targetPercent', `a target is a percentage from 0 to 100, not ${value}`);
  return value;
}

export class KpiTargetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
  ) {}

  /** Every KPI, in the dictionary's order, with its target or null. */
  async list(): Promise<KpiTarget[]> {
    const rows: TargetRow[] = await this.dataSource.query(
      'SELECT code, target_percent, updated_at, updated_by FROM kpi_target',
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return Object.values(KpiCode).map((code) => this.toTarget(code, byCode.get(code)));
  }

  /** Sets (or, with null, clears) one KPI's target; logged and versioned in the same transaction. */
  async set(code: KpiCode, targetPercent: number | null, user: AuthUser): Promise<KpiTarget> {
    const percent = checkTargetPercent(targetPercent);
    const d = this.dialect;
    const row = await this.dataSource.transaction(async (m) => {
      const [before]: TargetRow[] = await m.query(
        `SELECT code, target_percent, updated_at, updated_by FROM kpi_target WHERE code = ${d.placeholder(1)}`,
        [code],
      );
      await m.query(`DELETE FROM kpi_target WHERE code = ${d.placeholder(1)}`, [code]);
      const at = new Date();
      if (percent !== null) {
        await m.query(
          `INSERT INTO kpi_target (code, target_percent, updated_at, updated_by) VALUES (${d.placeholders(4)})`,
          [code, percent, d.timestamp(at), user.username],
        );
      }
      await m.query(
        `INSERT INTO kpi_target_change (code, target_before, target_after, changed_at, changed_by)
         VALUES (${d.placeholders(5)})`,
        [code, before ? Number(before.target_percent) : null, percent, d.timestamp(at), user.username],
      );
      await bumpDataVersion(m);
      return percent === null
        ? undefined
        : { code, target_percent: percent, updated_at: at, updated_by: user.username };
    });
    return this.toTarget(code, row);
  }

  /** The latest changes, newest first (the migration's defaults are the first). */
  async changes(): Promise<KpiTargetChange[]> {
    const rows: {
      id: number;
      code: string;
      target_before: number | string | null;
      target_after: number | string | null;
      changed_at: string | Date;
      changed_by: string;
    }[] = await this.dataSource.query(
      `SELECT id, code, target_before, target_after, changed_at, changed_by FROM kpi_target_change
        ORDER BY changed_at DESC, id DESC LIMIT ${TARGET_CHANGES_LISTED}`,
    );
    const percent = (v: number | string | null) => (v === null ? null : Number(v));
    return rows.map((r) => ({
      id: Number(r.id),
      code: r.code as KpiCode,
      before: percent(r.target_before),
      after: percent(r.target_after),
      changedAt: this.dialect.readTimestamp(r.changed_at),
      changedBy: r.changed_by,
    }));
  }

  private toTarget(code: KpiCode, row: TargetRow | undefined): KpiTarget {
    return {
      code,
      direction: KPI_DEFINITIONS[code].higherIsBetter ? TargetDirection.AT_LEAST : TargetDirection.AT_MOST,
      targetPercent: row ? Number(row.target_percent) : null,
      updatedAt: row ? this.dialect.readTimestamp(row.updated_at) : null,
      updatedBy: row?.updated_by ?? null,
    };
  }
}
