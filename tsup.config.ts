import { defineConfig, type Options } from 'tsup';

const library: Options = {
  entry: { index: 'src/index.ts' },
  dts: true,
  sourcemap: false,
  treeshake: true,
  target: 'es2020',
  platform: 'neutral',
  splitting: false,
};

// The CLI imports the library as '../index.js' and stays a thin Node-only layer: the import
// is kept as written, so dist/cli/main.js loads dist/index.js instead of bundling a copy.
const libraryStaysExternal = {
  name: 'library-stays-external',
  setup(build: { onResolve: (o: { filter: RegExp }, f: (a: { path: string }) => { path: string; external: boolean }) => void }) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// `npm run build` empties dist/ first (the configs run in parallel, so none of them cleans).
export default defineConfig([
  // ESM + CJS with their own declaration files (.d.ts / .d.cts), so that `types` resolve
  // for both `import` and `require` (checked by publint and @arethetypeswrong/cli).
  { ...library, format: ['esm'] },
  // franc-min (for analyze) is ESM-only: the CJS build carries it, so `require('gazette')`
  // works on every Node version in `engines`, not only on those that can require ESM.
  { ...library, format: ['cjs'], noExternal: ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'] },
  {
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    target: 'node18',
    platform: 'node',
    splitting: false,
    esbuildPlugins: [libraryStaysExternal],
  },
]);
