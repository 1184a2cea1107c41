import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationDocument, readOperations } from './index.js';

// The API's committed schema, read as a file (this package never imports an app).
const schema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../../apps/api/schema.graphql', import.meta.url)), 'utf8'),
);

describe('the operations', () => {
  it('are each a valid document with exactly the fragments it spreads', () => {
    const operations = readOperations();
    expect(operations.length).toBeGreaterThan(30);
    // validate() reports a missing fragment (KnownFragmentNames) and an extra one (NoUnusedFragments).
    const invalid = operations.flatMap(({ file, document }) =>
      validate(schema, parse(document)).map((error) => `${file}: ${error.message}`),
    );
    expect(invalid).toEqual([]);
  });

  it('put each fragment once, after the operation, those spread inside fragments included', () => {
    const definitions = parse(operationDocument('Overview')).definitions.map((d) =>
      'name' in d ? d.name?.value : undefined,
    );
    expect(definitions).toEqual(['Overview', 'HeadlineKpisWithCompanion', 'HeadlineKpis', 'KpiFields']);
  });

  it('name the file of every operation after it, and refuse an unknown one', () => {
    for (const { name, kind, file } of readOperations()) {
      expect(file).toBe(`${name}.graphql`);
      expect(['query', 'mutation', 'subscription']).toContain(kind);
    }
    expect(() => operationDocument('Nope')).toThrow('no operation Nope in');
  });
});
