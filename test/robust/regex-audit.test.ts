import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CUSTOM_PARSERS } from '../../src/finders/date/parsers.js';

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

// Files that build patterns at run time; their patterns are checked below from the built objects.
const AUDITED_DYNAMIC = new Set(['finders/date/parsers.ts']);

describe('regular expressions are linear (recheck)', () => {
  const { found, dynamic } = literals();

  it('finds the literals to check', () => {
    expect(found.length).toBeGreaterThan(20);
  });

  it.each(found.map((f) => [`${f.file}: /${f.source}/${f.flags}`, f] as const))('%s', (_name, f) => {
    const r = checkSync(f.source, f.flags.replace(/[gy]/g, ''), { timeout: 20_000 });
    expect(r.status, r.status === 'vulnerable' ? `attack: ${JSON.stringify(r.attack?.string?.slice(0, 80))}` : '').toBe('safe');
  });

  it('every pattern built at run time comes from an audited file', () => {
    expect([...new Set(dynamic)].filter((f) => !AUDITED_DYNAMIC.has(f))).toEqual([]);
  });

  it.each(CUSTOM_PARSERS.map((p, i) => [i, p] as const))('date parser %i', (_i, p) => {
    const re = p.pattern({} as never);
    const r = checkSync(re.source, re.flags.replace(/[gy]/g, ''), { timeout: 20_000 });
    expect(r.status, r.status === 'vulnerable' ? `attack: ${JSON.stringify(r.attack?.string?.slice(0, 80))}` : '').toBe('safe');
  });
});
