// The workflow's step mutations and their arguments besides id and version, read from the schema
// itself, so tests that call every step never fall behind it.
import { buildSchema } from 'graphql';
import fs from 'node:fs';
import { SCHEMA_FILE } from '../schema-file.js';

function readStepArgs(): Record<string, Record<string, string>> {
  const mutation = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8')).getMutationType();
  if (!mutation) throw new Error('schema.graphql has no Mutation type');
  const steps: Record<string, Record<string, string>> = {};
  for (const field of Object.values(mutation.getFields())) {
    const names = field.args.map((a) => a.name);
    if (!names.includes('id') || !names.includes('version')) continue; // registerCase creates, not steps
    steps[field.name] = Object.fromEntries(
      field.args.filter((a) => a.name !== 'id' && a.name !== 'version').map((a) => [a.name, String(a.type)]),
    );
  }
  return steps;
}

/** mutation name → { argument: GraphQL type } for every step on an existing case. */
export const STEP_ARGS = readStepArgs();
