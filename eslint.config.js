/**
 * Lint: the recommended rules of ESLint and typescript-eslint (without type information, so it
 * stays fast), plus the folder boundaries of docs/ARCHITECTURE.md checked by no-restricted-imports.
 * A boundary rule names the folder, so `@/lib/x` and `../../lib/x` are both caught. The globs of
 * the boundary blocks do not overlap: a later block's `no-restricted-imports` would replace an
 * earlier one's for the files both match.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import specifiers that reach into one of `folders` of the repository (alias or relative path). */
function into(folders) {
  return `^(@/|(\\.\\./)+)(${folders.join('|')})(/|$)`;
}

/**
 * Import specifiers that reach into one of the runtime folders `runtimes` of lib/: by alias, by a
 * path through lib/ (`../lib/page/x` from entrypoints/), or from a sibling runtime folder
 * (`../page/x` from lib/ui/).
 */
function intoLib(runtimes) {
  return `^(@/lib/|(\\.\\./)+lib/|\\.\\./)(${runtimes.join('|')})(/|$)`;
}

function boundary(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default defineConfig(
  {
    ignores: [
      'node_modules/', '.output/', '.wxt/', 'dist/', 'web-ext-artifacts/', 'scratch/', 'public/',
      'tests/fixtures/', 'tests/e2e/fixtures/', 'tests/e2e/artifacts/', '.test-results/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed parameters are placeholders a signature needs (e.g. `(_match, key) => …`);
      // `const { drop: _, ...rest } = x` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The ideographic space U+3000 that opens every Sina paragraph is text here: allowed in
      // strings, templates, regular expressions and comments, still refused between tokens.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true, skipJSXText: true }],
    },
  },
  {
    files: ['entrypoints/**', 'components/**', 'lib/**', 'utils/**', 'tests/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  boundary(['utils/**'], [
    {
      regex: into(['lib', 'components', 'entrypoints', 'cli', 'scripts', 'tests', 'support']),
      message: 'utils/ is pure code shared by the extension and the CLI: it imports no browser, UI, CLI or test code.',
    },
    {
      regex: '^(wxt|#imports$|#i18n$|webextension-polyfill$|@webext-core/)',
      message: 'utils/ never touches browser APIs: take what is needed as an argument (lib/ wires the browser to utils/).',
    },
  ]),
  // Runtimes (docs/ARCHITECTURE.md): a page's scripts, the background and the extension pages
  // share code only through lib/shared/, lib/protocol/ and utils/.
  boundary(['lib/page/**', 'entrypoints/sina.content.ts', 'entrypoints/page-bridge.ts', 'entrypoints/clipper.ts', 'entrypoints/user-rules.ts', 'entrypoints/picker.ts'], [
    {
      regex: intoLib(['background', 'ui']),
      message: 'Code that runs in a web page imports no background or extension-page code: share it through lib/shared/ or lib/protocol/.',
    },
    { regex: into(['components']), message: 'Code that runs in a web page imports no extension-page UI.' },
  ]),
  boundary(['lib/background/**', 'entrypoints/background.ts'], [
    {
      regex: intoLib(['page', 'ui']),
      message: 'The background imports no page or extension-page code: share it through lib/shared/ or lib/protocol/.',
    },
    { regex: into(['components']), message: 'The background has no UI: it imports nothing from components/.' },
  ]),
  boundary(['lib/ui/**', 'components/**', 'entrypoints/popup/**', 'entrypoints/reader/**', 'entrypoints/options/**'], [
    {
      regex: intoLib(['background', 'page']),
      message: 'Extension pages import no background or page code: they talk to it through lib/protocol/.',
    },
  ]),
  boundary(['lib/shared/**', 'lib/protocol/**'], [
    {
      regex: intoLib(['page', 'background', 'ui']),
      message: 'lib/shared/ and lib/protocol/ serve every runtime: they import no runtime folder of lib/.',
    },
    { regex: into(['components']), message: 'lib/shared/ and lib/protocol/ import no UI.' },
  ]),
  boundary(['scripts/**', 'support/**'], [
    { regex: into(['tests']), message: 'scripts/ and support/ import nothing from tests/: shared helpers live in support/.' },
  ]),
);
