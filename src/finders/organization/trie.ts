import type { Token } from '../../text/tokenize.js';
import { phraseKey } from '../phrase-index.js';

interface Node<V> {
  next: Map<string, Node<V>> | undefined;
  values: V[] | undefined;
}

/**
 * A lexicon of phrases looked up word by word, with the same keys as `PhraseIndex` (accents,
 * case and hyphens folded: 'Croix-Rouge' and 'Croix Rouge' are one entry). A lookup walks only
 * as far as the text follows some entry, so a lexicon of long names ('Organisation des Nations
 * unies pour l'alimentation et l'agriculture') costs nothing at a 'la' that starts none.
 * @example const t = new WordTrie<string>(); t.add('Banque de France', 'BdF'); t.matchAt(prepare('la Banque de France').tokens, 1)
 */
/** What `matchAt` returns where no entry starts: one shared empty list. */
const NO_MATCH: ReadonlyArray<{ end: number; values: never[] }> = Object.freeze([]);

export class WordTrie<V> {
  private readonly root: Node<V> = { next: undefined, values: undefined };

  /** Adds a phrase with its value. */
  add(phrase: string, value: V): void {
    const key = phraseKey(phrase);
    if (!key) return;
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
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
  }

  /**
   * Every phrase that starts at token `i`, longest first; phrases never cross a line break.
   * @returns matches as [index after the last token, values]
   */
  matchAt(tokens: readonly Token[], i: number): ReadonlyArray<{ end: number; values: V[] }> {
    const first = tokens[i];
    // Most tokens start no entry: answer them without allocating.
    if (!first || (first.key.indexOf(' ') < 0 && !this.root.next?.has(first.key))) return NO_MATCH;
    const found: Array<{ end: number; values: V[] }> = [];
    let node: Node<V> | undefined = this.root;
    for (let j = i; j < tokens.length && node; j++) {
      const t = tokens[j] as Token;
      if (j > i && t.spaceBefore.indexOf('\n') >= 0) break;
      const key = t.key;
      if (key.indexOf(' ') < 0) node = node.next?.get(key);
      else for (const w of key.split(' ')) node = node?.next?.get(w);
      if (node?.values) found.push({ end: j + 1, values: node.values });
    }
    return found.reverse();
  }
}
