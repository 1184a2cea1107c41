// `pnpm --filter @lianxin/seed tile-map`: writes district-tiles.json, the schematic tile map of the seeded
// district (tile-map.ts) that the dashboard draws until a boundary pack is loaded. The file is committed;
// tile-map.test.ts fails when it no longer equals what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateDistrict } from './district.js';
import { districtTileMap, TILE_MAP_FILE } from './tile-map.js';

const file = fileURLToPath(new URL(`../${TILE_MAP_FILE}`, import.meta.url));
writeFileSync(file, `${JSON.stringify(districtTileMap(generateDistrict()))}\n`);
console.log(`wrote ${file}`);
