import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// Every regular expression of the library must run in linear time: a super-linear one turns a
// hostile text into a hang. recheck (https://makenowjust-labs.github.io/recheck/) proves each
// one safe, or shows the attack string.
const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));

interface Found { file: string; source: string; flags: string }
function literals(): { found: Found[]; dynamic: string[] } {
  const found: Found[] = [];
  const dynamic: string[] = [];
  for (const file of files(src)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const end = lit.lastIndexOf('/');
        found.push({ file: file.slice(src.length), source: lit.slice(1, end), flags: lit.slice(end + 1) });
      }
      if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') dynamic.push(file.slice(src.length));
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

/**
 * Patterns built at run time (`new RegExp(...)` from word lists): recorded while the library loads
 * and runs over a text that wakes every finder, by wrapping the RegExp constructor. Only those
 * built from gazette's own source are kept (chrono-node's are its own).
 */
async function builtPatterns(): Promise<Found[]> {
  const seen = new Map<string, Found>();
  const Native = RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      // The frame that called `new RegExp` (0: 'Error', 1: this trap): gazette's own code only.
      const caller = new Error().stack?.split('\n')[2] ?? '';
      const where = caller.includes('/src/') && !caller.includes('node_modules') ? caller : undefined;
      if (where) seen.set(`${re.source}/${re.flags}`, { file: where.replace(/^.*\/src\//, '').replace(/[:)].*$/, ''), source: re.source, flags: re.flags });
      return re;
    },
  });
  try {
    const lib = await import('../../src/index.js');
    lib.extract("Le 11 mai prochain, M. Nasser Bourita (Maroc) et l'OTAN à Marrakech ; en 2014, les 23 et 24 mars, au XIVe siècle, à l'automne 2021, hier soir, dans trois jours, du 5 au 7 juin 2022.", { referenceDate: '2022-04-15' });
  } finally {
    globalThis.RegExp = Native;
  }
  return [...seen.values()];
}

describe('regular expressions are linear (recheck)', () => {
  const { found, dynamic } = literals();

  it('finds the literals to check', () => {
    expect(found.length).toBeGreaterThan(20);
  });

  it.each(found.map((f) => [`${f.file}: /${f.source}/${f.flags}`, f] as const))('%s', (_name, f) => {
    const r = checkSync(f.source, f.flags.replace(/[gy]/g, ''), { timeout: 20_000 });
    expect(r.status, r.status === 'vulnerable' ? `attack: ${JSON.stringify(r.attack?.string?.slice(0, 80))}` : '').toBe('safe');
  });

  let built: Found[] = [];
  beforeAll(async () => {
    built = await builtPatterns();
  });

  it('records the patterns built at run time in every file that builds some', () => {
    const files = new Set(built.map((f) => f.file.replace(/\.[jt]s$/, '')));
    expect([...new Set(dynamic)].map((f) => f.replace(/\.ts$/, '')).filter((f) => !files.has(f))).toEqual([]);
  });

  it('patterns built at run time are linear', () => {
    const bad: string[] = [];
    for (const f of built) {
      const r = checkSync(f.source, f.flags.replace(/[gy]/g, ''), { timeout: 20_000 });
      if (r.status !== 'safe') bad.push(`${f.file}: /${f.source}/${f.flags} ${r.status} ${JSON.stringify(r.attack?.string?.slice(0, 60) ?? '')}`);
    }
    expect(bad).toEqual([]);
  }, 300_000);
});
