import type { Doc } from '../../text/document.js';
import { breaksLine, type Token } from '../../text/tokenize.js';
import { candidateOf, type OrgCandidate } from './candidate.js';
import { NOT_ORGANIZATION_KINDS, looselyKnown, type OrganizationLexicon } from './lexicon.js';
import { followedByName } from './lexicon-match.js';
import {
  ARTICLES, CAPITAL_HEADS, DIRECT_NAME_HEADS, HEAD_PREFIXES, TRADE_FIRST_HEADS, LOWER_HEADS, NEVER_IN_NAME, NOT_A_COMPLEMENT, OF, isAdjective, isDemonym, looksLikeInfinitive,
} from './words.js';
import { NumberedWords, tokenWordNumbers } from '../vocabulary.js';
import { openingRule, openingsOf } from './openings.js';
import { MONTHS, STATE_NOUNS } from '../place-context.js';

// Heads whose names continue with 'à', 'au', 'aux': 'Commissariat à l'énergie atomique', 'Haut-Commissariat aux réfugiés'.
const TO_HEADS = new Set(['commissariat', 'haut commissariat', 'secretariat', 'delegation']);
// Heads whose names continue with 'contre': 'Ligue contre le cancer', 'Coalition internationale contre Daech'.
const AGAINST_HEADS = new Set(['coalition', 'ligue', 'comite', 'front', 'alliance', 'mouvement', 'collectif', 'centre', 'office']);
// First words of place names of two words, which a bare 'de' takes as a place, not a person:
// 'Université majeure de San Andrés', 'université de São Paulo', 'Cour suprême de New Delhi'.
// Heads of the ensembles an organisation keeps, named after it: 'Orchestre national de Radio France', 'Chœur de Radio France'.
const ENSEMBLE_HEADS = new Set(['orchestre', 'choeur', 'choeurs', 'ballet']);
const PLACE_FIRST_WORDS = new Set(['san', 'santa', 'santo', 'sao', 'saint', 'sainte', 'los', 'las', 'new', 'port', 'puerto', 'porto', 'rio', 'mont', 'ciudad', 'el', 'al', 'nouvelle', 'grand', 'grande', 'costa', 'buenos', 'kuala', 'abou', 'dar', 'addis', 'hong', 'tel']);
// 'la communauté d'agglomération du Pays basque', 'la communauté de communes du Pays de Landerneau', 'la communauté
// urbaine de Dunkerque' (not 'la communauté musulmane de France').
const COMMUNITY_KINDS = new Set(['communes', 'agglomeration', 'urbaine']);
const COMPOUND_NOUN = /^\p{Ll}{3,12}-\p{Ll}{3,12}$/u;
// Words that end a name whatever their case: the start of a new clause, dates, numbers.
const isStop = (t: Token | undefined) => !t || t.kind === 'punct' || t.kind === 'number' || NEVER_IN_NAME.has(t.key) || NOT_A_COMPLEMENT.has(t.key) || /^\d/.test(t.key) || /ieme$/.test(t.key);

/** The lexicon key of tokens [first, last): their keys joined by spaces, as `phraseKey` makes them. */
export function keyOf(tokens: readonly Token[], first: number, last: number): string {
  let k = '';
  for (let i = first; i < last; i++) k += (i > first ? ' ' : '') + (tokens[i] as Token).key;
  return k;
}

/** Where a phrase ends and what it is made of. */
interface Grown {
  last: number;
  /** A capitalised word after the head: 'de [Paris]', '[Harvard]'. */
  hasCapital: boolean;
  /** Adjectives, names and complements after the head. */
  modifiers: number;
}

/**
 * Names built on a head noun with French capitalisation: 'Banque centrale européenne',
 * 'Cour internationale de justice', 'Croix-Rouge libanaise', 'ministère de l'Intérieur',
 * 'tribunal correctionnel de Paris', 'université Harvard', 'Parti communiste chinois'.
 * A following place or clause stays out: 'le [Conseil européen] se réunira à Bruxelles'.
 * @example findPhraseOrganizations(prepare('le Conseil européen se réunira à Bruxelles'), organizationLexicon()) // Conseil européen
 */
export function findPhraseOrganizations(doc: Doc, lex: OrganizationLexicon): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { tokens } = doc;
  // Only where a head or a prefix stands (openings.ts); a name found takes its tokens ('resume').
  let resume = 0;
  for (const i of openingsOf(tokens, PHRASE_STARTS)) {
    if (i < resume) continue;
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || (doc.header && t.start < doc.header.end)) continue;
    const found = phraseAt(tokens, i, lex);
    if (!found) continue;
    const key = keyOf(tokens, i, found.last);
    const known = lex.byKey.get(key) ?? looselyKnown(lex, key);
    // Competitions and facilities built like names: 'Ligue des champions', 'Centre spatial guyanais'.
    if (known && NOT_ORGANIZATION_KINDS.has(known.kind ?? '')) {
      resume = found.last;
      continue;
    }
    const lower = !t.cap;
    // A capitalised head first in its sentence may be an ordinary word ('Centre de loisirs…').
    // (Two modifiers make it a name again: 'Commission électorale nationale indépendante'.)
    if (t.sentenceStart && !found.hasCapital && !known && found.modifiers < 2) continue;
    out.push(candidateOf(doc, i, found.last, known, lower || !t.sentenceStart ? 0.86 : 0.75, 'organization/phrase'));
    resume = found.last;
  }
  return out;
}

/** The words a name phrase may open on: its heads, and the prefixes before a head ('Haut Conseil'). */
const OPENS_PHRASE = new NumberedWords([...HEAD_PREFIXES, ...CAPITAL_HEADS, ...LOWER_HEADS]);
const PHRASE_STARTS = /* @__PURE__ */ openingRule(() => [{ words: [...HEAD_PREFIXES, ...CAPITAL_HEADS, ...LOWER_HEADS] }]);

/**
 * The name phrase that starts at token `i`, if a head noun starts one there.
 * @returns the token index after its last word, or null
 */
export function phraseAt(tokens: readonly Token[], i: number, lex: OrganizationLexicon): Grown | null {
  // A phrase opens on a head ('Conseil', 'ministère') or a prefix before one ('Haut Conseil'): most
  // tokens are none, and are answered by their number before the token is read.
  if (!OPENS_PHRASE.at(tokens, tokenWordNumbers(tokens), i)) return null;
  const first = tokens[i] as Token;
  // 'Olivier Le Cour Grandmaison': after a capitalised particle, the head is part of a person's name.
  const before = tokens[i - 1];
  if (before && before.cap && !before.sentenceStart && (before.key === 'le' || before.key === 'la' || before.key === 'de' || before.key === 'du')) return null;
  let h = i;
  if (first.cap && HEAD_PREFIXES.has(first.key)) {
    const next = tokens[i + 1];
    if (next && (CAPITAL_HEADS.has(next.key) || LOWER_HEADS.has(next.key)) && !breaksLine(next)) h = i + 1;
    else return null;
  }
  const head = tokens[h] as Token;
  const capital = first.cap;
  if (!capital && head.key === 'communaute') {
    const kind = tokens[h + 1]?.key === 'urbaine' ? tokens[h + 1] : tokens[h + 2];
    if (!kind || !COMMUNITY_KINDS.has(kind.key)) return null;
  }
  if (head.upper) return null; // 'TRIBUNAL DE MADRID': a heading in capitals
  if (capital ? !CAPITAL_HEADS.has(head.key) : !LOWER_HEADS.has(head.key)) return null;
  const g = grow(tokens, i, h, lex, capital);
  if (!g) return null;
  return g;
}

function grow(tokens: readonly Token[], start: number, h: number, lex: OrganizationLexicon, capital: boolean): Grown | null {
  const headKey = (tokens[h] as Token).key;
  let j = h + 1;
  let last = h + 1;
  let modifiers = h > start ? 1 : 0; // 'Grand Musée égyptien': the prefix counts
  let complements = 0;
  let demonym = false;
  let lastCapEnd = -1; // after the last capitalised word and its adjectives (lower-case heads end there)
  let prevComplementCapital: boolean | null = null;
  let prevComplementArticle = false;
  const known = (end: number) => lex.byKey.has(keyOf(tokens, start, end));
  // A complete name, which a capitalised complement does not continue ('Rassemblement national [de Bardella]');
  // generic ones do ('Banque centrale de Russie', 'Cour suprême du Brésil').
  const closed = (end: number) => {
    const rec = lex.byKey.get(keyOf(tokens, start, end));
    return !!rec && !rec.flags?.includes('open');
  };
  const lineBreak = (k: number) => { const t = tokens[k]; return !!t && breaksLine(t); };

  // A name right after the head: 'Institut Max-Planck', 'université Harvard', 'Groupe Wagner' (not a
  // code or a letter: 'Force India VJM 05', 'Groupe B').
  let k = j;
  const directName = DIRECT_NAME_HEADS.has(headKey) && (capital || headKey === 'universite');
  while (directName && k < tokens.length && k < j + 3 && !lineBreak(k) && isNameWord(tokens[k]) && !(tokens[k] as Token).upper && (tokens[k] as Token).text.length > 1) k++;
  if (k > j) {
    // 'Université Paris 8', 'université Lyon 3'.
    if (headKey === 'universite' && tokens[k]?.kind === 'number' && tokens[k]?.spaceBefore === ' ') k++;
    last = j = k;
    modifiers++;
    lastCapEnd = k;
    // After a university's own name, 'de' and a town is where it stands: 'l'université Félix-Houphouët-Boigny [d'Abidjan]'.
    const of = tokens[k];
    if (headKey === 'universite' && of && (of.key === 'de' || of.key === "d'") && !of.cap && tokens[k + 1]?.cap) return { last, hasCapital: true, modifiers };
  }
  // A compound noun right after a capitalised head: 'Conseil café-cacao', 'Office franco-québécois' (not 'Cour mi-juin').
  const compound = tokens[j];
  if (capital && j === h + 1 && compound && compound.kind === 'word' && !compound.cap && COMPOUND_NOUN.test(compound.text) && !isStop(compound)) {
    last = j = j + 1;
    modifiers++;
  }
  for (let guard = 0; guard < 12 && j < tokens.length && !lineBreak(j); guard++) {
    // Adjectives: 'centrale européenne', 'constitutionnel', 'communiste chinois'.
    const adj = adjectivesAt(tokens, j, lex, (at) => complements === 0 && !known(at), lastCapEnd === j);
    if (adj.end > j) {
      if (lastCapEnd === j) lastCapEnd = adj.end;
      modifiers += adj.end - j;
      demonym ||= adj.demonym;
      j = last = adj.end;
      continue;
    }
    let c = complementAt(tokens, j, headKey, prevComplementCapital, prevComplementArticle);
    // A list of fields, commas then 'et': 'ministère de l'Économie[, du Commerce et de l'Industrie]'.
    if (!c && prevComplementCapital === true && tokens[j]?.text === ',') {
      const end = commaListEnd(tokens, j, headKey);
      if (end > 0) c = { end, capital: true, bare: false, words: 1, nested: false, article: true };
    }
    if (!c) break;
    // A lower-case 'chambre' is a room unless a trade comes first: 'la chambre d'agriculture des Pyrénées-Orientales',
    // 'la chambre de commerce et d'industrie de Lyon' (not 'la chambre de Marie'); so for the local bodies: 'la
    // fédération départementale des chasseurs de l'Ain', 'l'office de tourisme de Biarritz', 'le syndicat mixte du
    // bassin de la Vilaine' (not 'la fédération de Russie', 'le syndicat de Paris').
    if (!capital && TRADE_FIRST_HEADS.has(headKey) && complements === 0 && modifiers === 0 && c.capital) break;
    // A lower-case 'parquet' is a floor unless a city follows: 'le parquet de Paris', not 'le parquet des Lakers'.
    if (!capital && headKey === 'parquet' && complements === 0 && !(c.capital && c.bare)) break;
    // In a lower-case 'cour', a place is where it stands: 'la cour de l'Élysée' (but 'la cour d'appel de Paris').
    if (!capital && headKey === 'cour' && complements === 0 && j === h + 1 && c.capital) return null;
    if (c.capital) {
      // A part of another organisation is no name of its own: 'le conseil d'administration du FMI'.
      // ('le conseil d'administration de Renault': Renault is a known organisation.)
      if (!capital && (c.nested || (headKey === 'conseil' && lex.byKey.has(keyOf(tokens, c.end - c.words, c.end))))) return null;
      // After a complete name, a capitalised complement is its owner or leader, not its name:
      // 'le Parti communiste chinois de Xi Jinping', 'le Rassemblement national de Bardella'.
      // ('le ministère ukrainien de la Défense' is one name: a lower-case head names nobody's party.)
      // (With an article the complement is a country or a field, not a person: 'l'Institut français [du Portugal]'.)
      if ((demonym && capital && c.bare) || (c.bare && closed(j))) break;
      // Two capitalised words after a bare 'de' are a person far more often than a place: 'le parti de Rahul Gandhi'
      // (not 'Université majeure de San Andrés').
      // An organisation the lexicon knows is an owner whose ensemble the head names: 'l'Orchestre philharmonique de
      // Radio France', 'le Chœur de Radio France'.
      if (c.bare && c.words >= 2 && !PLACE_FIRST_WORDS.has((tokens[c.end - c.words] as Token).key) && !(capital && ENSEMBLE_HEADS.has(headKey) && lex.byKey.has(keyOf(tokens, c.end - c.words, c.end)))) break;
    }
    const tight = !c.capital && c.bare && lastCapEnd === j; // 'des Chemins [de fer]'
    j = last = c.end;
    modifiers++;
    complements++;
    prevComplementCapital = c.capital;
    prevComplementArticle = c.article ?? prevComplementArticle;
    if (c.capital || tight) lastCapEnd = c.end;
    // The adjectives of a capitalised complement: 'de la Transition écologique', 'des Affaires étrangères'.
    const after = adjectivesAt(tokens, j, lex, () => false, c.capital);
    if (after.end > j) {
      j = last = after.end;
      if (c.capital) lastCapEnd = after.end;
    }
  }
  if (!modifiers) return null;
  // A chamber of trade is named by its territory, written right after the trades: 'la chambre de commerce et
  // d'industrie Lyon Métropole Saint-Étienne Roanne', 'la CCI Paris Île-de-France' (its towns and regions, not a person).
  if (headKey === 'chambre' && prevComplementCapital === false && complements >= 1) {
    const end = territoryAfter(tokens, last);
    if (end > last) last = lastCapEnd = end;
  }
  // A capitalised word right after the phrase: a longer name it does not parse ('Centre spatial Kennedy').
  if (followedByName(tokens, last) && !(tokens[last] as Token).upper) return null;
  // A head and a demonym alone are the head and a country: 'la présidente du Conseil italien'.
  if (modifiers === 1 && demonym) return null;
  if (!capital) {
    if (lastCapEnd < 0) return null;
    last = lastCapEnd;
  }
  return { last, hasCapital: lastCapEnd >= 0, modifiers };
}

/**
 * The end of the capitalised words of a territory from `k` ('Lyon Métropole Saint-Étienne Roanne', "Provence-Alpes-Côte
 * d'Azur"), hyphens and "d'" inside, at most eight tokens on the line; `k` when there is none or it runs into a
 * person's first name is not tested here (the trades before it make it a chamber's).
 */
function territoryAfter(tokens: readonly Token[], k: number): number {
  let end = k;
  for (let j = k; j < tokens.length && j < k + 8; j++) {
    const t = tokens[j] as Token;
    if (breaksLine(t)) break;
    if (t.kind === 'word' && t.cap && !t.upper && !NEVER_IN_NAME.has(t.key)) {
      end = j + 1;
      continue;
    }
    // 'Saint-Étienne', "Côte d'Azur": a joiner only between two capitalised words.
    if (j > k && ((t.text === '-' && t.spaceBefore === '') || t.key === "d'") && tokens[j + 1]?.cap) continue;
    break;
  }
  return end;
}

/**
 * The end of ', du Commerce et de l'Industrie' from the comma at `j`: capitalised complements
 * after commas, the last after 'et', or -1 (two names in a row stay apart: 'le ministère de
 * l'Intérieur, de la Justice' without 'et' is no name of its own).
 */
function commaListEnd(tokens: readonly Token[], j: number, headKey: string): number {
  let k = j;
  for (let n = 0; n < 4 && tokens[k]?.text === ','; n++) {
    const c = complementAt(tokens, k + 1, headKey, true, true);
    if (!c || !c.capital) return -1;
    k = c.end;
  }
  if (tokens[k]?.key !== 'et') return -1;
  const last = complementAt(tokens, k, headKey, true, true);
  return last && last.capital ? last.end : -1;
}

/**
 * 'milieu' is a field, not a time, when an adjective follows it: 'Fédération … pour la pêche et la protection du
 * milieu aquatique' (but 'le Conseil des ministres du milieu de semaine').
 */
function isFieldMilieu(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]?.key === 'milieu' && !!next && next.kind === 'word' && !next.cap && next.spaceBefore === ' ' && FIELD_ADJECTIVE.test(next.key);
}
const FIELD_ADJECTIVE = /^(?:aquatique|naturel|naturels|marin|rural|urbain|associatif|carceral|hospitalier|scolaire|agricole|forestier|professionnel|medical|medico social)$/;

/** A capitalised word that can be (part of) a name: not a function word, a weekday or a month. */
function isNameWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && !isStop(t) && !ARTICLES.has(t.key) && !CAPITAL_HEADS.has(t.key);
}

/**
 * Adjectives from `j`: returns the index after them and whether one was a demonym. A demonym is
 * taken only when `demonymOk` (right after the head, and what precedes is not a complete known
 * name: 'Parti communiste [chinois]' but 'la [Réserve fédérale] américaine'), or after a state
 * noun ('République [argentine]').
 */
function adjectivesAt(tokens: readonly Token[], j: number, lex: OrganizationLexicon, demonymOk: (k: number) => boolean, afterCapital: boolean): { end: number; demonym: boolean } {
  let k = j;
  let demonym = false;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if ((breaksLine(t)) || t.kind !== 'word' || NEVER_IN_NAME.has(t.key) || NOT_A_COMPLEMENT.has(t.key)) break;
    if (!isAdjective(t, lex.demonyms)) break;
    if (isDemonym(t, lex.demonyms)) {
      const prev = tokens[k - 1];
      const stateNoun = afterCapital && prev && STATE_NOUNS.has(prev.key);
      if (!demonymOk(k) && !stateNoun) break;
      if (!stateNoun) demonym = true;
    }
    k++;
    if (k - j >= 3) break;
  }
  return { end: k, demonym };
}

/**
 * One complement from `j`: 'de Paris', 'de l'Intérieur', 'des risques', 'pour la sauvegarde',
 * 'et de réduction', 'à l'énergie', 'contre les criminalités'.
 */
interface Complement {
  end: number;
  capital: boolean;
  /** No article: 'de Paris', not 'de la Santé'. */
  bare: boolean;
  /** Capitalised words in it. */
  words: number;
  /** It starts with another organisation: 'du FMI', "de l'Agence internationale…". */
  nested: boolean;
  /** It has an article ('pour la surveillance'): a coordination may repeat one ('et la prévention'). */
  article?: boolean;
}

const ROLE_OPENERS = new Set(['ancien', 'ancienne', 'nouveau', 'nouvelle', 'actuel', 'actuelle', 'futur', 'future', 'defunt', 'defunte']);

function complementAt(tokens: readonly Token[], j: number, headKey: string, prevCapital: boolean | null, prevArticle: boolean): Complement | null {
  let k = j;
  let p = tokens[k];
  if (!p) return null;
  let coordinated = false;
  if (p.key === 'et') {
    // 'de gestion et de réduction', 'du Tourisme et des Antiquités': only after a complement.
    if (prevCapital === null) return null;
    coordinated = true;
    p = tokens[++k];
    if (!p) return null;
    // 'pour la surveillance et la prévention des maladies', "pour l'alimentation et l'agriculture".
    const w = tokens[k + 1];
    if (ARTICLES.has(p.key) && prevArticle && prevCapital === false && w && w.kind === 'word' && !w.cap && !isStop(w)) {
      return { end: k + 2, capital: false, bare: false, words: 0, nested: false };
    }
  }
  let needArticleOrCapital = false;
  // 'Mouvement du 23 mars', 'Coalition du 14 Mars': a date that names a movement.
  if (p.key === 'du' && tokens[k + 1]?.kind === 'number' && MONTHS.has(tokens[k + 2]?.key ?? '')) {
    return { end: k + 3, capital: false, bare: true, words: 0, nested: false };
  }
  if (OF.has(p.key)) {
    k++;
  } else if (p.key === 'pour' || p.key === 'contre' || ((p.key === 'a' || p.key === 'au' || p.key === 'aux') && TO_HEADS.has(headKey))) {
    // 'pour la sauvegarde de la patrie', 'pour l'enfance'; never 'pour les Petes de Peterborough'.
    if (p.key === 'pour' && tokens[k + 2]?.cap) return null;
    // An association is named for what it fights, right after its head: 'Association française contre les myopathies'.
    if (p.key === 'contre' && !(AGAINST_HEADS.has(headKey) || tokens[k - 1]?.key === 'lutte' || (prevCapital === null && headKey === 'association'))) return null;
    needArticleOrCapital = p.key !== 'au' && p.key !== 'aux';
    k++;
  } else return null;
  let hasArticle = false;
  const art = tokens[k];
  if (art && ARTICLES.has(art.key) && (p.key === 'de' || p.key === 'pour' || p.key === 'contre' || p.key === 'a')) {
    hasArticle = true;
    k++;
  }
  const w = tokens[k];
  // 'la loi' after a name is a text ('le Conseil constitutionnel [de la loi] immigration'), but the field of a
  // lower-case complement before it: "la Direction de l'application de la loi".
  const ofLaw = !!w && !w.cap && hasArticle && prevCapital === false && (w.key === 'loi' || w.key === 'lois');
  // A capitalised word after the preposition is a name even when it spells a little word: "de l'Est".
  if (!w || w.kind !== 'word' || (w.cap ? NOT_A_COMPLEMENT.has(w.key) : isStop(w) && !isFieldMilieu(tokens, k) && !ofLaw) || (breaksLine(w))) return null;
  if (w.cap) {
    // A capitalised complement: 'de Paris', "de l'Intérieur", 'de la République', 'des Nations unies'.
    if (w.upper && coordinated) return null; // 'de l'UE et de l'OTAN' are two organisations
    let e = k + 1;
    while (e < tokens.length && e < k + 4 && isNameWord(tokens[e]) && !(tokens[e] as Token).upper && (tokens[e] as Token).spaceBefore === ' ') e++;
    if (coordinated && prevCapital === false) return null;
    return { end: e, capital: true, bare: !hasArticle && (p.key === 'de' || p.key === "d'"), words: e - k, nested: w.upper || CAPITAL_HEADS.has(w.key), article: hasArticle };
  }
  // A lower-case complement: 'de gestion', 'des risques', 'de la santé', 'pour la sauvegarde'.
  if (needArticleOrCapital && !hasArticle) return null;
  // 'transports en commun': the fixed phrase belongs to its noun ('Société d'économie mixte des transports en commun
  // de l'agglomération nantaise'); a bare 'en' otherwise ends the name.
  const fixed = tokens[k + 1]?.key === 'en' && tokens[k + 2]?.key === 'commun' ? 2 : 0;
  if (!hasArticle && (p.key === 'de' || p.key === "d'") && looksLikeInfinitive(w.key)) return null;
  // 'le Centre démocratique de l'ancien président Álvaro Uribe': a singular 'ancien', 'nouveau' or 'actuel' opens
  // a role, its holder's, not the name's field (the plural stays: 'Union nationale des anciens combattants').
  if (ROLE_OPENERS.has(w.key) && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]?.cap) return null;
  if (coordinated && prevCapital === true) return null;
  return { end: k + 1 + fixed, capital: false, bare: !hasArticle, words: 0, nested: false, article: hasArticle || p.key === 'du' || p.key === 'des' };
}
