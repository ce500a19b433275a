import { fold, makeView } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** The key of a phrase: its tokens' keys joined by spaces ('Côte d’Ivoire' → "cote d' ivoire"). */
export function phraseKey(phrase: string): string {
  return tokenize(makeView(phrase)).map((t) => t.key).join(' ') || fold(phrase);
}

interface Node<V> {
  next: Map<string, Node<V>> | undefined;
  values: V[] | undefined;
}

/** A phrase found at a token: the index after its last token, and its values. */
export interface PhraseMatch<V> {
  end: number;
  values: V[];
}

/** What `matchAt` returns where no phrase starts: one shared empty list, no allocation per token. */
const NO_MATCH: ReadonlyArray<PhraseMatch<never>> = Object.freeze([]);

/**
 * A lexicon of phrases looked up word by word over tokens, accent-, case- and hyphen-insensitive
 * ('Croix-Rouge', 'Croix Rouge' and 'CROIX-ROUGE' are one entry). A lookup walks only as far as
 * the text follows some entry, one `Map` get per word on the token's own key: no key is built
 * for the words after the first, which matters because the commonest words open entries ('la'
 * of 'La Paz', 'le' of 'Le Monde', 'à' of 'À Rebours'). Words such as '__proto__' or
 * 'constructor' in the text are ordinary misses.
 * @example const t = new WordTrie<string>(); t.add('Banque de France', 'BdF'); t.matchAt(prepare('la Banque de France').tokens, 1) // [{ end: 4, values: ['BdF'] }]
 */
export class WordTrie<V> {
  private readonly root: Node<V> = { next: undefined, values: undefined };

  /** Adds a phrase with its value. */
  add(phrase: string, value: V): void {
    const key = phraseKey(phrase);
    if (!key) return;
    const values = this.valuesOf(key);
    if (!values.includes(value)) values.push(value);
  }

  /** The list of values of a phrase key, made empty on first use (shared with `PhraseIndex`'s exact lookups). */
  protected valuesOf(key: string): V[] {
    let node = this.root;
    for (const w of key.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) {
        child = { next: undefined, values: undefined };
        node.next.set(w, child);
      }
      node = child;
    }
    return (node.values ??= []);
  }

  /** Whether some phrase starts with this token (a cheap pre-check). */
  mayStartAt(token: Token): boolean {
    return this.step(this.root, token.key) !== undefined;
  }

  /**
   * Every phrase that starts at token `i`, longest first. Phrases never cross a line break.
   * @returns matches as [index after the last token, values]
   */
  matchAt(tokens: readonly Token[], i: number): ReadonlyArray<PhraseMatch<V>> {
    let found: Array<PhraseMatch<V>> | undefined;
    let node: Node<V> | undefined = this.root;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (j > i && t.spaceBefore.indexOf('\n') >= 0) break;
      node = this.step(node, t.key);
      if (!node) break;
      if (node.values) (found ??= []).push({ end: j + 1, values: node.values });
    }
    return found ? found.reverse() : NO_MATCH;
  }

  /** The node after a token's key: one word, or the words of a hyphenated token ('etats unis'). */
  private step(node: Node<V>, key: string): Node<V> | undefined {
    if (key.indexOf(' ') < 0) return node.next?.get(key);
    let n: Node<V> | undefined = node;
    for (const w of key.split(' ')) n = n?.next?.get(w);
    return n;
  }
}
