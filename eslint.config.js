import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Product code renders text, never HTML, and never evaluates strings: the extension sits on pages
// where people manage their phone contracts, so these are errors, not style.
const unsafe = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render text with Preact, not HTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text with Preact, not HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text with Preact, not HTML.' },
  { selector: "JSXAttribute[name.name=/^src[dD]oc$/]", message: 'Render text with Preact, not HTML.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval in an extension.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function in an extension.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
];
// The selectors above miss aliases and computed access (`el['innerHTML']`, `window.eval(s)`,
// `const F = Function`); these two rules close those gaps, proven in tests/unit/unsafe-code.test.ts.
const sinkProperties = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc', 'createContextualFragment', 'setHTMLUnsafe', 'writeln', 'eval'];
const unsafeProperties = sinkProperties.map((property) => ({ property, message: 'Render text with Preact; never parse or evaluate strings.' }));
const unsafeGlobals = ['eval', 'Function'].map((name) => ({ name, message: 'No string evaluation in an extension.' }));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'playwright-report/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...unsafe],
      'no-restricted-properties': ['error', ...unsafeProperties],
      'no-restricted-globals': ['error', ...unsafeGlobals],
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
);
