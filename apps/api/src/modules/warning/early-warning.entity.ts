import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One month of one cell (township × category or village × category) as the early-warning detector
 * judged it (warning-compute.ts). Rows exist for every month with cases and every judged month.
 */
@Entity({ name: 'early_warning_signal' })
export class EarlyWarningSignalEntity {
  /** TOWNSHIP or VILLAGE. */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  scope: string;

  /** The township's or the village's code. */
  @PrimaryColumn({ name: 'place_code', type: 'varchar', length: 12 })
  placeCode: string;

  @PrimaryColumn({ name: 'category_code', type: 'varchar', length: 32 })
  categoryCode: string;

  /** 'YYYY-MM', local (Asia/Shanghai) month of receipt. */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @Column({ name: 'township_code', type: 'varchar', length: 12 })
  townshipCode: string;

  /** Cases received in the month (accusations left out). */
  @Column({ type: 'integer' })
  observed: number;

  @Column({ type: 'double precision', nullable: true })
  expected: number | null;

  @Column({ name: 'upper_yellow', type: 'double precision', nullable: true })
  upperYellow: number | null;

  @Column({ name: 'upper_red', type: 'double precision', nullable: true })
  upperRed: number | null;

  @Column({ name: 'p_value', type: 'double precision', nullable: true })
  pValue: number | null;

  /** RED, YELLOW or null. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  level: string | null;

  @Column({ type: 'boolean' })
  trend: boolean;

  /** Years of history the baseline used; 0: the month was not judged. */
  @Column({ type: 'integer' })
  years: number;

  /** The baseline's months, 'YYYY-MM' comma-separated. */
  @Column({ type: 'text', nullable: true })
  baseline: string | null;

  /** The current month, judged on its cases so far. */
  @Column({ type: 'boolean' })
  provisional: boolean;

  /** When the month first reached its level (a new alert, or YELLOW raised to RED). */
  @Column({ name: 'raised_at', type: Date, nullable: true })
  raisedAt: Date | null;

  @Column({ name: 'computed_at', type: Date })
  computedAt: Date;
}
