// The committed contract: schema.graphql, printed from the code in a stable (sorted) order.
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export async function printApiSchema(): Promise<string> {
  const header =
    '# Generated from the code by `pnpm --filter @lianxin/api schema`; do not edit. CI checks it is current.\n\n';
  return header + printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
