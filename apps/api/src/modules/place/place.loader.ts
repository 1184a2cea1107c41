import DataLoader from 'dataloader';
import { type PlaceService } from './place.service.js';
import { type VillageEntity } from './village.entity.js';

export function createPlaceLoaders(service: PlaceService) {
  return {
    villagesByTownship: new DataLoader<string, VillageEntity[]>(async (codes) => {
      const villages = await service.villagesOfTownships(codes);
      const byTownship = new Map<string, VillageEntity[]>();
      for (const village of villages) {
        const list = byTownship.get(village.townshipCode);
        if (list) list.push(village);
        else byTownship.set(village.townshipCode, [village]);
      }
      return codes.map((code) => byTownship.get(code) ?? []);
    }),
  };
}

export type PlaceLoaders = ReturnType<typeof createPlaceLoaders>;
