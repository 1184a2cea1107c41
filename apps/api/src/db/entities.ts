// The one list of entity classes, for the DataSource and for tests.
import { CaseEventEntity } from '../modules/case/case-event.entity.js';
import { CasePetitionerEntity } from '../modules/case/case-petitioner.entity.js';
import { CaseEntity } from '../modules/case/case.entity.js';
import { CategoryEntity } from '../modules/category/category.entity.js';
import { LeaderEntity } from '../modules/leader/leader.entity.js';
import { PetitionerEntity } from '../modules/petitioner/petitioner.entity.js';
import { TownshipEntity } from '../modules/place/township.entity.js';
import { VillageEntity } from '../modules/place/village.entity.js';
import { UnitEntity } from '../modules/unit/unit.entity.js';
import { LoginThrottleEntity, RevokedTokenEntity, UserEntity } from '../modules/auth/user.entity.js';
import { AccessLogEntity } from '../modules/access/access-log.entity.js';
import { EarlyWarningSignalEntity } from '../modules/warning/early-warning.entity.js';

export const entities = [
  TownshipEntity,
  VillageEntity,
  CategoryEntity,
  UnitEntity,
  LeaderEntity,
  PetitionerEntity,
  CaseEntity,
  CasePetitionerEntity,
  CaseEventEntity,
  UserEntity,
  RevokedTokenEntity,
  LoginThrottleEntity,
  AccessLogEntity,
  EarlyWarningSignalEntity,
];
