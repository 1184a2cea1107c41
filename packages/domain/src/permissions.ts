// Which roles may do what: the one place the role groupings are defined. The API's field rules, the
// step catalogue, the import/export routes, who may explore the schema and the dashboard's session all
// read these. Roles decide what kind of thing a user may touch; the API's AccessPolicy then decides
// which rows (area, own cases, accusations) and what is masked.
import { Role } from './roles.js';

const { ADMIN, LEADER, ANALYST, CLERK, DISPLAY } = Role;

function group(...roles: Role[]): readonly Role[] {
  return Object.freeze(roles);
}

export const ROLE_GROUPS = Object.freeze({
  /** Any signed-in user, the wall screen included: reference data and aggregates. */
  everyone: group(ADMIN, LEADER, ANALYST, CLERK, DISPLAY),
  /** Case-level data (lists, a case's page, exports): everyone but the wall screen. */
  caseReaders: group(ADMIN, LEADER, ANALYST, CLERK),
  /** Register cases, take their steps, import them: the case workers. */
  caseWorkers: group(ADMIN, CLERK),
  /** Steps a leader records too, about their own actions (visits, instructions, supervision). */
  caseWorkersAndLeaders: group(ADMIN, CLERK, LEADER),
  /** Users, the access log, revisions of closed months. */
  admins: group(ADMIN),
  /** Introspection and GraphiQL. */
  explorers: group(ADMIN, ANALYST),
  /** Petitioners' personal data in full on every case they may read (a LEADER: on their own cases only). */
  personalDataReaders: group(ADMIN, CLERK),
});

export type RoleGroup = keyof typeof ROLE_GROUPS;

/** Whether the role belongs to the group; no role (signed out) belongs to none. */
export function inRoleGroup(role: Role | string | null | undefined, name: RoleGroup): boolean {
  return role != null && (ROLE_GROUPS[name] as readonly string[]).includes(role);
}
