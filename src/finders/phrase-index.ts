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
  // Every proper word-prefix of a phrase ('cote', "cote d'" for "cote d' ivoire"): a scan stops
  // as soon as its key is the start of no phrase, so a common first word ('la' of 'La Haye',
  // 'de' of 'de Gaulle') costs one or two lookups, not a key built over the longest phrase.
  private readonly prefixes = new Set<string>();

  /** Adds a phrase ('Côte d'Ivoire') with its value. */
  add(phrase: string, value: V): void {
    const key = phraseKey(phrase);
    if (!key) return;
    const list = this.entries.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.entries.set(key, [value]);
    this.firstWords.add(firstWord(key));
    for (let sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) this.prefixes.add(key.slice(0, sp));
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
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j];
      if (!t) break;
      if (j > i && t.spaceBefore.indexOf('\n') >= 0) break;
      key = j === i ? t.key : key + ' ' + t.key;
      const hit = this.entries.get(key);
      if (hit) found.push({ end: j + 1, values: hit });
      if (!this.prefixes.has(key)) break;
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
