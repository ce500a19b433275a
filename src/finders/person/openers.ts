import type { Token } from '../../text/tokenize.js';
import { SEVERAL_WORDS } from '../vocabulary.js';
import { scratchInt32 } from '../../text/scratch.js';
import { PARTICLE_WORDS, UPPER_RUN, upperRunAfter } from './shape.js';

/**
 * The tokens of a document that may open a name, a mention or an item of a list: the words that are
 * capitalised ('Nasser', 'Le'), particles ('de', 'von', 'al') or hyphenated ('al-Sissi', whose key
 * is of two words). The person finder's passes walk these alone.
 *
 * Why: the finder reads the document three times token by token (the names, the lists of names,
 * the later mentions), and each pass turned most tokens away by the same few looks ('annoncé',
 * 'le', ',' open nothing): some four in five of the tokens of a news text ('Le président Emmanuel
 * Macron a reçu…' has two openers in six words). Every test those passes make of a token first asks
 * one of these three things, so a token left out here is one each of them would turn away.
 */
export class Openers {
  /** The openers' token indices, in order; the first `count` of them. */
  private readonly at: Int32Array;
  private readonly count: number;
  /**
   * Three words in capitals follow one another, words of one letter and punctuation aside
   * ('MACRON REÇOIT SCHOLZ'): a line may be written in capitals (see `shoutingLines`). Read in the
   * same pass, which reads every token: a pass of its own read them all again.
   */
  readonly upperRun: boolean;
  /** Three figures followed by a period ('1. Guidi', '12. Camenzind'): the text may rank names (see `addListedNames`). Read in the same pass. */
  readonly ranking: boolean;
  /** How many openers lie before the last index asked for: the walks only go forward. */
  private passed = 0;

  /**
   * Reads the openers of `tokens`; `numbers` is `tokenWordNumbers(tokens)`.
   * @example new Openers(prepare('Le président Emmanuel Macron a reçu').tokens, numbers) // openers 0, 2, 3
   */
  constructor(tokens: readonly Token[], numbers: Int32Array) {
    const at = scratchInt32(tokens.length);
    let count = 0;
    let run = 0;
    let upperRun = false;
    let figures = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      run = upperRunAfter(run, t);
      if (run >= UPPER_RUN) upperRun = true;
      if (t.kind === 'word') {
        if (t.cap || numbers[i] === SEVERAL_WORDS || PARTICLE_WORDS.at(tokens, numbers, i)) at[count++] = i;
      } else if (t.kind === 'number' && i + 1 < tokens.length && (tokens[i + 1] as Token).text === '.') figures++;
    }
    this.at = at;
    this.count = count;
    this.upperRun = upperRun;
    this.ranking = figures >= 3;
  }

  /**
   * The first opener at token `i` or after it, or `end` when none is left; asked with `i` never
   * smaller than before since the last `restart` ('Le président Emmanuel' from 1: 2).
   * @example openers.from(1, tokens.length) // 2 for 'Le président Emmanuel Macron'
   */
  from(i: number, end: number): number {
    let k = this.passed;
    while (k < this.count && (this.at[k] as number) < i) k++;
    this.passed = k;
    return k < this.count ? (this.at[k] as number) : end;
  }

  /**
   * Starts a new walk from the first token.
   * @example openers.restart()
   */
  restart(): void {
    this.passed = 0;
  }
}
