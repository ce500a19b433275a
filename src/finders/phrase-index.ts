import { fold, makeView } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';

/**
 * A multi-word lexicon looked up over tokens, accent-, case- and hyphen-insensitive:
 * 'Grande Bretagne', 'Grande-Bretagne' and 'GRANDE-BRETAGNE' all hit the entry
 * 'Grande-Bretagne'. Lookups are `Map` gets on folded keys, so words such as
 * '__proto__' or 'constructor' in the text are ordinary misses.
 */
/** What `matchAt` returns where no phrase starts: one shared empty list, no allocation per token. */
const NO_MATCH: ReadonlyArray<{ end: number; values: never[] }> = Object.freeze([]);

export class PhraseIndex<V> {
  private readonly entries = new Map<string, V[]>();
  /** Every prefix of every key at a word boundary: the scan stops as soon as it leaves them. */
  private readonly prefixes = new Set<string>();
  private maxWords = 1;

  /** Adds a phrase ('Côte d'Ivoire') with its value. */
  add(phrase: string, value: V): void {
    const key = phraseKey(phrase);
    if (!key) return;
    const list = this.entries.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.entries.set(key, [value]);
    const words = key.split(' ');
    for (let n = 1; n <= words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  /** The values of an exact phrase, or undefined. */
  get(phrase: string): V[] | undefined {
    return this.entries.get(phraseKey(phrase));
  }

  /** Whether some phrase starts with this token (a cheap pre-check). */
  mayStartAt(token: Token): boolean {
    return this.prefixes.has(token.key);
  }

  /**
   * Every phrase that starts at token `i`, longest first. Phrases never cross a line break.
   * @returns matches as [index after the last token, values]
   */
  matchAt(tokens: readonly Token[], i: number): ReadonlyArray<{ end: number; values: V[] }> {
    const first = tokens[i];
    // Most tokens start no phrase: answer them without allocating.
    if (!first || !this.prefixes.has(first.key)) return NO_MATCH;
    const found: Array<{ end: number; values: V[] }> = [];
    let key = first.key;
    const last = Math.min(tokens.length, i + this.maxWords);
    for (let j = i; j < last; j++) {
      const t = tokens[j] as Token;
      if (j > i) {
        if (t.spaceBefore.indexOf('\n') >= 0) break;
        key = key + ' ' + t.key;
        if (!this.prefixes.has(key)) break;
      }
      const hit = this.entries.get(key);
      if (hit) found.push({ end: j + 1, values: hit });
    }
    return found.reverse();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The key of a phrase: its tokens' keys joined by spaces ('Côte d’Ivoire' → "cote d' ivoire"). */
export function phraseKey(phrase: string): string {
  return tokenize(makeView(phrase)).map((t) => t.key).join(' ') || fold(phrase);
}
