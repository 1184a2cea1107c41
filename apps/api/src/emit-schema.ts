// Writes schema.graphql from the code: `pnpm --filter @lianxin/api schema`.
import fs from 'node:fs';
import { printApiSchema, SCHEMA_FILE } from './schema-file.js';

fs.writeFileSync(SCHEMA_FILE, await printApiSchema());
console.log(`wrote ${SCHEMA_FILE}`);
