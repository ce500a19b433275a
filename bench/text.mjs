// The benchmark text: modern French sentences from UD French-GSD and UD French-Sequoia
// (../shared/data/text, read at run time, never copied into the repo: bench-only data, CC BY-SA /
// LGPL-LR) when ../shared exists, else the texts of our own corpus. Sentences are grouped in
// order into article-size pieces (~250 words), the unit a news application passes to extract.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const textDir = join(root, '..', 'shared', 'data', 'text');
const UD_SETS = ['ud-french-gsd', 'ud-french-sequoia'];
const PIECE_WORDS = 250;

/** Words as every library is credited with them: runs of non-space characters. */
export const countWords = (s) => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x202f;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

function udSentences() {
  return UD_SETS.flatMap((set) => readFileSync(join(textDir, set, 'sentences.tsv'), 'utf8').split('\n').slice(1)
    .map((line) => line.split('\t')[2]).filter((s) => s && s.trim()));
}

function corpusParagraphs() {
  return ['dev', 'test'].flatMap((part) => readFileSync(join(root, 'corpus', `${part}.jsonl`), 'utf8').split('\n').filter(Boolean)
    .flatMap((line) => JSON.parse(line).text.split(/\n+/)));
}

/**
 * A piece as an application holds it: decoded on its own, from bytes (a file, a request, JSON).
 * Cut from the whole file's string, a piece of plain French kept that string's two bytes per
 * character whenever the file held one character past Latin-1 anywhere (101 of the 320 pieces
 * without one): the JavaScript engine stores a string decoded on its own in one byte per character
 * when it can, and every library reads such a string faster.
 */
function asReceived(piece) {
  return Buffer.from(piece, 'utf8').toString('utf8');
}

/**
 * The benchmark text as article-size pieces, and where it comes from. `useShared: false` takes
 * the corpus texts even where ../shared exists (what a machine without it measures).
 * @returns {{ source: string, pieces: string[], words: number, chars: number }}
 */
export function loadBenchText({ useShared = true } = {}) {
  const fromShared = useShared && UD_SETS.every((set) => existsSync(join(textDir, set, 'sentences.tsv')));
  const units = fromShared ? udSentences() : corpusParagraphs();
  const pieces = [];
  let current = [];
  let words = 0;
  for (const u of units) {
    current.push(u);
    words += countWords(u);
    if (words >= PIECE_WORDS) {
      pieces.push(asReceived(current.join(fromShared ? ' ' : '\n\n')));
      current = [];
      words = 0;
    }
  }
  if (current.length) pieces.push(asReceived(current.join(fromShared ? ' ' : '\n\n')));
  return {
    source: fromShared ? `UD French-GSD + Sequoia sentences (../shared/data/text), ${units.length} sentences` : `gazette corpus texts (dev + test), ${units.length} paragraphs`,
    pieces,
    words: pieces.reduce((n, p) => n + countWords(p), 0),
    chars: pieces.reduce((n, p) => n + p.length, 0),
  };
}

/** About `words` words of pieces spread evenly over the whole text (every k-th piece). */
export function samplePieces(pieces, words) {
  const total = pieces.reduce((n, p) => n + countWords(p), 0);
  const step = Math.max(1, Math.floor(total / words));
  return pieces.filter((_, i) => i % step === 0);
}

/**
 * One text of at least `bytes` UTF-8 bytes, made of whole pieces (cycled), joined by blank lines:
 * the input of a single extract call on a very long document.
 */
export function concatenated(pieces, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = pieces[i % pieces.length];
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n');
}
