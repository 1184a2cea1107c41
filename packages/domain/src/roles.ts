// Who a signed-in user is to the platform. The string values are stored in `app_user.role` and travel
// in tokens, so they never change once data exists; labels may.
import type { Label } from './enums.js';

export enum Role {
  /** Manages users and sees everything. */
  ADMIN = 'ADMIN',
  /** A leader (包案领导): their own cases and the workload views. */
  LEADER = 'LEADER',
  /** Analyses the data: dashboards, GraphiQL and exports. */
  ANALYST = 'ANALYST',
  /** Registers and handles cases (信访工作人员). */
  CLERK = 'CLERK',
  /** A wall screen: aggregate numbers only, never a person. */
  DISPLAY = 'DISPLAY',
}

export const ROLE_LABELS: Readonly<Record<Role, Label>> = Object.freeze({
  [Role.ADMIN]: { zh: '系统管理员', en: 'Administrator' },
  [Role.LEADER]: { zh: '包案领导', en: 'Leader' },
  [Role.ANALYST]: { zh: '数据分析员', en: 'Analyst' },
  [Role.CLERK]: { zh: '信访工作人员', en: 'Case clerk' },
  [Role.DISPLAY]: { zh: '大屏展示', en: 'Wall display' },
});

export const ROLES: readonly Role[] = Object.freeze(Object.values(Role));

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
