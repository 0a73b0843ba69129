// Lint: typescript-eslint's recommended rules, React hooks rules, and the
// dependency rule (renderer -> annotations <- electron) spelled out as import
// restrictions, next to the per-runtime tsconfigs that enforce it too.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noNodeOrUi = [
  { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'The domain core is pure: Node-only code goes in annotations/node/.' },
  { group: ['electron', 'react', 'react-dom', 'lexical', '@lexical/*'], message: 'The domain core has no Electron, React or Lexical import.' },
  { group: ['**/renderer/**', '**/electron/**'], message: 'The core never imports the shell or the UI.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['annotations/**/*.ts'],
    ignores: ['annotations/node/**', 'annotations/cli/**', 'annotations/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: noNodeOrUi }] },
  },
  {
    files: ['annotations/node/**/*.ts', 'annotations/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'react', 'react-dom', 'lexical', '@lexical/*', '**/renderer/**', '**/electron/**'], message: 'The core never imports the shell or the UI.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', 'fs', 'path'], message: 'The renderer talks to the core only through window.annotator.' },
            { group: ['**/annotations/node/**', '**/electron/**'], message: 'The renderer imports only the pure core and the API contract.' },
          ],
        },
      ],
    },
  },
  {
    // The UI's unit tests run in Node, with the real core behind the API (and a real Chromium): never the shell.
    files: ['renderer/**/*.test.ts', 'renderer/test-support/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['electron', '**/electron/**'], message: 'The UI and its tests never import the shell.' }] }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'The shell never imports the UI.' }] }] },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The command's launcher is plain CommonJS: require is the point.
    files: ['bin/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
