import { defineConfig } from 'tsup';

// ESM + CJS with their own declaration files (.d.ts / .d.cts), so that `types` resolve
// for both `import` and `require` (checked by publint and @arethetypeswrong/cli).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  target: 'es2020',
  platform: 'neutral',
  splitting: false,
});
