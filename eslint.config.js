// ESLint: typescript-eslint's type-checked recommended rules everywhere, Lit and web-component rules for src/ui.
// `npm run lint:es` (part of `npm run lint`, in `npm test`). Formatting is Prettier's job, not ESLint's.
// Every rule turned off or narrowed below says why; everything else is on as the recommended sets have it.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'test-results/',
      'playwright-report/',
      '.cache/',
      '.kiosk/',
      'bundles/',
      'public/',
      '**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['tsconfig.tccc.json', 'tsconfig.app.json', 'tsconfig.worker.json', 'tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // An `async` function with no `await` is how an implementation of a Promise-returning interface (Engine.load,
      // a fetch stub) turns a throw into a rejection; dropping `async` to please the rule would change that.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a name kept on purpose: a rest sibling that drops a key, an unused parameter.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The plain-text reports strip terminal escapes and control characters on purpose (tccc/reports/plain-text.ts
      // and its tests); no other regex has any, and those that do are what the rule would forbid.
      'no-control-regex': 'off',
      // AbortSignal.reason is typed `any` by the DOM library; rejecting with it passes an abort on as `throw` does.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true }],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    rules: {
      // Lit calls listeners bound in templates (`@click=${this.onClick}`) with `this` set to the element.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests read what the code under test printed or stored (JSON.parse, page.evaluate) and check it with expect():
    // an `any` there meets an assertion at once, so the unsafe-any rules add casts and no safety.
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
