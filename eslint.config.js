import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Product code renders text, never HTML, and never evaluates strings: the extension sits on pages
// where people manage their phone contracts, so these are errors, not style.
const unsafe = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render text with Preact, not HTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text with Preact, not HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text with Preact, not HTML.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval in an extension.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function in an extension.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'playwright-report/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...unsafe],
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
