// Each dialect's migrations, in the order they run (n8n's @n8n/db layout): a migration whose code is
// the same for both lives once in common/ — a class, or a class built with the dialect whose type names
// it writes — and the others have a class in each dialect's folder. Class names and timestamps are what
// databases record as run: never change them.
import type { MigrationInterface } from 'typeorm';
import type { IdNumberCipher } from '../../modules/petitioner/id-number-cipher.js';
import { CaseMonthRollup1700000000001 } from './common/1700000000001-case-month-rollup.js';
import { DataVersion1700000000002 } from './common/1700000000002-data-version.js';
import { CaseClientKey1700000000003 } from './common/1700000000003-case-client-key.js';
import { CaseRegisteredBy1700000000007 } from './common/1700000000007-case-registered-by.js';
import { caseFacts } from './common/1700000000010-case-facts.js';
import { RollupReopenReview1700000000011 } from './common/1700000000011-rollup-reopen-review.js';
import { periodRevision } from './common/1700000000012-period-revision.js';
import { fastReads } from './common/1700000000013-fast-reads.js';
import { listIndexes } from './common/1700000000014-list-indexes.js';
import { CaseCodeOrder1700000000015 } from './common/1700000000015-case-code-order.js';
import { kpiTarget } from './common/1700000000017-kpi-target.js';
import { OpenCaseCount1700000000018 } from './common/1700000000018-open-case-count.js';
import { boundaryPack } from './common/1700000000019-boundary-pack.js';
import { LeaderRollup1700000000020 } from './common/1700000000020-leader-rollup.js';
import { OpenCaseCountAsOf1700000000021 } from './common/1700000000021-open-case-count-as-of.js';
import { InitialSchema1700000000000 as PostgresInitial } from './postgres/1700000000000-initial-schema.js';
import { Users1700000000004 as PostgresUsers } from './postgres/1700000000004-users.js';
import { petitionerIdEncryption as postgresIdEncryption } from './postgres/1700000000005-petitioner-id-encryption.js';
import { AccessLog1700000000006 as PostgresAccessLog } from './postgres/1700000000006-access-log.js';
import { CaseMonthRollupAccusation1700000000008 as PostgresRollupAccusation } from './postgres/1700000000008-case-month-rollup-accusation.js';
import { LoginThrottle1700000000009 as PostgresLoginThrottle } from './postgres/1700000000009-login-throttle.js';
import { EarlyWarning1700000000016 as PostgresEarlyWarning } from './postgres/1700000000016-early-warning.js';
import { InitialSchema1700000000000 as SqliteInitial } from './sqlite/1700000000000-initial-schema.js';
import { Users1700000000004 as SqliteUsers } from './sqlite/1700000000004-users.js';
import { petitionerIdEncryption as sqliteIdEncryption } from './sqlite/1700000000005-petitioner-id-encryption.js';
import { AccessLog1700000000006 as SqliteAccessLog } from './sqlite/1700000000006-access-log.js';
import { CaseMonthRollupAccusation1700000000008 as SqliteRollupAccusation } from './sqlite/1700000000008-case-month-rollup-accusation.js';
import { LoginThrottle1700000000009 as SqliteLoginThrottle } from './sqlite/1700000000009-login-throttle.js';
import { EarlyWarning1700000000016 as SqliteEarlyWarning } from './sqlite/1700000000016-early-warning.js';

export type MigrationClass = new () => MigrationInterface;

/** What a migration needs beyond SQL, handed over when the list is built (never read at import time). */
export interface MigrationDeps {
  /** Encrypts the ID numbers of an older database (migration 5). */
  idNumbers: IdNumberCipher;
}

export function sqliteMigrations({ idNumbers }: MigrationDeps): MigrationClass[] {
  return [
    SqliteInitial,
    CaseMonthRollup1700000000001,
    DataVersion1700000000002,
    CaseClientKey1700000000003,
    SqliteUsers,
    sqliteIdEncryption(idNumbers),
    SqliteAccessLog,
    CaseRegisteredBy1700000000007,
    SqliteRollupAccusation,
    SqliteLoginThrottle,
    caseFacts('sqlite'),
    RollupReopenReview1700000000011,
    periodRevision('sqlite'),
    fastReads('sqlite'),
    listIndexes('sqlite'),
    CaseCodeOrder1700000000015,
    SqliteEarlyWarning,
    kpiTarget('sqlite'),
    OpenCaseCount1700000000018,
    boundaryPack('sqlite'),
    LeaderRollup1700000000020,
    OpenCaseCountAsOf1700000000021,
  ];
}

export function postgresMigrations({ idNumbers }: MigrationDeps): MigrationClass[] {
  return [
    PostgresInitial,
    CaseMonthRollup1700000000001,
    DataVersion1700000000002,
    CaseClientKey1700000000003,
    PostgresUsers,
    postgresIdEncryption(idNumbers),
    PostgresAccessLog,
    CaseRegisteredBy1700000000007,
    PostgresRollupAccusation,
    PostgresLoginThrottle,
    caseFacts('postgres'),
    RollupReopenReview1700000000011,
    periodRevision('postgres'),
    fastReads('postgres'),
    listIndexes('postgres'),
    CaseCodeOrder1700000000015,
    PostgresEarlyWarning,
    kpiTarget('postgres'),
    OpenCaseCount1700000000018,
    boundaryPack('postgres'),
    LeaderRollup1700000000020,
    OpenCaseCountAsOf1700000000021,
  ];
}
