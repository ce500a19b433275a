import { breaksLine, type Token } from '../text/tokenize.js';

/**
 * Country abbreviations of sports results: '1. Guidi (It), 2. Van Petegem (Be)', 'Zulle (S)',
 * 'Armstrong (EU)', 'Kylian Mbappé (FRA)'. Written alone, 'It', 'S' or 'EU' are anything; in
 * parentheses right after a person's name in a ranking or a list of such names they are the
 * athlete's country. The table (data/results-codes.tsv) maps each spelling, exactly as written,
 * to an ISO alpha-2 code; ISO alpha-3 codes in capitals ('FRA', 'ITA') count as well.
 */

/** What the rule needs to know besides the tokens. */
export interface ResultsCodeContext {
  /** Spelling as written → alpha-2 code: 'It' → 'IT', 'S' → 'CH', 'GER' → 'DE', 'FRA' → 'FR'. */
  codes: ReadonlyMap<string, string>;
  /** Whether a folded word is the family name of a known person ('pogacar'). */
  isPersonName: (key: string) => boolean;
  /** How many 'Name (CODE)' pairs the document holds (computed once, on demand). */
  pairsInDocument: () => number;
}

/**
 * Parses 'It:IT|S:CH|GER:DE' (src/data/countries.ts) and adds the alpha-3 codes given.
 * @example parseResultsCodes('It:IT|S:CH', [['FRA', 'FR']]).get('S') // 'CH'
 */
export function parseResultsCodes(table: string, alpha3: Iterable<[string, string]> = []): Map<string, string> {
  const codes = new Map<string, string>(alpha3);
  for (const pair of table.split('|')) {
    const [abbr = '', code = ''] = pair.split(':');
    if (abbr && code) codes.set(abbr, code);
  }
  return codes;
}

// Small words inside an athlete's name: 'van Petegem', 'de Muynck', 'Gonzalez-Galdeano'.
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'di', 'da', 'du', 'le', 'la']);

/**
 * The alpha-2 code of the abbreviation at token `i`, when it stands in parentheses after a name in a
 * results context, or undefined.
 * - a ranking: '3. Olano (Esp)', '9. L. Jalabert (Fr)';
 * - a list: the document has two or more 'Name (CODE)' pairs ('Pogacar (Slo) devance Vingegaard (Den)');
 * - a person: a first and a family name ('Tadej Pogacar (Slo)') or a well-known family name ('Pogacar (Slo)').
 * A one-letter code ('Zulle (S)') needs a ranking: 'M. Dupont (S)' is a Swiss socialist.
 * @example resultsCodeAt(prepare('1. Guidi (It), 2. Van Petegem (Be)').tokens, 3, ctx) // 'IT'
 */
export function resultsCodeAt(tokens: readonly Token[], i: number, ctx: ResultsCodeContext): string | undefined {
  const code = codeInParentheses(tokens, i, ctx.codes);
  if (!code) return undefined;
  const run = nameRunBefore(tokens, i - 1);
  if (!run) return undefined;
  const before = tokens[run.start - 1];
  const ranked = before?.text === '.' && isRank(tokens[run.start - 2]);
  if (ranked) return code;
  const abbr = (tokens[i] as Token).text;
  if (abbr.length < 2) return undefined;
  if (ctx.pairsInDocument() >= 2) return code;
  if (abbr.length >= 3 && run.words >= 2) return code;
  return ctx.isPersonName((tokens[i - 2] as Token).key) ? code : undefined;
}

/**
 * How many 'Name (CODE)' pairs the tokens hold: a list of results has several.
 * @example countResultsPairs(prepare('Pogacar (Slo) et Vingegaard (Den)').tokens, codes) // 2
 */
export function countResultsPairs(tokens: readonly Token[], codes: ReadonlyMap<string, string>): number {
  let n = 0;
  for (let k = 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).text !== '(') continue;
    const prev = tokens[k - 1] as Token;
    if (prev.kind === 'word' && prev.cap && codeInParentheses(tokens, k + 1, codes)) n++;
  }
  return n;
}

/** '(It)', '(It, bonif. 12")', '(FRA)': the code of token i between '(' and ')' or ','. */
function codeInParentheses(tokens: readonly Token[], i: number, codes: ReadonlyMap<string, string>): string | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || tokens[i - 1]?.text !== '(') return undefined;
  const next = tokens[i + 1]?.text;
  if (next !== ')' && next !== ',') return undefined;
  return codes.get(t.text);
}

/** The capitalised name that ends right before the '(' at `open`: 'Guidi', 'L. Jalabert', 'van Petegem'. */
function nameRunBefore(tokens: readonly Token[], open: number): { start: number; words: number } | undefined {
  let k = open - 1;
  const last = tokens[k];
  if (!last || last.kind !== 'word' || !last.cap) return undefined;
  let words = 0;
  let start = k;
  for (let n = 0; k >= 0 && n < 6; k--, n++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && t.cap) {
      words++;
      start = k;
    } else if (t.kind === 'word' && PARTICLES.has(t.key) && start === k + 1) start = k;
    else if (t.text === '.' && isInitial(tokens[k - 1])) {
      start = k - 1;
      k--;
    } else break;
    if (breaksLine(t)) break;
  }
  return words > 0 ? { start, words } : undefined;
}

/** 'L' of 'L. Jalabert'. */
function isInitial(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && t.text.length === 1;
}

/** '1', '15', '123' before the dot of a ranking. */
function isRank(t: Token | undefined): boolean {
  return !!t && t.kind === 'number' && t.text.length <= 3 && /^\d+$/.test(t.text);
}

/**
 * The first token at index `from` or after it that follows an opening parenthesis ('It' of 'Guidi (It)'),
 * or `tokens.length`: where a results code may stand. `view` is the text the tokens were cut from.
 *
 * Why: the country finder's loop reads only the tokens a name, a demonym or a code may start on, from
 * their word numbers; whether the token before is a '(' is found here in the text by a native search
 * and a binary search of the tokens' offsets, not by reading every token before every word (a text
 * holds a few parentheses, 'Guidi (It)', 'la Banque centrale européenne (BCE)', and hundreds of words).
 * @example afterParenthesis(prepare('1. Guidi (It), 2. Olano (Esp)').tokens, '1. Guidi (It), 2. Olano (Esp)', 0) // 4, the token 'It'
 */
export function afterParenthesis(tokens: readonly Token[], view: string, from: number): number {
  let at = from > 0 ? (tokens[from - 1] as Token).start : 0;
  for (;;) {
    const p = view.indexOf('(', at);
    if (p < 0) return tokens.length;
    const k = tokenStartingAt(tokens, p);
    // (A '(' inside a token, were there one, opens nothing: the token is not '('.)
    if (k >= 0 && k + 1 >= from && (tokens[k] as Token).text === '(') return k + 1;
    at = p + 1;
  }
}

/** The index of the token that starts at offset `offset`, or -1: a binary search of the tokens, which are in order. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = (tokens[mid] as Token).start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
