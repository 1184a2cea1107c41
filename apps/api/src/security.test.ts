import http from 'node:http';
import express from 'express';
import { parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { EXAMPLE_TABS } from '@lianxin/operations/graphiql-examples';
import { createSchema } from './schema.js';
import { armor, executionTimeout, GRAPHQL_LIMITS, mayExplore } from './security.js';
import { checkPasswordPolicy, generatePassword } from './modules/auth/password.js';

describe('operation limits', () => {
  it("let every GraphiQL example operation through (the analysts' real queries)", async () => {
    const schema = await createSchema();
    const { validationRules } = armor();
    expect(EXAMPLE_TABS.length).toBeGreaterThan(0);
    for (const tab of EXAMPLE_TABS) {
      const document = parse(tab.query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
      expect(validate(schema, document, [...specifiedRules, ...validationRules])).toEqual([]);
    }
  });
});

describe('mayExplore', () => {
  it('is true for signed-in analysts and administrators only', () => {
    const user = (role: Role) => ({
      id: 1,
      username: 'x',
      displayName: 'x',
      role,
      scope: {},
      leaderId: null,
      unitId: null,
    });
    expect(mayExplore(null)).toBe(false);
    expect(
      [Role.ADMIN, Role.ANALYST, Role.LEADER, Role.CLERK, Role.DISPLAY].map((r) => mayExplore(user(r))),
    ).toEqual([true, true, false, false, false]);
  });
});

describe('executionTimeout', () => {
  it('answers a request that runs too long with 503 TIMEOUT and drops the late answer', async () => {
    const app = express();
    const [start, late] = executionTimeout(50);
    const slow: express.RequestHandler = async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      res.setHeader('x-late', '1'); // throws "headers already sent": swallowed, not a crash
      res.json({ late: true });
    };
    app.use(start, slow, late);
    const server = http.createServer(app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: 'The request took longer than 0.05 s and was stopped.',
            extensions: { code: 'TIMEOUT' },
          },
        ],
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(503); // the server still answers
    } finally {
      server.close();
    }
  });
});

describe('password policy', () => {
  it('wants at least 12 characters and generates 20 from an unambiguous alphabet', () => {
    expect(() => checkPasswordPolicy('elevenchars')).toThrow('at least 12 characters');
    expect(() => checkPasswordPolicy('twelve chars')).not.toThrow();
    expect(generatePassword()).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
  });
});
