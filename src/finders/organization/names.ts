import type { Doc } from '../../text/document.js';
import { breaksLine, type Token } from '../../text/tokenize.js';
import { candidateOf, type OrgCandidate } from './candidate.js';
import type { OrganizationLexicon } from './lexicon.js';
import { followedByName } from './lexicon-match.js';
import { keyOf } from './phrase.js';
import { NumberedWords, tokenWordNumbers } from '../vocabulary.js';
import { openingRule, openingsOf } from './openings.js';
import { DETERMINERS, wordSet } from '../place-context.js';
import { APPOSITION_CUES, ARTICLES, CAPITAL_HEADS, CLUB_PREFIXES, CUE_FILLERS, NAME_TAILS, NEVER_IN_NAME, NOT_A_COMPLEMENT, OF, isAdjective, looksLikeInfinitive } from './words.js';

const OPENING_QUOTES = new Set(['«', '"', '“']);
const CLOSING_QUOTES = new Set(['»', '"', '”']);
// The joiners a name ending with an organisation word may hold, read backwards from it: 'Bank of America Corporation'.
const JOINS_BACKWARDS = new Set(['of', 'and', '&', 'de', 'du', 'des', "d'", 'for', 'the']);
// Inside a name of several capitalised words: 'Eau et Rivières de Bretagne', 'Moët & Chandon', 'Bank of America'.
const NAME_JOINERS = /* @__PURE__ */ wordSet(() => [...JOINS_BACKWARDS, 'et', 'y', 'del', 'di', 'da', 'do', 'dos', 'la', 'van', 'von', 'al', 'el']);
// Club prefixes that are ordinary words when not written in capitals ('as', 'us', 'sc').
const SHORT_CLUB_PREFIX = /^(?:[A-Z]{2,5}|[A-Z][a-z][A-Z])$/;

/** A capitalised word that may be part of an organisation's name. */
function nameWord(t: Token | undefined): t is Token {
  return !!t && (t.kind === 'word' || t.kind === 'number') && (t.cap || t.kind === 'number' || CAMEL_CASE.test(t.text)) && !NEVER_IN_NAME.has(t.key) && !NOT_A_COMPLEMENT.has(t.key);
}
// A brand written with a lower-case first letter and a capital inside is a name all the same: 'beIN Media Group', 'eBay'.
const CAMEL_CASE = /^\p{Ll}{1,3}\p{Lu}/u;

/**
 * The run of name words from `i`: 'Air India', 'Bavarian Nordic', 'Eau et Rivières de Bretagne'
 * (a joiner only between two capitalised words). Never crosses a line break or a comma.
 * @returns the index after the run (i when there is none)
 */
export function nameRunAt(tokens: readonly Token[], i: number, max = 6): number {
  let j = i;
  let end = i;
  while (j < tokens.length && j < i + max) {
    const t = tokens[j] as Token;
    if (j > i && breaksLine(t)) break;
    if (nameWord(t) && (j === i || t.kind === 'word' || end === j)) {
      j++;
      end = j;
      continue;
    }
    // '&' and joiners between capitalised words ('Moët & Chandon', 'Eau et Rivières de Bretagne'); not an
    // owner's name ('le parti Reconquête d'Éric Zemmour').
    if (j > i && (NAME_JOINERS.has(t.key) || t.text === '&') && !t.cap) {
      let k = j + 1;
      if (ARTICLES.has(tokens[k]?.key ?? '') && !tokens[k]?.cap) k++;
      const of = t.key === 'de' || t.key === "d'" || t.key === 'du';
      if (of && k === j + 1 && nameWord(tokens[k + 1]) && tokens[k + 1]?.kind === 'word') break;
      if (nameWord(tokens[k]) && (tokens[k] as Token).kind === 'word') {
        j = k;
        continue;
      }
    }
    break;
  }
  return end;
}

/**
 * A name after a common noun that says what it is, the noun staying outside: 'le groupe
 * [Renault]', 'la compagnie [Air India]', 'le laboratoire danois [Bavarian Nordic]', 'le site
 * d'information [Mediapart]', 'le conglomérat indien [Tata]', 'le parti [Renaissance]'.
 * @example findAppositionOrganizations(prepare('la compagnie Air India a commandé…'), organizationLexicon()) // Air India
 */
export function findAppositionOrganizations(doc: Doc, lex: OrganizationLexicon): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { tokens } = doc;
  let familyNames: Set<string> | undefined;
  const numbers = tokenWordNumbers(tokens);
  // Only at a cue or after 'le' or "l'", where a demonym is one (openings.ts); a name found takes its tokens ('resume').
  let resume = 1;
  for (const i of openingsOf(tokens, APPOSITION_STARTS)) {
    if (i < resume) continue;
    const cue = tokens[i] as Token;
    // Lower-case cues, and 'ONG' written as an acronym.
    // A demonym used as a noun names a company or a team: 'l'américain Cargill', 'le néerlandais ASML' (a person
    // takes a capital: 'le Français Kylian Mbappé').
    const demonymCue = cue.kind === 'word' && !cue.cap && (tokens[i - 1]?.key === 'le' || tokens[i - 1]?.key === "l'") && !tokens[i - 1]?.cap &&
      demonymAt(lex, tokens, numbers, i) && !(tokens[i - 2]?.key === 'de' && TRANSLATED.has(tokens[i - 3]?.key ?? '')); // 'traduit de l'anglais Shakespeare': a language
    if (!demonymCue && (cue.kind !== 'word' || (cue.cap && !cue.upper) || !ANY_CUE.at(tokens, numbers, i))) continue; // most words: one read by their number, not one lookup per list
    if (cue.kind !== 'word' || (cue.cap && !(cue.upper && cue.key === 'ong')) || !(APPOSITION_CUES.has(cue.key) || pluralCue(cue) || demonymCue)) continue;
    // Cues of two words: 'la jeune pousse Hylanea', 'le think tank Bruegel'.
    const twoWords = (cue.key === 'pousse' && tokens[i - 1]?.key === 'jeune') || (cue.key === 'tank' && tokens[i - 1]?.key === 'think');
    if ((cue.key === 'pousse' || cue.key === 'tank') && !twoWords) continue;
    const det = tokens[twoWords ? i - 2 : i - 1];
    if (!det || (!DETERMINERS.has(det.key) && det.key !== 'de' && det.key !== "d'" && !(COUNTS.has(det.key) && pluralCue(cue)))) continue;
    // A plural cue names a first one: 'à l'appel des syndicats [Sud Santé Sociaux] et Force ouvrière'.
    if (pluralCue(cue) && !PLURAL_DETERMINERS.has(det.key)) continue;
    let k0 = demonymCue ? (tokens[i + 1]?.cap ? i + 1 : -1) : fillersAfter(tokens, i + 1, lex, cue.key === 'club');
    if (k0 < 0) continue;
    // A count announces the list after a comma: 'par deux sociétés distinctes, Hexafret et Technis', 'trois
    // syndicats, la CGT, FO et Solidaires' (a plural adjective may agree with the cue before the comma).
    if (pluralCue(cue) && COUNTS.has(det.key)) {
      const adjective = tokens[k0]?.kind === 'word' && !tokens[k0]?.cap && /s$/.test(tokens[k0]?.key ?? '') && tokens[k0 + 1]?.text === ',';
      if (adjective) k0++;
      if (tokens[k0]?.text === ',' && tokens[k0 + 1]?.cap) k0++;
    }
    let k = k0;
    // A quoted name: 'la coalition « Diomaye Président »', 'le parti « Les Républicains »'.
    const quoted = OPENING_QUOTES.has(tokens[k]?.text ?? '');
    if (quoted) k++;
    let end = quoted ? quotedEnd(tokens, k) : nameRunAt(tokens, k, 5);
    // A title after a press cue, its article capitalised mid-sentence, is the title even when the rest names a
    // region: 'le quotidien [L'Alsace]', 'le quotidien [Le Berry républicain]'.
    let titled = false;
    // A capitalised article that opens the name: 'le groupe [Les Mousquetaires]', 'le quotidien [Le Monde]'.
    const article = tokens[k];
    if (!quoted && (end === k || article?.kind === 'elision') && article && article.cap && !article.sentenceStart && ARTICLES.has(article.key) && (tokens[k + 1]?.spaceBefore === ' ' || article.kind === 'elision')) {
      const rest = nameRunAt(tokens, k + 1, 4);
      if (rest > k + 1 && (tokens[k + 1] as Token).kind === 'word') {
        end = rest;
        titled = MEDIA_CUES.has(cue.key);
      }
    }
    // After a plural cue, 'et' joins two names: 'des syndicats [Sud Santé Sociaux] et [Force ouvrière]'.
    if (pluralCue(cue)) for (let e = k + 1; e < end; e++) if ((tokens[e] as Token).key === 'et') end = e;
    // 'et' before an article or a known name starts a second one: 'la chaîne Al Jazeera [et la BBC]',
    // 'l'agence Bloomberg [et Reuters]' (not 'Eau et Rivières de Bretagne').
    for (let e = k + 1; e < end; e++) {
      if ((tokens[e] as Token).key !== 'et') continue;
      const after = tokens[e + 1] as Token;
      if (ARTICLES.has(after.key) || lex.byKey.has(keyOf(tokens, e + 1, end)) || lex.byKey.has(after.key)) end = e;
    }
    // An association's name may be a phrase, its first word alone capitalised: 'l'association Place au vélo', 'Droit
    // au logement', 'Agir pour l'environnement', 'Robin des bois'.
    if (!quoted && end === k + 1 && PHRASE_NAMED_CUES.has(cue.key)) end = phraseNameEnd(tokens, end, lex);
    if (end === k || ((tokens[k] as Token).kind !== 'word' && !titled) || (end === k + 1 && (tokens[k] as Token).text.length < 2)) continue;
    if (quoted && !CLOSING_QUOTES.has(tokens[end]?.text ?? '')) continue;
    const first = tokens[k] as Token;
    if (ARTICLES.has(first.key) && end === k + 1) continue;
    const known = lex.byKey.get(keyOf(tokens, k, end));
    // Below a person with a known first name: 'l'éditeur parisien Aristide Farrenc' is a man. A one-word name
    // after a trade goes above a town of the same name: 'l'équipementier [Hutchinson]' (not Hutchinson, Kansas).
    // Several words after a company-only trade are the company even when they read as a person's name: 'le
    // bailleur social [Paris Habitat]' ('Paris' is a first name too), 'l'entreprise [Jean Lefebvre]'.
    // After a cue that names people as well ('l'industriel Trident', 'le promoteur Verlantis'), one word is the
    // company unless the document uses it as a person's family name ('le producteur Besson' after 'Luc Besson').
    // A name between quotes after its cue is as sure as a listed one: 'la coalition « Sopi 2024 »'. (A listed name
    // scores 0.92 whatever: asked first, `known` spares reading the family names.)
    const score = known || titled ? 0.92 : quoted ? 0.9 : TRADE_CUES.has(cue.key) ? (end === k + 1 ? 0.905 : 0.9) : end === k + 1 && SHARED_CUES.has(cue.key) && !(familyNames ??= documentFamilyNames(tokens)).has(first.key) ? 0.905 : 0.84;
    out.push(candidateOf(doc, k, end, known, score, 'organization/apposition'));
    resume = pluralCue(cue) && !quoted ? listedAfter(doc, lex, end, out) : end;
  }
  return out;
}

const PHRASE_NAMED_CUES = new Set(['association', 'collectif']);
const MEDIA_CUES = new Set(['quotidien', 'hebdomadaire', 'mensuel', 'journal', 'magazine']);
const PHRASE_NAME_LINKS = new Set(['au', 'aux', 'pour', 'contre', 'sans', 'des', 'du', 'de', "d'"]);

/**
 * The end of the lower-case rest of a name from `k`, right after its capitalised first word: a preposition, an
 * article, one noun and its adjective ('au vélo', "pour l'environnement", 'des bois'), nothing after which the name
 * would go on in lower case; `k` when there is none.
 */
function phraseNameEnd(tokens: readonly Token[], k: number, lex: OrganizationLexicon): number {
  const link = tokens[k];
  // A listed one-word name is complete: 'l'association Anticor pour la troisième fois'.
  if (!link || link.cap || !PHRASE_NAME_LINKS.has(link.key) || lex.byKey.has((tokens[k - 1] as Token).key)) return k;
  let j = k + 1;
  if (ARTICLES.has(tokens[j]?.key ?? '') && !tokens[j]?.cap && (link.key === 'pour' || link.key === 'contre' || link.key === 'sans' || link.key === 'de' || link.key === "d'")) j++;
  const noun = tokens[j];
  if (!noun || noun.kind !== 'word' || noun.cap || NEVER_IN_NAME.has(noun.key) || NOT_A_COMPLEMENT.has(noun.key) || looksLikeInfinitive(noun.key) || /i(?:eme|ere?)$/.test(noun.key)) return k;
  let end = j + 1;
  if (isAdjective(tokens[end], lex.demonyms) && !tokens[end]?.cap) end++;
  // The name ends at a verb, a comma or a parenthesis: 'l'association Place au vélo a organisé…'.
  const after = tokens[end];
  if (after && after.kind === 'word' && !after.cap && (OF.has(after.key) || ARTICLES.has(after.key))) return k;
  return end;
}

/**
 * After a plural cue and its first name, the rest of the list, one name after each comma or 'et':
 * 'les industriels Toyota, [Sony] et [NTT]', 'les syndicats CGT, [FO] et [Solidaires]'. A name that goes on
 * in lower case ('et Renault a…') still counts; a list ends at the first item that is not a name.
 * @returns the index after the last name of the list
 */
function listedAfter(doc: Doc, lex: OrganizationLexicon, end: number, out: OrgCandidate[]): number {
  const { tokens } = doc;
  let e = end;
  for (;;) {
    const sep = tokens[e];
    if (!sep || (sep.text !== ',' && sep.key !== 'et') || sep.cap) return e;
    const k = sep.text === ',' && tokens[e + 1]?.key === 'et' ? e + 2 : e + 1;
    const first = tokens[k];
    if (!first || first.kind !== 'word' || first.sentenceStart || NOT_FIRST.has(first.key)) return e;
    let last = nameRunAt(tokens, k, 4);
    // In a list, 'et' separates: 'Toyota, [Sony] et [NTT]'.
    for (let x = k + 1; x < last; x++) if ((tokens[x] as Token).key === 'et') last = x;
    if (last === k || (last === k + 1 && first.text.length < 2) || followedByName(tokens, last)) return e;
    const closes = sep.key === 'et' || k === e + 2; // 'et' or ', et' ends the list
    push(out, doc, lex, k, last, 0.84, 'organization/apposition');
    e = last;
    if (closes) return e;
  }
}

// Cues that name a company or a person by trade: 'l'industriel Safran' and 'l'industriel Vincent Bolloré'.
const SHARED_CUES = new Set(['editeur', 'industriel', 'promoteur', 'producteur', 'exploitant', 'gestionnaire', 'concessionnaire', 'fournisseur', 'prestataire', 'specialiste', 'leader', 'torrefacteur', 'negociant']);

/** Keys of the capitalised words that end a run of two capitalised words or more mid-sentence: family names ('Luc [Besson]'). */
function documentFamilyNames(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    if (t.kind === 'word' && t.cap && !t.upper && prev.kind === 'word' && prev.cap && !prev.upper && t.spaceBefore === ' ') out.add(t.key);
  }
  return out;
}

// Cues that only a company follows: 'l'équipementier Hutchinson', 'le cimentier Vicat'.
export const TRADE_CUES = new Set(['constructeur', 'fabricant', 'equipementier', 'motoriste', 'armateur', 'avionneur', 'cimentier', 'siderurgiste', 'brasseur', 'logisticien', 'voyagiste', 'assureur', 'operateur', 'distributeur', 'conglomerat', 'bailleur', 'sous traitant', 'energeticien', 'petrolier', 'gazier', 'chimiste', 'laboratoire', 'entreprise', 'societe', 'groupe', 'start up', 'startup', 'cooperative',
  // Bodies, never people: the name after them is the body's even when it opens with a first name ('l'association
  // [France Digitale]', 'la néobanque [Lydia]').
  'association', 'collectif', 'ong', 'fondation', 'syndicat', 'federation', 'confederation', 'mutuelle', 'licorne', 'neobanque', 'fintech', 'biotech', 'medtech', 'holding', 'filiale', 'enseigne']);
const TRANSLATED = new Set(['traduit', 'traduite', 'traduits', 'traduites', 'traduction', 'traductions', 'adapte', 'adaptee', 'adaptation']);
const PLURAL_DETERMINERS = new Set(['les', 'des', 'aux', 'deux', 'trois', 'ses', 'leurs']);
const COUNTS = new Set(['deux', 'trois']);
// Plural cues of companies, unions and parties: 'les syndicats', 'des constructeurs' (not 'les sites', 'les équipes').
const PLURAL_CUES = new Set(['syndicats', 'partis', 'groupes', 'constructeurs', 'industriels', 'fabricants', 'equipementiers', 'transporteurs', 'distributeurs', 'editeurs', 'geants', 'operateurs', 'laboratoires', 'associations', 'ong', 'banques', 'assureurs', 'compagnies', 'societes', 'entreprises', 'fondations', 'federations', 'mouvements']);
// The cues of both lists in one set, asked of a start (a cue, or a demonym after 'le').
const ANY_CUE = new NumberedWords([...APPOSITION_CUES, ...PLURAL_CUES]);
// Where findAppositionOrganizations starts: at a cue of either list, and after the articles before a demonym
// that makes a cue ('le néerlandais ASML', "l'américain Cargill").
const APPOSITION_STARTS = /* @__PURE__ */ openingRule(() => [{ words: [...APPOSITION_CUES, ...PLURAL_CUES] }, { words: ['le', "l'"], after: true }]);

/** Whether token `i` is a demonym ('néerlandais'), by its word number where the lexicon has them numbered. */
function demonymAt(lex: OrganizationLexicon, tokens: readonly Token[], numbers: Int32Array, i: number): boolean {
  return lex.demonymWords ? lex.demonymWords.at(tokens, numbers, i) : lex.demonyms.has((tokens[i] as Token).key);
}

function pluralCue(t: Token): boolean {
  return PLURAL_CUES.has(t.key) && !t.cap;
}

// Where findDescribedNames looks: a source's 'selon' or "d'après", the comma before an apposition.
const DESCRIBED_STARTS = /* @__PURE__ */ openingRule(() => [{ words: ['selon', 'apres', ','] }]);
const APPOSITION_DETERMINERS = new Set(['le', 'la', "l'", 'un', 'une']);
// Nouns that say what a company, a party or a group is, in an apposition after its name.
const DESCRIBING_CUES = new Set([
  'groupe', 'societe', 'entreprise', 'firme', 'constructeur', 'fabricant', 'laboratoire', 'conglomerat', 'geant', 'operateur', 'assureur',
  'banque', 'distributeur', 'editeur', 'compagnie', 'start up', 'startup', 'quotidien', 'hebdomadaire', 'parti', 'syndicat', 'mouvement',
  'milice', 'organisation', 'ong', 'association', 'fondation', 'fonds', 'holding', 'filiale', 'equipementier', 'armateur', 'avionneur',
  // 'DAZN, le diffuseur britannique', 'Geodis, le transporteur', 'Orano, le spécialiste du combustible'.
  'diffuseur', 'transporteur', 'logisticien', 'motoriste', 'electricien', 'energeticien', 'chimiste', 'cimentier', 'siderurgiste', 'fournisseur',
]);

/**
 * The end of a quoted name from `k`, at its closing quote: a name in quotes may hold any word
 * ('le collectif « Nous Toutes »', 'l'association « Les Amis de la Terre »'). Up to 8 words, no
 * sentence punctuation, the first capitalised; otherwise the run of name words.
 */
function quotedEnd(tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (!first || first.kind !== 'word' || !first.cap) return k;
  for (let q = k + 1; q < tokens.length && q <= k + 8; q++) {
    const t = tokens[q] as Token;
    if (CLOSING_QUOTES.has(t.text)) return q;
    if (breaksLine(t) || (t.kind === 'punct' && t.text !== '-' && t.text !== '&')) break;
  }
  return nameRunAt(tokens, k, 5);
}

/**
 * A name followed by what it is, after a comma: 'LockBit, un groupe de pirates russophones',
 * 'Petrobras, le géant pétrolier brésilien'.
 * @example findDescribedNames(prepare('LockBit, un groupe de pirates'), organizationLexicon()) // LockBit
 */
export function findDescribedNames(doc: Doc, lex: OrganizationLexicon): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { tokens } = doc;
  // Only at 'selon', 'après' and commas (openings.ts).
  for (const c of openingsOf(tokens, DESCRIBED_STARTS)) {
    if (c < 1) continue;
    if (c >= tokens.length - 2) break;
    const t = tokens[c] as Token;
    // A source: 'selon Arianespace', "d'après Eurostat". A person met before is taken by the person finder
    // (and wins: this guess scores below it); a capital standing for its government is a place ('selon Moscou').
    if ((t.key === 'selon' || (t.key === 'apres' && tokens[c - 1]?.key === "d'")) && (tokens[c + 1] as Token).kind === 'word') {
      const end = nameRunAt(tokens, c + 1, 2);
      const w = tokens[c + 1] as Token;
      if (end > c + 1 && !followedByName(tokens, end) && !NOT_FIRST.has(w.key) && !(end === c + 2 && w.text.length < 3)) push(out, doc, lex, c + 1, end, 0.7, 'organization/source');
      continue;
    }
    if (t.text !== ',') continue;
    const det = tokens[c + 1] as Token;
    const cue = tokens[c + 2] as Token;
    if (!APPOSITION_DETERMINERS.has(det.key) || det.cap || cue.cap || !DESCRIBING_CUES.has(cue.key)) continue;
    // An apposition describes ('un groupe de pirates', 'le géant pétrolier brésilien,'); a clause goes on with a verb
    // ('À Anzio, le groupe prend le train').
    const after = tokens[c + 3];
    if (after && !(after.kind === 'punct' || OF.has(after.key) || isAdjective(after, lex.demonyms))) continue;
    // The name: capitalised words (and joiners between them) right before the comma.
    let first = c;
    for (let k = c - 1; k >= Math.max(0, c - 5); k--) {
      const w = tokens[k] as Token;
      if (nameWord(w) && w.kind === 'word') first = k;
      else if (!(NAME_JOINERS.has(w.key) && !w.cap && k > 0 && nameWord(tokens[k - 1]))) break;
      if (breaksLine(tokens[k] as Token)) break;
    }
    while (first < c && NOT_FIRST.has((tokens[first] as Token).key)) first++;
    if (first === c) continue;
    // First in its sentence, a one-word name may be an ordinary word ('Ensuite, un groupe…').
    if (first === c - 1 && (tokens[first] as Token).sentenceStart && !(tokens[first] as Token).upper) continue;
    push(out, doc, lex, first, c, 0.84, 'organization/apposition');
  }
  return out;
}

function push(out: OrgCandidate[], doc: Doc, lex: OrganizationLexicon, first: number, last: number, score: number, source: string): void {
  out.push(candidateOf(doc, first, last, lex.byKey.get(keyOf(doc.tokens, first, last)), score, source));
}

// People who work for, own or lead an organisation: what follows their 'de' is the organisation
// ('le PDG d'Airbus', 'la secrétaire générale de la CGT', 'le patron de World Rugby', 'les salariés de Tata').
const MEMBER_NOUNS = /* @__PURE__ */ openingRule(() => [{ words: [
  'pdg', 'patron', 'patronne', 'patrons', 'directeur', 'directrice', 'dirigeant', 'dirigeante', 'dirigeants', 'fondateur', 'fondatrice',
  'cofondateur', 'cofondatrice', 'actionnaire', 'actionnaires', 'salarie', 'salaries', 'salariee', 'salariees', 'employes', 'filiale',
  'filiales', 'secretaire', 'president', 'presidente', 'vice president', 'vice presidente', 'leader', 'militants', 'combattants',
  'rebelles', 'adherents', 'administrateur', 'administratrice', 'chef', 'cheffe',
  'porte parole', 'membres',
] }]);
// What may sit between the noun and its 'de': 'le directeur général de', 'la secrétaire générale de', 'le président-directeur général de'.
const MEMBER_FILLERS = new Set(['general', 'generale', 'generaux', 'executif', 'executive', 'delegue', 'deleguee', 'adjoint', 'adjointe', 'national', 'nationale', 'financier', 'financiere', 'historique', 'emblematique', 'francais', 'francaise', 'americain', 'americaine', 'd\'administration', 'administration']);
// Capitalised words after 'de' that name no organisation alone: 'le président de la République', 'la présidente de la Commission'.
const NOT_AN_OWNER = new Set(['republique', 'nation', 'etat', 'etats', 'region', 'france', 'gouvernement', 'vingt sept', 'vingt huit', 'vingt cinq', 'douze', 'quinze']);

/**
 * An organisation named by its people: 'le PDG d'Airbus', 'le patron de World Rugby', 'la
 * secrétaire générale de la CGT', 'le président de Tata Sons'. Single head nouns ('la présidente
 * de la Commission') and 'République' are left alone; countries and cities win over it.
 * @example findMemberOrganizations(prepare("le PDG d'Arianespace, Stéphane Israël"), organizationLexicon()) // Arianespace
 */
export function findMemberOrganizations(doc: Doc, lex: OrganizationLexicon): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { tokens } = doc;
  // Only where a member's noun stands (openings.ts); an organisation found takes its tokens ('resume').
  let resume = 0;
  for (const i of openingsOf(tokens, MEMBER_NOUNS)) {
    if (i < resume) continue;
    if (i >= tokens.length - 2) break;
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || (t.cap && !t.upper)) continue;
    let k = i + 1;
    while (k < i + 4 && MEMBER_FILLERS.has((tokens[k] as Token | undefined)?.key ?? '')) k++;
    const of = tokens[k];
    if (!of || !OF.has(of.key)) continue;
    k++;
    if (of.key === 'de' && (tokens[k]?.key === 'la' || tokens[k]?.key === "l'")) k++;
    const first = tokens[k];
    if (!first || first.kind !== 'word' || !first.cap || breaksLine(first) || NOT_AN_OWNER.has(first.key)) continue;
    const end = nameRunAt(tokens, k, 4);
    if (end === k || followedByName(tokens, end)) continue;
    // Three words and more may run into a person ('le président des États-Unis Joe Biden'), and a name
    // going on in lower case is one this rule does not parse ('le directeur du Chemin de fer du Val-de-Travers').
    const known = lex.byKey.has(keyOf(tokens, k, end));
    if (!known && (end - k >= 3 || (OF.has(tokens[end]?.key ?? '') && tokens[end + 1]?.kind === 'word' && !tokens[end + 1]?.cap))) continue;
    // A head noun alone is a short reference to an organisation named before: 'la présidente de la Commission'.
    if (end === k + 1 && CAPITAL_HEADS.has(first.key)) continue;
    push(out, doc, lex, k, end, 0.86, 'organization/member');
    resume = end;
  }
  return out;
}

// Capitalised words that never start a marked name: 'La', 'Selon', 'Et' at the start of a sentence.
// (nor a cue written as an acronym: 'l'ONG [Amel Association International]')
const NOT_FIRST = /* @__PURE__ */ wordSet(() => [...NEVER_IN_NAME, 'la', "l'", 'de', 'du', 'des', "d'", 'et', 'pour', 'the', 'of', 'and', 'ong']);

/**
 * What may stand between a cue and the name: adjectives ('public brésilien'), fillers ("d'information",
 * 'de presse') and up to two complements ('de luxe', 'de la tech', 'des puces'): 'le fabricant
 * américain de puces Nvidia'. Returns the index of the name, or -1 when the cue is followed by
 * a complement that names ('le club de Tottenham' for a club only).
 */
function fillersAfter(tokens: readonly Token[], k: number, lex: OrganizationLexicon, club: boolean): number {
  let complements = 0;
  for (let steps = 0; steps < 6 && k < tokens.length; steps++) {
    const t = tokens[k] as Token;
    if (t.cap || breaksLine(t) || t.kind !== 'word' && t.kind !== 'elision') break;
    if (t.kind === 'word' && (isAdjective(t, lex.demonyms) || CUE_FILLERS.has(t.key))) {
      k++;
      continue;
    }
    // 'le parti au pouvoir Zanu-PF', 'la coalition au pouvoir'.
    if (t.key === 'au' && tokens[k + 1]?.key === 'pouvoir') {
      k += 2;
      continue;
    }
    if ((t.key === 'de' || t.key === "d'" || t.key === 'du' || t.key === 'des') && complements < 2) {
      let n = k + 1;
      if ((tokens[n]?.key === 'la' || tokens[n]?.key === "l'") && t.key === 'de') n++;
      const w = tokens[n];
      // 'le club anglais de Tottenham': only a club takes its name after 'de'.
      if (w?.cap) return club ? n : -1;
      if (w && w.kind === 'word' && !NEVER_IN_NAME.has(w.key) && !NOT_A_COMPLEMENT.has(w.key) && !looksLikeInfinitive(w.key)) {
        k = n + 1;
        complements++;
        continue;
      }
    }
    break;
  }
  return k;
}

/**
 * Names that say they are organisations by their last or first word, in the languages news
 * quotes them in: 'Bharatiya Janata Party', 'Qatar Airways', 'Goldman Sachs Group', 'Tata Sons',
 * 'FC Barcelone', 'SSC Naples', 'Real Madrid', 'VfB Stuttgart'.
 * @example findMarkedNames(prepare('le Telugu Desam Party'), organizationLexicon()) // Telugu Desam Party
 */
export function findMarkedNames(doc: Doc, lex: OrganizationLexicon): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { tokens } = doc;
  let covered = 0;
  // Each rule below opens on a word of its own ('FC', 'Air', 'Harakat', 'Partido', 'Party'): only those and
  // hyphenated words are read (openings.ts), not 'Macron' or 'Paris'.
  for (const i of openingsOf(tokens, MARK_STARTS)) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !t.cap || i < covered || (doc.header && t.start < doc.header.end)) continue;
    const span = clubAt(tokens, i, lex) ?? airlineAt(tokens, i) ?? arabicAt(tokens, i) ?? germanAt(tokens, i) ?? foreignHeadAt(tokens, i) ?? tailAt(tokens, i, covered);
    if (!span) continue;
    const known = lex.byKey.get(keyOf(tokens, span.first, span.end));
    // An airline named after its country outweighs the country: 'Air Sénégal'.
    out.push(candidateOf(doc, span.first, span.last, known, span.airline ? 0.91 : 0.88, span.club ? 'organization/club' : 'organization/name-tail'));
    covered = span.last;
  }
  return out;
}

interface Span { first: number; end: number; last: number; club: boolean; airline?: boolean }

// Arabic words that start the names of movements and militias: 'Harakat al-Nujaba', 'Hachd al-Chaabi', 'Jaych al-Islam'.
const ARABIC_HEADS = new Set(['harakat', 'hayat', 'hachd', 'jaych', 'jaich', 'jaish', 'ahrar', 'ansar', 'jabhat', 'kataeb', 'kataib', 'liwa', 'saraya', 'hizb', 'tanzim', 'jamaat', 'majlis', 'asaib', 'fatah']);
const ARABIC_ARTICLE = /^(?:[ae]l|a[cs]h|a[dnrstz])-\p{Lu}/u; // al-, el-, ach-, ash-, ad-, an-, ar-, as-, at-, az-
// Adjectives that make a club of 'Stade', a demonym or one in -ais, -ois, -in, -ien: 'Stade toulousain', 'Stade rennais',
// 'Stade français' (not 'Stade de France', a place).
const isClubAdjective = (t: Token | undefined, lex: OrganizationLexicon) => !!t && t.kind === 'word' && !t.cap && t.spaceBefore === ' ' && (lex.demonyms.has(t.key) || /(?:[ao]is|ie?n)$/.test(t.key));

// Spanish, Portuguese and Italian words that start the names of parties and movements, as French news quotes
// them: 'Frente Amplio', 'Pacto Histórico', 'Partido Liberal', 'Fuerza Popular', 'Movimento Cinque Stelle'.
const FOREIGN_HEADS = new Set(['partido', 'partito', 'frente', 'fronte', 'pacto', 'movimiento', 'movimento', 'alianza', 'alleanza', 'fuerza', 'forza', 'union', 'unidad', 'unidade', 'coalicion', 'convergencia', 'izquierda', 'renovacion', 'cambio']);
const FOREIGN_JOINERS = new Set(['del', 'do', 'dos', 'das', 'della', 'dei', 'per', 'y', 'e']);
const FOREIGN_ARTICLES = new Set(['la', 'las', 'los', 'el', 'il', 'o', 'os', 'a', 'as']);

/** 'Frente Amplio', 'Partido de la Liberación Dominicana': a foreign head and capitalised words ('Union Saint-Gilloise' too). */
function foreignHeadAt(tokens: readonly Token[], i: number): Span | null {
  const t = tokens[i] as Token;
  if (!FOREIGN_HEADS.has(t.key) || t.upper) return null;
  let end = i + 1;
  let j = i + 1;
  while (j < tokens.length && j < i + 6) {
    const w = tokens[j] as Token;
    if (breaksLine(w)) break;
    if (nameWord(w) && w.kind === 'word' && !w.upper) {
      end = j = j + 1;
      continue;
    }
    // 'de la Liberación', 'dos Trabalhadores', 'Cinque Stelle'; a bare 'de' before a capitalised word is an owner:
    // 'le Pacto Histórico [de Gustavo Petro]'.
    const next = tokens[j + 1];
    if (!w.cap && (w.key === 'de' || w.key === 'di' || w.key === 'da') && next && FOREIGN_ARTICLES.has(next.key) && !next.cap) {
      j += 2;
      continue;
    }
    if (!w.cap && FOREIGN_JOINERS.has(w.key) && nameWord(next) && next?.kind === 'word') {
      j++;
      continue;
    }
    break;
  }
  if (end === i + 1 || followedByName(tokens, end)) return null;
  return { first: i, end, last: end, club: false };
}

/**
 * 'Air Sénégal', "Air Côte d'Ivoire", 'Air Burkina': 'Air' capitalised before a capitalised name is an airline
 * (the French word is written in lower case); not inside a longer name ('US Air Force').
 */
function airlineAt(tokens: readonly Token[], i: number): Span | null {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (t.text !== 'Air' || (prev && prev.kind === 'word' && prev.cap && !prev.sentenceStart && t.spaceBefore === ' ')) return null;
  let end = i + 1;
  while (end < i + 4 && nameWord(tokens[end]) && tokens[end]?.kind === 'word' && tokens[end]?.spaceBefore === ' ') end++;
  // "Air Côte d'Ivoire": a name that goes on with an elided 'de' is left to the lexicon.
  if (end === i + 1 || tokens[end]?.kind === 'elision' || tokens[end]?.spaceBefore === '') return null;
  return { first: i, end, last: end, club: false, airline: true };
}

// German heads of institutes, offices and foundations, named with 'für' as French news quotes them: 'l'Institut für
// Weltwirtschaft de Kiel', 'le Bundesamt für Verfassungsschutz', 'le Max-Planck-Institut für Physik'.
const GERMAN_HEADS = new Set(['institut', 'bundesamt', 'stiftung', 'verband', 'bundesverband', 'gesellschaft', 'zentrum', 'bundesministerium', 'ministerium', 'bundesanstalt', 'amt']);
const GERMAN_ADJECTIVES = new Set(['deutsches', 'deutsche', 'europaisches', 'internationales', 'bayerisches']);

/** 'Institut für Weltwirtschaft', 'Deutsches Institut für Wirtschaftsforschung': a German head, 'für' and capitalised words. */
function germanAt(tokens: readonly Token[], i: number): Span | null {
  const t = tokens[i] as Token;
  const last = t.key.slice(t.key.lastIndexOf(' ') + 1);
  if (!GERMAN_HEADS.has(last) || t.upper || tokens[i + 1]?.key !== 'fur' || tokens[i + 1]?.cap) return null;
  let end = i + 2;
  while (end < i + 5 && nameWord(tokens[end]) && tokens[end]?.kind === 'word' && tokens[end]?.spaceBefore === ' ') {
    end++;
    // 'Bundesamt für Migration und Flüchtlinge'
    if (tokens[end]?.key === 'und' && nameWord(tokens[end + 1])) end++;
  }
  if (end === i + 2) return null;
  const before = tokens[i - 1];
  const first = before && GERMAN_ADJECTIVES.has(before.key) && before.cap ? i - 1 : i;
  return { first, end, last: end, club: false };
}

/** 'Harakat al-Nujaba', 'Hachd al-Chaabi': an Arabic head and a name with its article. */
function arabicAt(tokens: readonly Token[], i: number): Span | null {
  const t = tokens[i] as Token;
  if (!ARABIC_HEADS.has(t.key)) return null;
  let end = i + 1;
  while (end < i + 4 && tokens[end]?.spaceBefore === ' ' && (ARABIC_ARTICLE.test(tokens[end]?.text ?? '') || (nameWord(tokens[end]) && tokens[end]?.kind === 'word'))) end++;
  if (end === i + 1 || !tokens.slice(i + 1, end).some((w) => ARABIC_ARTICLE.test(w.text))) return null;
  return { first: i, end, last: end, club: false };
}

/** 'FC Nantes', 'AS Monaco', 'Real Madrid', 'Olympique de Marseille': a club prefix and a place. */
function clubAt(tokens: readonly Token[], i: number, lex: OrganizationLexicon): Span | null {
  const t = tokens[i] as Token;
  if (t.key === 'stade' && t.cap && isClubAdjective(tokens[i + 1], lex) && !followedByName(tokens, i + 2)) return { first: i, end: i + 2, last: i + 2, club: true };
  // Abbreviations in capitals ('FC', 'SSC', 'VfB'); words capitalised ('Real', 'Inter', 'Olympique').
  if (!CLUB_PREFIXES.has(t.key) || !(/^\p{Lu}\p{Ll}{3,}$/u.test(t.text) || SHORT_CLUB_PREFIX.test(t.text))) return null;
  let k = i + 1;
  if ((tokens[k]?.key === 'de' || tokens[k]?.key === "d'") && !tokens[k]?.cap) k++;
  let end = k;
  while (end < k + 3 && nameWord(tokens[end]) && (tokens[end] as Token).kind === 'word' && !breaksLine(tokens[end] as Token)) end++;
  if (end === k) return null;
  // A town before the prefix is part of the name: 'Vannes Olympique Club'.
  const before = tokens[i - 1];
  const first = before && nameWord(before) && before.kind === 'word' && !before.sentenceStart && t.spaceBefore === ' ' ? i - 1 : i;
  return { first, end, last: end, club: true };
}

// The words the rules of findMarkedNames open on, one set asked first: clubAt, airlineAt, arabicAt, germanAt,
// foreignHeadAt, tailAt.
// (A hyphenated word goes on too: 'Max-Planck-Institut' ends on a German head.)
const MARK_STARTS = /* @__PURE__ */ openingRule(() => [{ words: [...CLUB_PREFIXES, 'stade', 'air', ...ARABIC_HEADS, ...GERMAN_HEADS, ...FOREIGN_HEADS, ...NAME_TAILS], hyphenated: true }]);

// English words that continue a name after its organisation word: 'Motion Picture Association of America'.
const ENGLISH_JOINERS = new Set(['of', 'for', 'and', 'the', '&']);
// Organisation words after which a club's name goes on: 'Football Club Sochaux-Montbéliard', 'Racing Club de France'.
const CLUB_WORDS = new Set(['club', 'fc', 'football']);

/** 'Bharatiya Janata Party', 'Securities and Exchange Commission': capitalised words ending with an organisation word. */
function tailAt(tokens: readonly Token[], i: number, covered: number): Span | null {
  const t = tokens[i] as Token;
  if (!NAME_TAILS.has(t.key) || i === 0) return null;
  let first = i;
  for (let k = i - 1; k >= Math.max(covered, i - 6); k--) {
    const w = tokens[k] as Token;
    if (breaksLine(tokens[k + 1] as Token)) break;
    if (nameWord(w) && w.kind === 'word') {
      first = k;
      continue;
    }
    if (JOINS_BACKWARDS.has(w.key) && !w.cap && nameWord(tokens[k - 1])) continue;
    break;
  }
  while (first < i && NOT_FIRST.has((tokens[first] as Token).key)) first++;
  if (first === i) return null;
  // Headings in capitals ('DERNIÈRES DÉPÊCHES Service') are no names.
  let upper = 0;
  for (let k = first; k <= i; k++) if ((tokens[k] as Token).upper) upper++;
  if (upper >= 2) return null;
  // Forward: more organisation words, English joiners, a club's name ('Iraq Petroleum Company',
  // 'Motion Picture Association of America', 'Football Club Sochaux-Montbéliard').
  let end = i + 1;
  let j = i + 1;
  for (let steps = 0; steps < 6 && j < tokens.length; steps++) {
    const w = tokens[j] as Token;
    if (breaksLine(w)) break;
    if (nameWord(w) && w.kind === 'word' && (NAME_TAILS.has(w.key) || CLUB_WORDS.has((tokens[end - 1] as Token).key))) {
      end = j = j + 1;
      continue;
    }
    // 'for the Protection of Birds', 'for the Advancement of Colored People': a joiner and 'the'.
    const the = !w.cap && ENGLISH_JOINERS.has(w.key) && tokens[j + 1]?.key === 'the' && !tokens[j + 1]?.cap ? 1 : 0;
    const after = tokens[j + 1 + the];
    if (!w.cap && (ENGLISH_JOINERS.has(w.key) || (w.key === 'de' && CLUB_WORDS.has((tokens[end - 1] as Token).key))) && nameWord(after) && after.kind === 'word') {
      end = j = j + 2 + the;
      while (j < tokens.length && j < end + 3 && nameWord(tokens[j]) && (tokens[j] as Token).kind === 'word' && (tokens[j] as Token).spaceBefore === ' ') end = j = j + 1;
      continue;
    }
    break;
  }
  // A capitalised word after it: a product or a longer name ('Nintendo Entertainment System').
  if (followedByName(tokens, end)) return null;
  const lastTail = tokens[end - 1] as Token;
  let last = end;
  // 'Warner Bros.', 'First Boston Corp.': the abbreviation's period belongs to the name.
  if ((lastTail.key === 'bros' || lastTail.key === 'corp' || lastTail.key === 'inc' || lastTail.key === 'ltd' || lastTail.key === 'co') && tokens[last]?.text === '.' && tokens[last]?.spaceBefore === '') last++;
  return { first, end, last, club: false };
}
