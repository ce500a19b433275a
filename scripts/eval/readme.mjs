// The README's 'Results' section holds generated blocks between markers
// (<!-- results:NAME:start --> … <!-- results:NAME:end -->): `npm run eval -- --report` writes the
// accuracy table, `npm run bench -- --readme` the speed and size table. Only the block changes;
// the prose around it is ours to edit.
import { readFileSync, writeFileSync } from 'node:fs';

const markers = (name) => [`<!-- results:${name}:start -->`, `<!-- results:${name}:end -->`];

/** The README text with the block `name` replaced by `content`; throws when the markers are missing. */
export function withBlock(readme, name, content) {
  const [open, close] = markers(name);
  const a = readme.indexOf(open);
  const b = readme.indexOf(close);
  if (a < 0 || b < a) throw new Error(`README.md has no ${open} … ${close} block`);
  return readme.slice(0, a + open.length) + '\n' + content.trimEnd() + '\n' + readme.slice(b);
}

/**
 * Writes (or with `check`, compares) a README block.
 * @returns {boolean} whether the README already held this content
 */
export function updateReadmeBlock(path, name, content, { check = false } = {}) {
  const before = readFileSync(path, 'utf8');
  const after = withBlock(before, name, content);
  if (!check && after !== before) writeFileSync(path, after);
  return after === before;
}
