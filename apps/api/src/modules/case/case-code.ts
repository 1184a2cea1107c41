// The next running number of a year's case codes (the format: caseCode in the domain). Registration and
// the spreadsheet import number cases here.
import type { EntityManager } from 'typeorm';
import type { DialectSpec } from '../../db/dialect.js';

const PREFIX_LENGTH = 'LT-YYYY-'.length;

/**
 * The highest running number among the year's codes, 0 when it has none. Numeric order is length, then
 * text — never the text maximum alone — walked backwards on idx_case_code_number (migration 15).
 */
export async function lastCaseNumber(
  manager: EntityManager,
  dialect: DialectSpec,
  year: string,
): Promise<number> {
  const rows: { code: string }[] = await manager.query(
    `SELECT code FROM petition_case WHERE substr(code, 1, ${PREFIX_LENGTH}) = ${dialect.placeholder(1)}
      ORDER BY substr(code, 1, ${PREFIX_LENGTH}) DESC, length(code) DESC, code DESC LIMIT 1`,
    [`LT-${year}-`],
  );
  const code = rows[0]?.code;
  return code ? Number(code.slice(PREFIX_LENGTH)) || 0 : 0;
}
