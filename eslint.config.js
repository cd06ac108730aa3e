// Lint rules, including the boundaries between runtimes (Signal-style): pure modules import no
// DOM, React, Dexie, Lexical, Electron or Node; the renderer never imports Electron or main.
import js from '@eslint/js';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_AND_STORAGE = ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'lexical', '@lexical/*'];
const ELECTRON_AND_NODE = ['electron', 'node:*', 'fs', 'path', 'os', 'child_process'];

// Every word the user sees comes from the catalogues (renderer/src/i18n/messages): text in JSX and
// the user-visible attributes (aria-label/description, title, placeholder, alt, label) must not be literals.
const TRANSLATED = ['renderer/src/App.tsx', 'renderer/src/i18n/**/*.tsx', 'renderer/src/features/**/*.tsx'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: restrict([...ELECTRON_AND_NODE, '**/main/**'], 'The renderer runs in a sandboxed page: use window.api.'),
  },
  {
    files: ['renderer/src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrict([...UI_AND_STORAGE, ...ELECTRON_AND_NODE, '**/features/**', '**/data/**', '**/platform/**'], 'Pure modules take data and return data.'),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'fetch', 'HTMLElement', 'Node', 'Range'],
    },
  },
  {
    files: TRANSLATED,
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': ['error', { props: { include: [['*', '{label,placeholder,title,alt}']] } }],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'main/**/*.ts', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['main/**/*.ts'],
    rules: restrict([...UI_AND_STORAGE, '**/renderer/src/features/**', '**/renderer/src/data/**', '**/renderer/src/platform/**'], 'Main shares only pure modules with the renderer.'),
  },
  {
    files: ['preload/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([...UI_AND_STORAGE, 'node:*', '**/renderer/src/features/**', '**/renderer/src/data/**'], 'The preload only forwards calls.'),
  },
);
