import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm test` builds first: these pin what the published package gives a user.
const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${root}dist/index.js`) && existsSync(`${root}dist/cli/main.js`);
const text = 'Nasser Bourita, ministre marocain des Affaires étrangères, accueillera le 11 mai prochain à Marrakech ses homologues africains.';

describe.runIf(built)('the package', () => {
  it('gives analyze() to CommonJS users too (franc-min is ESM-only: the CJS build carries it)', () => {
    const out = execFileSync(process.execPath, ['-e', `const { analyze } = require('gazette'); const a = analyze(${JSON.stringify(text)}); console.log(JSON.stringify([a.language.code, a.unique.person[0].key]))`], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['fra', 'Nasser Bourita']);
    expect(readFileSync(`${root}dist/index.cjs`, 'utf8')).not.toMatch(/require\(["']franc-min["']\)/);
  });

  it('keeps Node-only code out of the library entry', () => {
    for (const f of ['dist/index.js', 'dist/index.cjs']) {
      expect(readFileSync(`${root}${f}`, 'utf8')).not.toMatch(/from ["'](node:)?(fs|worker_threads|child_process|readline)["']|require\(["'](node:)?(fs|worker_threads)["']\)/);
    }
  });

  it('reads dates itself: chrono-node is a development dependency, not in the build', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(['franc-min']);
    for (const f of ['dist/index.js', 'dist/index.cjs']) expect(readFileSync(`${root}${f}`, 'utf8')).not.toMatch(/chrono-node|casualReference/);
  });

  it('has a gazette bin that loads the library instead of copying it', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin).toEqual({ gazette: './dist/cli/main.js' });
    const cli = readFileSync(`${root}dist/cli/main.js`, 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(cli).toMatch(/from "\.\.\/index\.js"/);
    expect(cli.length).toBeLessThan(40_000);
  });
});
