/**
 * `npm run lint` (part of `npm test`): typescript-eslint, Lit, web components and their
 * accessibility, Prettier's formatting, and the import directions of docs/architecture.md
 * ("Layering rules"), checked by eslint-plugin-boundaries.
 */
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

/** The layers, as docs/architecture.md names them. */
const layers = [
  { type: 'shared', pattern: 'src/shared' },
  { type: 'diagnose', pattern: 'src/diagnose' },
  { type: 'engine', pattern: 'src/engine' },
  { type: 'flows', pattern: 'flows' },
  { type: 'ticket', pattern: 'src/ticket' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'widget', pattern: 'src/widget' },
];

const to = (...types) => ({ to: { element: { types: { anyOf: types } } } });

/** Who may import whom: everything else is refused. */
const layering = [
  // The vocabulary every layer shares imports nothing.
  { from: { element: { type: 'diagnose' } }, allow: to('diagnose', 'shared') },
  // The engine knows neither the flows (the loader is injected) nor the widget.
  { from: { element: { type: 'engine' } }, allow: to('engine', 'diagnose', 'shared') },
  { from: { element: { type: 'flows' } }, allow: to('flows', 'engine', 'shared') },
  // Tickets know no engine internals: the shared vocabulary, and the redactor.
  { from: { element: { type: 'ticket' } }, allow: to('ticket', 'diagnose', 'shared') },
  { from: { element: { type: 'i18n' } }, allow: to('i18n', 'shared') },
  // The widget composes the parts: it renders the engine's views and never reads an answer itself.
  { from: { element: { type: 'widget' } }, allow: to('widget', 'engine', 'ticket', 'i18n', 'flows', 'shared') },
  // …and may name the understanding layer's ids in types (a CauseId in an event's detail).
  { from: { element: { type: 'widget' } }, allow: { ...to('diagnose'), dependency: { kind: 'type' } } },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'custom-elements.json',
      'examples/**/dist/**',
      'src/diagnose/t2s.generated.ts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'flows/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'flows/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layers,
      // `.js` in import paths names the `.ts` source, as TypeScript resolves it.
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layering }],
    },
  },
  {
    rules: {
      // `unknown` and narrowing, not `any`; an unused name may say why with a leading "_".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/browser/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  prettier,
);
