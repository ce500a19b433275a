// Bundle sizes a browser user pays: esbuild (platform browser, minified, ESM) bundling dist/index.js
// for one import, then gzip (level 9). Each generated data module of src/data is measured alone:
// it is what the lazy tables weigh.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root } from './text.mjs';

async function bundle(options) {
  const r = await build({ bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', target: 'es2020', ...options });
  const code = r.outputFiles[0].contents;
  return { code: r.outputFiles[0].text, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

/**
 * The bundle of `import { name } from 'gazette'` (dist/index.js), tree-shaken, minified.
 * @returns {Promise<{ code: string, minified: number, gzipped: number }>}
 */
export const importOf = (name) => bundle({ stdin: { contents: `export { ${name} } from './dist/index.js';`, resolveDir: root, loader: 'js' } });

export async function measureSizes() {
  const imports = [];
  for (const name of ['extract', 'findDates']) {
    const { minified, gzipped } = await importOf(name);
    imports.push({ import: `{ ${name} }`, minified, gzipped });
  }
  const dataDir = join(root, 'src/data');
  const data = [];
  for (const f of readdirSync(dataDir).filter((f) => f.endsWith('.ts')).sort()) {
    const { minified, gzipped } = await bundle({ entryPoints: [join(dataDir, f)] });
    data.push({ module: `src/data/${f}`, minified, gzipped });
  }
  return { imports, data };
}
