import { WordTrie, phraseKey } from './word-trie.js';

export { phraseKey } from './word-trie.js';
export type { PhraseMatch } from './word-trie.js';

/**
 * A multi-word lexicon looked up over tokens, accent-, case- and hyphen-insensitive:
 * 'Grande Bretagne', 'Grande-Bretagne' and 'GRANDE-BRETAGNE' all hit the entry
 * 'Grande-Bretagne'. Tokens are matched word by word (`WordTrie.matchAt`); a phrase written
 * alone is looked up whole (`get`). Lookups are `Map` gets on folded keys, so words such as
 * '__proto__' or 'constructor' in the text are ordinary misses.
 * @example const idx = new PhraseIndex<string>(); idx.add('Côte d’Ivoire', 'CI'); idx.get("Cote d'Ivoire") // ['CI']
 */
export class PhraseIndex<V> extends WordTrie<V> {
  private readonly entries = new Map<string, V[]>();

  /** Adds a phrase ('Côte d'Ivoire') with its value. */
  override add(phrase: string, value: V): void {
    const key = phraseKey(phrase);
    if (!key) return;
    let list = this.entries.get(key);
    if (!list) {
      // The same list as the word-by-word lookup's: both answer with one array.
      list = this.valuesOf(key);
      this.entries.set(key, list);
    }
    if (!list.includes(value)) list.push(value);
  }

  /** The values of an exact phrase, or undefined. */
  get(phrase: string): V[] | undefined {
    return this.entries.get(phraseKey(phrase));
  }

  get size(): number {
    return this.entries.size;
  }
}
