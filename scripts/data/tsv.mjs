// Small helpers shared by the data generators (build time only, Node).
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedRoot = join(projectRoot, '..', 'shared');

/** Reads a TSV with a header row into objects. */
export function readTsv(path) {
  const [head, ...rows] = readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0);
  const cols = head.split('\t');
  return rows.map((r) => {
    const cells = r.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** Reads a hand-edited TSV without header: '#' lines are comments. */
export function readHandTsv(path) {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
}

export function requireShared(rel) {
  const p = join(sharedRoot, rel);
  if (!existsSync(p)) {
    console.error(`missing ${p}: the generators need ../shared (the generated modules are committed, so users never run them)`);
    process.exit(1);
  }
  return p;
}

/** A TS string literal for data: JSON.stringify escapes what needs escaping. */
export const literal = (s) => JSON.stringify(s);
