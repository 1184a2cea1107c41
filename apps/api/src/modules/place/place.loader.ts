import { byKeyLoader, groupLoader } from '../common/loaders.js';
import type { PlaceService } from './place.service.js';

export function createPlaceLoaders(service: PlaceService) {
  return {
    townshipByCode: byKeyLoader(
      (codes: readonly string[]) => service.townshipsByCodes(codes),
      (t) => t.code,
    ),
    villageByCode: byKeyLoader(
      (codes: readonly string[]) => service.villagesByCodes(codes),
      (v) => v.code,
    ),
    villagesByTownship: groupLoader(
      (codes: readonly string[]) => service.villagesOfTownships(codes),
      (v) => v.townshipCode,
    ),
  };
}
