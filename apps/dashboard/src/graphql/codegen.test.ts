// Fails when the committed generated types no longer match the operations or ../api/schema.graphql:
// run `pnpm --filter @lianxin/dashboard codegen` and commit the result.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.config';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('generated GraphQL types', () => {
  it('are what codegen makes from the schema and the operations today', async () => {
    const prev = process.cwd();
    process.chdir(root);
    try {
      const outputs = await generate({ ...config, cwd: root, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const out of outputs) {
        const file = fileURLToPath(new URL(out.filename, `file://${root}`));
        const committed = readFileSync(file, 'utf8');
        // The codegen script runs prettier over its output (a hook); do the same here.
        const expected = await format(out.content, { ...(await resolveConfig(file)), filepath: file });
        expect(committed, `${out.filename} is stale: run pnpm --filter @lianxin/dashboard codegen`).toBe(
          expected,
        );
      }
    } finally {
      process.chdir(prev);
    }
  }, 60_000);
});
