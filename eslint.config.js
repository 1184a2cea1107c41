// Flat ESLint config for the whole monorepo.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports (default exports only in config files and Vue SFCs).',
        },
      ],
    },
  },
  {
    // Decorator-aware: an import used in a decorated signature stays a value import (metadata needs it).
    files: ['apps/api/**/*.ts'],
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
  },
  {
    files: ['**/*.config.{js,ts,mjs}', '**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['apps/dashboard/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@lianxin/api', '@lianxin/api/*', '**/apps/api/**'],
              message: 'The dashboard talks to the API over GraphQL only; it never imports the server code.',
            },
            {
              group: ['@lianxin/seed', '@lianxin/seed/*'],
              message: 'Seed data belongs to the server; the dashboard reads it through GraphQL.',
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
              group: ['@lianxin/api', '@lianxin/api/*', '@lianxin/dashboard', '@lianxin/dashboard/*'],
              message: 'Packages are shared by the apps and never import an app (arrows point one way).',
            },
          ],
        },
      ],
    },
  },
);
