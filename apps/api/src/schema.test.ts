import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isObjectType, isInputObjectType, isEnumType, type GraphQLSchema } from 'graphql';
import { STEP_CATALOGUE } from '@lianxin/domain';
import { ADMIN_MUTATIONS } from './modules/access/field-rules.js';
import { createSchema } from './schema.js';
import { printApiSchema, SCHEMA_FILE } from './schema-file.js';

describe('schema', () => {
  it('matches the committed schema.graphql (run `pnpm --filter @lianxin/api schema` after changing it)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printApiSchema());
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema: GraphQLSchema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      // Root operation types cannot carry a description in type-graphql; their fields do.
      const root = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
      if (!type.description && !root.includes(type as never)) {
        missing.push(type.name);
      }
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has one mutation per step of the catalogue, named as the catalogue names it, and the administration ones', async () => {
    // field-rules.ts gives each step's mutation its step's roles, and the administration mutations ADMIN.
    const schema = await createSchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect(mutations).toEqual(
      [...Object.values(STEP_CATALOGUE).map((s) => s.mutation), ...ADMIN_MUTATIONS].sort(),
    );
  });
});
