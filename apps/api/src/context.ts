// What every resolver receives: long-lived services, and DataLoaders made fresh for each request so
// their caches never leak data between requests.
import { InProcessPublisher, type ChangePublisher } from './changes.js';
import { AccessAudit } from './modules/access/access-log.js';
import { AccessPolicy } from './modules/access/access-policy.js';
import { AccessService } from './modules/access/access.service.js';
import type { AuthUser } from './modules/auth/auth.service.js';
import type { DialectDataSource } from './db/data-source.js';
import { WorkflowService, type Actor } from './modules/workflow/workflow.service.js';
import { createCaseLoaders } from './modules/case/case.loader.js';
import { CaseService } from './modules/case/case.service.js';
import { CategoryService } from './modules/category/category.service.js';
import { byKeyLoader } from './modules/common/loaders.js';
import { createLeaderLoaders } from './modules/leader/leader.loader.js';
import { LeaderService } from './modules/leader/leader.service.js';
import type { IdNumberCipher } from './modules/petitioner/id-number-cipher.js';
import { createPlaceLoaders } from './modules/place/place.loader.js';
import { PlaceService } from './modules/place/place.service.js';
import { StatsService } from './modules/stats/stats.service.js';
import { ReferenceCache } from './modules/common/reference-cache.js';
import { createStatsLoaders } from './modules/stats/stats.loader.js';
import { PeriodService } from './modules/periods/period-revisions.js';
import { UnitService } from './modules/unit/unit.service.js';
import { KpiTargetService } from './modules/targets/kpi-target.service.js';
import { BoundaryPackService } from './modules/map/boundary-pack.service.js';
import {
  DEFAULT_REFRESH,
  EarlyWarningService,
  type RefreshSettings,
} from './modules/warning/warning.service.js';
import { createWarningLoaders } from './modules/warning/warning.loader.js';

export function createServices(
  /** Opened by openDatabase, with the dialect chosen from the configuration. */
  dataSource: DialectDataSource,
  /** The database's ID-number key (main.ts loads it from config or the data directory). */
  idNumbers: IdNumberCipher,
  publisher: ChangePublisher = new InProcessPublisher(),
  earlyWarningRefresh: RefreshSettings = { ...DEFAULT_REFRESH, enabled: false },
) {
  const { dialect } = dataSource;
  const stats = new StatsService(dataSource, dialect);
  const references = new ReferenceCache(dataSource);
  return {
    publisher,
    references,
    workflow: new WorkflowService(dataSource, dialect, idNumbers, publisher, stats.horizon),
    places: new PlaceService(dataSource, references),
    categories: new CategoryService(dataSource, references),
    units: new UnitService(dataSource, references),
    leaders: new LeaderService(dataSource, references),
    cases: new CaseService(dataSource, dialect, idNumbers, references),
    stats,
    periods: new PeriodService(dataSource, dialect, stats),
    access: new AccessService(dataSource),
    targets: new KpiTargetService(dataSource, dialect),
    boundaries: new BoundaryPackService(dataSource, dialect),
    earlyWarnings: new EarlyWarningService(dataSource, dialect, publisher, earlyWarningRefresh),
  };
}
export type Services = ReturnType<typeof createServices>;

function createLoaders(services: Services) {
  return {
    places: createPlaceLoaders(services.places),
    categories: {
      byCode: byKeyLoader(
        (codes: readonly string[]) => services.categories.byCodes(codes),
        (c) => c.code,
      ),
    },
    units: {
      byId: byKeyLoader(
        (ids: readonly number[]) => services.units.byIds(ids),
        (u) => u.id,
      ),
    },
    leaders: createLeaderLoaders(services.leaders),
    cases: createCaseLoaders(services.cases),
    stats: createStatsLoaders(services.stats),
    earlyWarnings: createWarningLoaders(services.earlyWarnings),
  };
}
type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  services: Services;
  loaders: Loaders;
  /** The request's instant: "now" for every default asOf, so one request reads one consistent moment. */
  now: Date;
  /** Who acts, as the timeline records it: the signed-in user's username, else 'anonymous'. */
  actor: Actor;
  /** The signed-in user (null when anonymous); role and scope are read fresh from the database. */
  user: AuthUser | null;
  /** What this user may see: area, own cases, accusations, personal data. */
  access: AccessPolicy;
  /** Personal data shown in full during this request, written to the access log before it answers. */
  audit: AccessAudit;
}

export function createContext(services: Services, user: AuthUser | null = null): Context {
  return {
    services,
    loaders: createLoaders(services),
    now: new Date(),
    actor: { name: user ? user.username : 'anonymous' },
    user,
    access: new AccessPolicy(user),
    audit: new AccessAudit(),
  };
}
