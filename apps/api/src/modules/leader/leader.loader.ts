import DataLoader from 'dataloader';
import type { CaseEventEntity } from '../case/case-event.entity.js';
import { batchOptions, byKeyLoader } from '../common/loaders.js';
import type { LeaderEventQuery, LeaderService } from './leader.service.js';

interface LeaderEventKey extends LeaderEventQuery {
  leaderId: number;
}

const queryKey = (k: LeaderEventQuery): string => JSON.stringify([k.type, k.from, k.to, k.first]);

export function createLeaderLoaders(service: LeaderService) {
  return {
    byId: byKeyLoader(
      (ids: readonly number[]) => service.byIds(ids),
      (l) => l.id,
    ),
    /** A leader's events of one kind; leaders asked for with the same arguments share one statement. */
    events: new DataLoader<LeaderEventKey, CaseEventEntity[], string>(
      async (keys) => {
        const groups = new Map<string, LeaderEventKey[]>();
        for (const key of keys) {
          const id = queryKey(key);
          groups.set(id, [...(groups.get(id) ?? []), key]);
        }
        const byKey = new Map<string, CaseEventEntity[]>();
        for (const [id, group] of groups) {
          const events = await service.eventsOfLeaders(
            group.map((k) => k.leaderId),
            group[0]!,
          );
          for (const key of group)
            byKey.set(
              `${id}|${key.leaderId}`,
              events.filter((e) => e.leaderId === key.leaderId),
            );
        }
        return keys.map((key) => byKey.get(`${queryKey(key)}|${key.leaderId}`) ?? []);
      },
      { ...batchOptions, cacheKeyFn: (key) => `${queryKey(key)}|${key.leaderId}` },
    ),
  };
}
