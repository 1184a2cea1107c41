// The access log: who read which case's personal data in full, and who exported cases. Reads are
// collected while a GraphQL request executes and written in one INSERT before the response leaves;
// if that write fails the response carries no data, so nothing is read that is not logged.
import { onPrimary } from '../../db/read-route.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { budgetOf } from '../../request-budget.js';
import type { AuthUser } from '../auth/auth.service.js';
import { ErrorCode } from '../common/errors.js';
import { databaseUnavailable, isDatabaseUnavailable } from '../../db/unavailable.js';
import { AccessLogEntity, type AccessAction } from './access-log.entity.js';
import { log } from '../../log.js';

/** The personal-data fields reads are logged for. */
export type PersonalField = 'name' | 'phone' | 'idNumber';

/** Per request: cases whose personal data was resolved unmasked, and which fields. */
export class AccessAudit {
  private readonly reads = new Map<number, Set<PersonalField>>();

  read(caseId: number, field: PersonalField): void {
    const fields = this.reads.get(caseId);
    if (fields) fields.add(field);
    else this.reads.set(caseId, new Set([field]));
  }

  get empty(): boolean {
    return this.reads.size === 0;
  }

  /** The rows to write, fields in a fixed order. */
  entries(): { caseId: number; fields: string }[] {
    const order: PersonalField[] = ['name', 'phone', 'idNumber'];
    return [...this.reads].map(([caseId, fields]) => ({
      caseId,
      fields: order.filter((f) => fields.has(f)).join(','),
    }));
  }
}

export async function writeAccessLog(
  db: DataSource | EntityManager,
  user: AuthUser,
  action: AccessAction,
  rows: { caseId: number | null; fields: string; detail?: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  // A write, also when the request reads from a replica.
  await onPrimary(() => insertAccessLog(db, user, action, rows));
}

async function insertAccessLog(
  db: DataSource | EntityManager,
  user: AuthUser,
  action: AccessAction,
  rows: { caseId: number | null; fields: string; detail?: string | null }[],
): Promise<void> {
  const at = new Date();
  const manager = 'manager' in db ? db.manager : db;
  // Chunks keep each INSERT under SQLite's and PostgreSQL's bound-parameter limits.
  for (let i = 0; i < rows.length; i += 500) {
    await manager.insert(
      AccessLogEntity,
      rows.slice(i, i + 500).map((row) => ({
        at,
        userId: user.id,
        username: user.username,
        role: user.role,
        action,
        caseId: row.caseId,
        fields: row.fields,
        detail: row.detail ?? null,
      })),
    );
  }
}

/** Writes a request's unmasked reads before its response is sent. */
export function accessLogPlugin<T extends { audit: AccessAudit; user: AuthUser | null }>(
  dataSource: DataSource,
): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operationName }) {
          const { audit, user } = contextValue;
          if (audit.empty || !user) return;
          // The timeout (or the client) has ended the request: nothing is delivered, nothing to log.
          if (budgetOf(contextValue).abandoned) return;
          try {
            const detail = operationName ? `operation ${operationName}` : null;
            await writeAccessLog(
              dataSource,
              user,
              'READ',
              audit.entries().map((e) => ({ ...e, detail })),
            );
          } catch (error) {
            log.error({ err: error }, 'access log write failed; withholding the response');
            if (response.body.kind === 'single') {
              const away = isDatabaseUnavailable(error);
              response.body.singleResult = {
                errors: [
                  away
                    ? databaseUnavailable().toJSON()
                    : new GraphQLError('The access log could not be written; nothing was returned.', {
                        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
                      }).toJSON(),
                ],
              };
              response.http.status = away ? 503 : 500;
            }
          }
        },
      };
    },
  };
}
