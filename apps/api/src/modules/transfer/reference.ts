// The district's reference data by name and by key, read once per import or export: a few hundred
// rows, so holding them in maps beats joining them into every batch.
import type { DataSource, EntityManager } from 'typeorm';
import type { DistrictData } from '@lianxin/seed';
import type { ReferenceNames } from './sheet-case.js';

export async function loadReferenceNames(db: DataSource | EntityManager): Promise<ReferenceNames> {
  const [townships, villages, categories, leaders, units] = (await Promise.all([
    db.query('SELECT code, name FROM township'),
    db.query('SELECT code, name, township_code FROM village'),
    db.query('SELECT code, name_zh FROM category'),
    db.query('SELECT id, name FROM leader'),
    db.query('SELECT id, name FROM unit'),
  ])) as [
    { code: string; name: string }[],
    { code: string; name: string; township_code: string }[],
    { code: string; name_zh: string }[],
    { id: number | string; name: string }[],
    { id: number | string; name: string }[],
  ];
  const townshipsOfVillageName = new Map<string, string[]>();
  for (const v of villages) {
    townshipsOfVillageName.set(v.name, [...(townshipsOfVillageName.get(v.name) ?? []), v.township_code]);
  }
  return {
    townshipName: new Map(townships.map((t) => [t.code, t.name])),
    townshipByName: new Map(townships.map((t) => [t.name, t.code])),
    villageName: new Map(villages.map((v) => [v.code, v.name])),
    villageByTownshipAndName: new Map(villages.map((v) => [`${v.township_code}|${v.name}`, v.code])),
    townshipsOfVillageName,
    categoryName: new Map(categories.map((c) => [c.code, c.name_zh])),
    categoryByKey: new Map([
      ...categories.map((c) => [c.code, c.code] as const),
      ...categories.map((c) => [c.name_zh, c.code] as const),
    ]),
    leaderName: new Map(leaders.map((l) => [Number(l.id), l.name])),
    leaderByName: new Map(leaders.map((l) => [l.name, Number(l.id)])),
    unitName: new Map(units.map((u) => [Number(u.id), u.name])),
    unitByName: new Map(units.map((u) => [u.name, Number(u.id)])),
  };
}

/** The same maps from the seed's district rows, for tools that run without a database (templates). */
export function referenceFromDistrict(d: DistrictData): ReferenceNames {
  const townshipsOfVillageName = new Map<string, string[]>();
  for (const v of d.villages) {
    townshipsOfVillageName.set(v.name, [...(townshipsOfVillageName.get(v.name) ?? []), v.townshipCode]);
  }
  return {
    townshipName: new Map(d.townships.map((t) => [t.code, t.name])),
    townshipByName: new Map(d.townships.map((t) => [t.name, t.code])),
    villageName: new Map(d.villages.map((v) => [v.code, v.name])),
    villageByTownshipAndName: new Map(d.villages.map((v) => [`${v.townshipCode}|${v.name}`, v.code])),
    townshipsOfVillageName,
    categoryName: new Map(d.categories.map((c) => [c.code, c.nameZh])),
    categoryByKey: new Map([
      ...d.categories.map((c) => [c.code, c.code] as const),
      ...d.categories.map((c) => [c.nameZh, c.code] as const),
    ]),
    leaderName: new Map(d.leaders.map((l) => [l.id, l.name])),
    leaderByName: new Map(d.leaders.map((l) => [l.name, l.id])),
    unitName: new Map(d.units.map((u) => [u.id, u.name])),
    unitByName: new Map(d.units.map((u) => [u.name, u.id])),
  };
}
