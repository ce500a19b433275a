/** The longest cue word a pattern may have: its length is a bit of a 32-bit mask. */
const MAX_CUE = 30;

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
 *
 * Nor are the positions where no cue word would end on the spaces before q: a match at p < q is
 * a cue word, then spaces, then its word at q itself (a cue and its spaces never hold the first
 * character of a word match: a digit for a year, 'mai' for a month). Before '2014' in 'Créée en 2014',
 * only 'en' is tried: a cue of 2 characters may begin at 'e' and end at the space; the 'C', 'é' and
 * the other 'e' of 'Créée' are not (the year pattern tried 9 positions a year, now about 1). Case
 * does not change a length: under the `iu` flags, a character matches only characters of the same
 * UTF-16 length (simple case folding keeps the Basic Multilingual Plane), so the cue words' lengths
 * are the lengths of their matches, and the longest bounds how far back a match may begin.
 */
export class AnchoredPattern extends RegExp {
  private readonly whole: RegExp;
  private readonly word: RegExp;
  private readonly lead: number;
  /** Whether a character may begin the cue: before the word, the whole pattern is tried only there. */
  private readonly cueStart: RegExp;
  /**
   * For the characters of Latin scripts, the lengths of the cue words they may begin, one bit each
   * (bit n: a word of n characters): 'e' begins 'en' (2) and 'exercice' (8); 0 where no cue word begins.
   */
  private readonly cueLengthsLatin: Uint32Array;
  /** How many spaces the cue may end with. */
  private readonly spaces: number;

  /**
   * @param cue the pattern's opening part (optional or not), e.g. `(?:(en|depuis)\s{0,3})?`
   * @param word the rest, which starts on the required word, e.g. `(mai|juin)(?![\p{L}\d])`
   * @param cueWords every word the cue's alternations match, as written (a cue matches only one of
   *   them, in any case the flags allow): their lengths and first characters say where a cue may begin
   * @param spaces how many spaces the cue may end with
   * @example new AnchoredPattern('(?:(en|depuis)\\s{0,3})?', '(mai|juin)', ['en', 'depuis'], 3, 'iu').exec('depuis juin')?.[0] // 'depuis juin'
   */
  constructor(cue: string, word: string, cueWords: readonly string[], spaces: number, flags: string) {
    super(cue + word, flags);
    this.whole = new RegExp(cue + word, flags + 'y');
    this.word = new RegExp(word, flags + 'g');
    const longest = Math.max(0, ...cueWords.map((w) => w.length));
    if (longest > MAX_CUE) throw new Error(`gazette: a cue word of ${longest} characters (at most ${MAX_CUE})`);
    this.lead = longest + spaces;
    this.spaces = spaces;
    // (With the pattern's own flags: 'À' begins 'à partir de' when the pattern ignores case.)
    const escape = (c: string) => c.replace(/[\\\]^-]/g, '\\$&');
    const starts = [...new Set(cueWords.map((w) => w[0] ?? ''))];
    const bare = flags.replace(/[gy]/g, '');
    this.cueStart = new RegExp(`^[${starts.map(escape).join('')}]`, bare);
    this.cueLengthsLatin = new Uint32Array(0x250);
    for (const first of starts) {
      const begins = new RegExp(`^[${escape(first)}]`, bare);
      const lengths = cueWords.filter((w) => w[0] === first).reduce((bits, w) => bits | (1 << w.length), 0);
      for (let c = 0; c < 0x250; c++) if (begins.test(String.fromCharCode(c))) this.cueLengthsLatin[c] = (this.cueLengthsLatin[c] as number) | lengths;
    }
  }

  /**
   * Whether a cue may begin at `p` and end somewhere in [`first`, `last`] (the cue's end, before
   * its spaces): a cue word of that length begins with the character at `p`.
   */
  private mayBeCue(text: string, p: number, first: number, last: number): boolean {
    const c = text.charCodeAt(p);
    if (c >= 0x250) return this.cueStart.test(text.slice(p, p + 2));
    const from = Math.max(1, first - p);
    const to = Math.min(MAX_CUE, last - p);
    // The bits from..to of the lengths' mask.
    return from <= to && (((this.cueLengthsLatin[c] as number) >>> from) & ((1 << (to - from + 1)) - 1)) !== 0;
  }

  /** Where the cue may end before a word at q: up to `spaces` whitespace characters back. */
  private cueEndFrom(text: string, q: number): number {
    let e = q;
    while (e > 0 && q - e < this.spaces && isSpace(text.charCodeAt(e - 1))) e--;
    return e;
  }

  override exec(text: string): RegExpExecArray | null {
    let next = 0; // the first position not tried yet
    this.word.lastIndex = 0;
    for (let w = this.word.exec(text); w; w = this.word.exec(text)) {
      const q = w.index;
      const cueEnd = this.cueEndFrom(text, q);
      for (let p = Math.max(next, q - this.lead); p <= q; p++) {
        // Before the word, a match begins with its cue, which ends on the spaces before q.
        if (p < q && !this.mayBeCue(text, p, cueEnd, q)) continue;
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

/** Whether a character is one of `\s` (JavaScript's white space and line terminators). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
