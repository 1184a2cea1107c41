// Flat ESLint config for the whole monorepo.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_DEFAULT_EXPORT = {
  selector: 'ExportDefaultDeclaration',
  message: 'Use named exports (default exports only in config files and Vue SFCs).',
};

// The API takes every difference between SQLite and PostgreSQL from the DialectSpec chosen at start-up
// (apps/api/src/db/dialect.ts); a file that asks which database it talks to grows a second place to
// keep in step. Matched by syntax, so a spec held under another name slips through: review catches it.
const DIALECT_BRANCH_MESSAGE =
  'Branch on the database type only in src/db/dialect.ts: add a member to DialectSpec and call it.';
const DIALECT_NAMES = '/^(postgres|sqlite|better-sqlite3)$/';
const NO_DIALECT_BRANCH = [
  // dialect === 'postgres', type !== 'better-sqlite3' …
  `BinaryExpression[operator=/^[!=]==?$/] > Literal[value=${DIALECT_NAMES}]`,
  // switch (dialect) { case 'sqlite': … }
  `SwitchCase > Literal.test[value=${DIALECT_NAMES}]`,
  // dialect.name === …, this.dialect.name !== …, switch (spec.name)
  `BinaryExpression > MemberExpression[property.name='name'][object.name=/^(dialect|spec)$/]`,
  `BinaryExpression > MemberExpression[property.name='name'][object.property.name=/^(dialect|spec)$/]`,
  `SwitchStatement > MemberExpression.discriminant[property.name='name'][object.name=/^(dialect|spec)$/]`,
  `SwitchStatement > MemberExpression.discriminant[property.name='name'][object.property.name=/^(dialect|spec)$/]`,
  // dataSource.options.type: the driver a DataSource was opened with.
  `MemberExpression[property.name='type'][object.property.name='options']`,
  // Detecting the dialect again from a DataSource instead of taking the spec it was opened with.
  `CallExpression[callee.name='dialectOf']`,
].map((selector) => ({ selector, message: DIALECT_BRANCH_MESSAGE }));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/data/**', '**/coverage/**', '**/.turbo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // With verbatimModuleSyntax, `import { type A } from 'm'` still loads 'm' at run time; a module
      // cycle through such an import leaves classes undefined at decoration time. Use `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', NO_DEFAULT_EXPORT],
    },
  },
  {
    // Decorator-aware: an import used in a decorated signature stays a value import (metadata needs it).
    files: ['apps/api/**/*.ts'],
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      // The spec itself, the one place that opens the connection with it, and where the URL is parsed.
      'apps/api/src/db/dialect.ts',
      'apps/api/src/db/data-source.ts',
      'apps/api/src/config.ts',
      // Frozen SQL per dialect; a migration never changes once released.
      'apps/api/src/db/migrations/**',
      // Tests run per dialect and check each database's own catalogue.
      'apps/api/src/**/*.test.ts',
      'apps/api/src/test/**',
    ],
    // Replaces the base list for these files (rule options do not merge), so it repeats it.
    rules: { 'no-restricted-syntax': ['error', NO_DEFAULT_EXPORT, ...NO_DIALECT_BRANCH] },
  },
  {
    files: ['**/*.config.{js,ts,mjs}', '**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['apps/dashboard/**', 'apps/graphiql/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@lianxin/api', '@lianxin/api/*', '**/apps/api/**'],
              message: 'The UIs talk to the API over GraphQL only; they never import the server code.',
            },
            {
              group: ['@lianxin/seed', '@lianxin/seed/*'],
              message: 'Seed data belongs to the server; the UIs read it through GraphQL.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@lianxin/api',
                '@lianxin/api/*',
                '@lianxin/dashboard',
                '@lianxin/dashboard/*',
                '@lianxin/graphiql',
                '@lianxin/graphiql/*',
              ],
              message: 'Packages are shared by the apps and never import an app (arrows point one way).',
            },
          ],
        },
      ],
    },
  },
);
