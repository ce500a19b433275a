import { fold, makeView } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';

/**
 * A multi-word lexicon looked up over tokens, accent-, case- and hyphen-insensitive:
 * 'Grande Bretagne', 'Grande-Bretagne' and 'GRANDE-BRETAGNE' all hit the entry
 * 'Grande-Bretagne'. Lookups are `Map` gets on folded keys, so words such as
 * '__proto__' or 'constructor' in the text are ordinary misses.
 */
export class PhraseIndex<V> {
  private readonly entries = new Map<string, V[]>();
  private readonly firstWords = new Set<string>();
  private maxWords = 1;

  /** Adds a phrase ('Côte d'Ivoire') with its value. */
  add(phrase: string, value: V): void {
    const key = phraseKey(phrase);
    if (!key) return;
    const list = this.entries.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.entries.set(key, [value]);
    this.firstWords.add(firstWord(key));
    this.maxWords = Math.max(this.maxWords, key.split(' ').length);
  }

  /** The values of an exact phrase, or undefined. */
  get(phrase: string): V[] | undefined {
    return this.entries.get(phraseKey(phrase));
  }

  /** Whether some phrase starts with this token's first word (a cheap pre-check). */
  mayStartAt(token: Token): boolean {
    return this.firstWords.has(firstWord(token.key));
  }

  /**
   * Every phrase that starts at token `i`, longest first. Phrases never cross a line break.
   * @returns matches as [index after the last token, values]
   */
  matchAt(tokens: readonly Token[], i: number): Array<{ end: number; values: V[] }> {
    const first = tokens[i];
    if (!first || !this.firstWords.has(firstWord(first.key))) return [];
    const found: Array<{ end: number; values: V[] }> = [];
    let key = '';
    let words = 0;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j];
      if (!t) break;
      if (j > i && t.spaceBefore.indexOf('\n') >= 0) break;
      key = j === i ? t.key : key + ' ' + t.key;
      words += t.key.split(' ').length;
      if (words > this.maxWords) break;
      const hit = this.entries.get(key);
      if (hit) found.push({ end: j + 1, values: hit });
    }
    return found.reverse();
  }

  get size(): number {
    return this.entries.size;
  }
}

function firstWord(key: string): string {
  const sp = key.indexOf(' ');
  return sp < 0 ? key : key.slice(0, sp);
}

/** The key of a phrase: its tokens' keys joined by spaces ('Côte d’Ivoire' → "cote d' ivoire"). */
export function phraseKey(phrase: string): string {
  return tokenize(makeView(phrase)).map((t) => t.key).join(' ') || fold(phrase);
}
