#!/usr/bin/env node
// CI check (.ci/run, after `npm test`): the built package under Deno, with the Deno of the
// `deno` npm package and no network.
//   1. test/ecosystem/deno/smoke.ts runs (`deno run`) and type-checks (`deno check`) against dist/;
//   2. the code cells of examples/gazette.ipynb, put end to end, do the same, from examples/
//      as the notebook kernel would.
// Both import 'gazette', which Deno resolves through package.json to dist/ and node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
if (!existsSync(`${root}dist/index.js`)) throw new Error('check-deno: run `npm run build` first');
const env = { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', NO_COLOR: '1' };
const offline = ['--no-remote', '--node-modules-dir=manual'];
const deno = (args, cwd = root) => execFileSync('npx', ['--no-install', 'deno', ...args], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });

let checks = 0;
deno(['check', ...offline, 'test/ecosystem/deno/smoke.ts']);
checks++;
deno(['run', ...offline, 'test/ecosystem/deno/smoke.ts']);
checks++;

// The notebook's cells as one module, next to the notebook so that 'article.txt' and
// 'gazette' resolve as they do in the kernel.
const notebook = JSON.parse(readFileSync(`${root}examples/gazette.ipynb`, 'utf8'));
const code = notebook.cells.filter((c) => c.cell_type === 'code').map((c) => [].concat(c.source).join('')).join('\n\n');
const script = `${root}examples/.gazette-notebook.ts`;
writeFileSync(script, `// Generated from gazette.ipynb by scripts/check-deno.mjs; deleted after the check.\n${code}\n`);
try {
  deno(['check', ...offline, '.gazette-notebook.ts'], `${root}examples`);
  checks++;
  execFileSync('npx', ['--no-install', 'deno', 'run', ...offline, '--allow-read=article.txt', '.gazette-notebook.ts'], { cwd: `${root}examples`, env, stdio: ['ignore', 'ignore', 'inherit'] });
  checks++;
} finally {
  rmSync(script, { force: true });
}
console.log(`check-deno: ${checks} passed, 0 failed`);
