/**
 * `import.meta.env.DEV`: true in development (Vite's dev server, Vitest, the browser tests, which
 * define it in web-test-runner.config.mjs), replaced by `false` in the build, where code behind it
 * is dropped. Vite's own client types are not loaded here (tsconfig.json `types`).
 */
interface ImportMetaEnv {
  readonly DEV: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
