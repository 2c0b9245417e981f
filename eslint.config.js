// Lint: TypeScript's recommended rules, plus Lit's and web components' own.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'test/integrations/**',
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'site/**',
      'packages/*/src/generated/**',
      'packages/data/src/types.ts',
      'packages/data/src/schema-meta.ts',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
