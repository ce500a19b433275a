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
 * The positions before q where no cue word can begin are not tried: a match there would begin
 * with its word, and the word matches nowhere between the last position tried and q.
 */
export class AnchoredPattern extends RegExp {
  private readonly whole: RegExp;
  private readonly word: RegExp;
  private readonly lead: number;
  /** Whether a character may begin the cue: before the word, the whole pattern is tried only there. */
  private readonly cueStart: RegExp;
  /** `cueStart`'s answers for the characters of Latin scripts, read once. */
  private readonly cueStartLatin: Uint8Array;

  /**
   * @param cue the pattern's opening part (optional or not), e.g. `(?:(en|depuis)\s{0,3})?`
   * @param word the rest, which starts on the required word, e.g. `(mai|juin)(?![\p{L}\d])`
   * @param cueWords the words of the cue's alternations: the longest bounds its length, and a cue
   *   begins only with the first character of one of them
   * @param spaces how many spaces the cue may end with
   * @example new AnchoredPattern('(?:(en|depuis)\\s{0,3})?', '(mai|juin)', ['en', 'depuis'], 3, 'iu').exec('depuis juin')?.[0] // 'depuis juin'
   */
  constructor(cue: string, word: string, cueWords: readonly string[], spaces: number, flags: string) {
    super(cue + word, flags);
    this.whole = new RegExp(cue + word, flags + 'y');
    this.word = new RegExp(word, flags + 'g');
    // Twice the longest cue word: room for a case-insensitive match of another length.
    this.lead = 2 * Math.max(0, ...cueWords.map((w) => w.length)) + spaces;
    // (With the pattern's own flags: 'À' begins 'à partir de' when the pattern ignores case.)
    const starts = [...new Set(cueWords.map((w) => w[0] ?? ''))].join('').replace(/[\]^-]/g, '\\$&');
    this.cueStart = new RegExp(`^[${starts}]`, flags.replace(/[gy]/g, ''));
    this.cueStartLatin = new Uint8Array(0x250);
    for (let c = 0; c < 0x250; c++) this.cueStartLatin[c] = this.cueStart.test(String.fromCharCode(c)) ? 1 : 0;
  }

  /** Whether the cue may begin at `p` (a character no cue word begins with starts no match before the word). */
  private mayStartCue(text: string, p: number): boolean {
    const c = text.charCodeAt(p);
    return c < 0x250 ? this.cueStartLatin[c] === 1 : this.cueStart.test(text.slice(p, p + 2));
  }

  override exec(text: string): RegExpExecArray | null {
    let next = 0; // the first position not tried yet
    this.word.lastIndex = 0;
    for (let w = this.word.exec(text); w; w = this.word.exec(text)) {
      const q = w.index;
      for (let p = Math.max(next, q - this.lead); p <= q; p++) {
        // Before the word, a match begins with its cue: the word matches nowhere between `next` and q.
        if (p < q && !this.mayStartCue(text, p)) continue;
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
