import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import { recordValue, type OrgCandidate } from './candidate.js';
import type { OrganizationRecord } from './lexicon.js';
import { openingRule, openingsOf } from './openings.js';

/**
 * Country words for naming a national body: the folded one-word names and demonyms of every
 * country ('inde', 'indienne', 'etats unis', 'americains') → its alpha-2 code, and each code's
 * name with its preposition ('IN' → "de l'Inde", 'US' → 'des États-Unis').
 */
export interface NationalWords {
  codeOf: ReadonlyMap<string, string>;
  ofCountry: ReadonlyMap<string, string>;
}

// Generic names of bodies every country has, which the press writes without the country when the
// article is about one: 'la Commission électorale' of an Indian election is the Commission électorale
// de l'Inde, 'la Cour suprême' of an American case the Cour suprême des États-Unis.
const NATIONAL_BODIES = new Set(['Cour suprême', 'Cour constitutionnelle', 'Commission électorale', 'Banque centrale', 'Haute Cour']);

// Country names ending in -e that are masculine ('du Mexique') and names that take no article ('de Cuba', "d'Israël").
const MASCULINE_IN_E = new Set(['Mexique', 'Cambodge', 'Mozambique', 'Zimbabwe', 'Belize', 'Suriname', 'Libéria', 'Liberia']);
const NO_ARTICLE = new Set(['Israël', 'Cuba', 'Madagascar', 'Singapour', 'Monaco', 'Malte', 'Chypre', 'Bahreïn', 'Oman', 'Haïti', 'Taïwan', 'Djibouti', 'Maurice', 'Sainte-Lucie', 'Saint-Marin', 'Andorre', 'Hong Kong', 'Macao', 'Porto Rico', 'Trinité-et-Tobago', 'Antigua-et-Barbuda', 'Saint-Kitts-et-Nevis', 'Sao Tomé-et-Principe', 'Nauru', 'Tuvalu', 'Kiribati', 'Vanuatu', 'Samoa', 'Tonga', 'Fidji', 'Palaos', 'Bahamas']);

/**
 * "de l'Inde", 'du Brésil', 'des États-Unis', 'de la Russie', "d'Israël", 'de Cuba': the
 * complement that names a country after a body.
 * @example ofCountryName('Inde') // "de l'Inde"
 */
export function ofCountryName(name: string): string {
  const vowel = /^[AEIOUYÉÈÊÎÏÔÂ]/u.test(name);
  if (NO_ARTICLE.has(name)) return vowel ? `d'${name}` : `de ${name}`;
  if (/s$/.test(name) && !/^(?:Laos|Honduras|Belarus)$/.test(name)) return `des ${name}`;
  if (vowel) return `de l'${name}`;
  return /e$/.test(name) && !MASCULINE_IN_E.has(name) ? `de la ${name}` : `du ${name}`;
}

/**
 * The country words of a country table: names of one token and demonyms of every gender and number.
 * @example buildNationalWords([{ code: 'IN', name: 'Inde', demonyms: [['indien', 'indienne']] }], fold).ofCountry.get('IN') // "de l'Inde"
 */
export function buildNationalWords(
  countries: ReadonlyArray<{ code: string; name: string; independent?: boolean; demonyms: ReadonlyArray<readonly [string, string]> }>,
  key: (s: string) => string,
): NationalWords {
  const codeOf = new Map<string, string>();
  const ofCountry = new Map<string, string>();
  for (const c of countries) {
    if (c.independent === false) continue;
    ofCountry.set(c.code, ofCountryName(c.name));
    codeOf.set(key(c.name), c.code);
    for (const [m, f] of c.demonyms) for (const d of [m, f, `${m}s`, `${f}s`]) if (d && !codeOf.has(key(d))) codeOf.set(key(d), c.code);
  }
  return { codeOf, ofCountry };
}

/**
 * Gives a generic national body the country the document is about (and an assembly the country of
 * the demonym after it, see nameChambers): the demonym right after it
 * ('la Cour suprême indienne' → "Cour suprême de l'Inde"), else the one foreign country the
 * document names most (twice at least, more than France and more than any other): 'la Commission
 * électorale' of an article on India's election. Names the document completed stay as they are.
 * @example nameNationalBodies(prepare('En Inde, la Commission électorale… l'Inde…'), found, words, (n) => lex.byKey.get(phraseKey(n)))
 */
export function nameNationalBodies(doc: Doc, candidates: readonly OrgCandidate[], words: NationalWords, known: (name: string) => OrganizationRecord | undefined): OrgCandidate[] {
  const found = nameChambers(doc, candidates, words, known);
  if (!found.some((c) => NATIONAL_BODIES.has(c.value.name) && c.generic)) return found;
  const { tokens } = doc;
  const counts = new Map<string, number>();
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const code = words.codeOf.get(t.key);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let top = '';
  let best = 0;
  let tie = false;
  for (const [code, n] of counts) {
    if (n > best) [top, best, tie] = [code, n, false];
    else if (n === best) tie = true;
  }
  const main = top && top !== 'FR' && best >= 2 && !tie ? top : '';
  return found.map((c) => {
    if (!c.generic || !NATIONAL_BODIES.has(c.value.name)) return c;
    const next = tokens[c.last] as Token | undefined;
    const code = (next && next.kind === 'word' && !next.cap ? words.codeOf.get(next.key) : undefined) ?? main;
    const of = code ? words.ofCountry.get(code) : undefined;
    if (!of) return c;
    // A body the lexicon knows by that name keeps its record: 'Cour suprême des États-Unis'.
    const name = `${c.value.name} ${of}`;
    const rec = known(name);
    return { ...c, value: rec ? recordValue(rec) : { name }, source: `${c.source}+country` };
  });
}

// Assemblies every country has, named by the demonym after them: 'le Sénat américain', 'le Congrès américain'.
const CHAMBERS = new Set(['senat', 'congres', 'parlement']);
const CHAMBER_WORDS = /* @__PURE__ */ openingRule(() => [{ words: CHAMBERS }]);

/**
 * An assembly followed by a demonym is that country's, when the lexicon knows it by that name: 'le
 * [Sénat] américain' → 'Sénat des États-Unis' (not the French Senate), 'le [Congrès] américain' →
 * 'Congrès des États-Unis'. The demonym stays outside, a country of its own.
 */
function nameChambers(doc: Doc, found: readonly OrgCandidate[], words: NationalWords, known: (name: string) => OrganizationRecord | undefined): OrgCandidate[] {
  const { tokens } = doc;
  // Where the found names start and what they cover, made at the first assembly: most documents name none.
  let byFirst: Map<number, OrgCandidate> | undefined;
  let covered: Uint8Array | undefined;
  const added: OrgCandidate[] = [];
  const changed = new Map<OrgCandidate, OrgCandidate>();
  // Only where an assembly's word stands (openings.ts).
  for (const i of openingsOf(tokens, CHAMBER_WORDS)) {
    if (i >= tokens.length - 1) break;
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (t.kind !== 'word' || !t.cap || !CHAMBERS.has(t.key) || next.kind !== 'word' || next.cap) continue;
    const code = words.codeOf.get(next.key);
    const of = code ? words.ofCountry.get(code) : undefined;
    const rec = of ? known(`${t.text} ${of}`) : undefined;
    if (!rec) continue;
    if (!byFirst || !covered) [byFirst, covered] = [startsOf(found), coverOf(found, tokens.length)];
    const own = byFirst.get(i);
    if (own && own.last === i + 1) changed.set(own, { ...own, value: recordValue(rec), source: `${own.source}+country` });
    else if (!covered[i]) added.push({ first: i, last: i + 1, score: 0.9, source: 'organization/lexicon', value: recordValue(rec) });
  }
  if (!added.length && !changed.size) return [...found];
  return [...found.map((c) => changed.get(c) ?? c), ...added].sort((a, b) => a.first - b.first || b.last - a.last);
}

/** The candidates by their first token. */
function startsOf(found: readonly OrgCandidate[]): Map<number, OrgCandidate> {
  const byFirst = new Map<number, OrgCandidate>();
  for (const c of found) byFirst.set(c.first, c);
  return byFirst;
}

/** 1 for the tokens some candidate covers. */
function coverOf(found: readonly OrgCandidate[], length: number): Uint8Array {
  const covered = new Uint8Array(length);
  for (const c of found) for (let k = c.first; k < c.last; k++) covered[k] = 1;
  return covered;
}
