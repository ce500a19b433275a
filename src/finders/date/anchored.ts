/**
 * A date parser's pattern found from its required word, with the same matches as the whole pattern.
 *
 * Why: the date reader runs each parser's pattern over every sentence it reads. A pattern that opens on a
 * cue ('en|depuis|dès|de|…' before a month, a season or a year) lets the regular expression engine
 * try that alternation at nearly every position of the text. Searching for the word the pattern
 * needs ('mai', 'automne', '2014') first is cheap, and the cue can only stand in the few
 * characters before it: the whole pattern is then tried, anchored, at those positions only.
 *
 * Same matches, position for position: a match of `cue? word…` (or `cue word…`) at p has its word
 * at some q with p ≤ q ≤ p + `lead`, where `lead` bounds the cue's length. So every position
 * that may start a match lies in [q − lead, q] for some position q where the word part matches;
 * trying those positions in increasing order, the whole pattern anchored at each, finds the
 * leftmost match, which is what `exec` of the whole pattern returns (same groups, same `index`).
 */
export class AnchoredPattern extends RegExp {
  private readonly whole: RegExp;
  private readonly word: RegExp;
  private readonly lead: number;

  /**
   * @param cue the pattern's opening part (optional or not), e.g. `(?:(en|depuis)\s{0,3})?`
   * @param word the rest, which starts on the required word, e.g. `(mai|juin)(?![\p{L}\d])`
   * @param cueWords the words of the cue's alternations, to bound its length
   * @param spaces how many spaces the cue may end with
   * @example new AnchoredPattern('(?:(en|depuis)\\s{0,3})?', '(mai|juin)', ['en', 'depuis'], 3, 'iu').exec('depuis juin')?.[0] // 'depuis juin'
   */
  constructor(cue: string, word: string, cueWords: readonly string[], spaces: number, flags: string) {
    super(cue + word, flags);
    this.whole = new RegExp(cue + word, flags + 'y');
    this.word = new RegExp(word, flags + 'g');
    // Twice the longest cue word: room for a case-insensitive match of another length.
    this.lead = 2 * Math.max(0, ...cueWords.map((w) => w.length)) + spaces;
  }

  override exec(text: string): RegExpExecArray | null {
    let next = 0; // the first position not tried yet
    this.word.lastIndex = 0;
    for (let w = this.word.exec(text); w; w = this.word.exec(text)) {
      const q = w.index;
      for (let p = Math.max(next, q - this.lead); p <= q; p++) {
        this.whole.lastIndex = p;
        const m = this.whole.exec(text);
        if (m) return m;
      }
      next = q + 1;
      // Word matches may overlap ('20201' holds '2020' at 0 and '2020'-like runs later): look again just after q.
      this.word.lastIndex = q + 1;
    }
    return null;
  }
}
