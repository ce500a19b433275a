import { breaksLine, type Token } from '../../text/tokenize.js';
import { DAYS, FUNCTION_WORDS, MONTHS, wordSet } from '../place-context.js';

/**
 * Places the gazetteer lacks, found by their context: 'à Hillion', 'la province de Hatay',
 * 'les habitants d'Antakya', 'Kamituga, une cité minière', and datelines ('BERNE, 15 (ATS)').
 */

// Nouns of subdivisions named like their main town: 'la province de Hatay', 'l'État de Lagos', 'le département de Potosí'.
export const REGION_NOUNS = new Set(['province', 'region', 'etat', 'departement', 'oblast', 'gouvernorat', 'wilaya', 'comte', 'district', 'land', 'canton', 'prefecture']);

// Nouns after which 'de X' names a place: 'la province de Hatay', 'le maire d'Hillion', 'près de Mananjary'.
// The noun stays outside the span, as the corpus guide says ('la province de [Hatay]').
const PLACE_NOUNS = /* @__PURE__ */ wordSet(() => [
  ...REGION_NOUNS, 'ville', 'villes', 'commune', 'communes', 'village', 'villages', 'localite', 'bourgade', 'banlieue', 'agglomeration',
  'municipalite', 'arrondissement', 'faubourg', 'environs', 'abords', 'pres', 'proximite', 'originaire', 'originaires', 'natif', 'native',
  'maire', 'habitants', 'habitant', 'large', 'nord', 'sud', 'est', 'ouest', 'enclave', 'port', 'hopital', 'hopitaux', 'aeroport', 'gare',
  'quartiers', 'rues', 'alentours', 'peripherie', 'sortie', 'entree', 'direction', 'route', 'frontiere', 'ruines', 'site', 'passage',
  // 'les usines de Wolfsburg et de Zwickau' (and the subdivisions: 'le Land de Basse-Saxe', 'dans l'État de Bahia').
  'usine', 'usines',
  // 'le camp de réfugiés de Zamzam', 'le kibboutz de Beeri', 'la station de ski de Val Thorens'.
  'camp', 'camps', 'refugies', 'deplaces', 'kibboutz', 'ski',
]);

// Words after 'X, ' that say X is a place: 'Kamituga, une cité minière', 'Belém, capitale de l'État du Pará'.
const APPOSITION_NOUNS = new Set(['capitale', 'ville', 'cite', 'commune', 'localite', 'village', 'bourgade', 'chef lieu', 'port', 'station', 'metropole', 'agglomeration', 'banlieue', 'region', 'province', 'ile']);
const APPOSITION_SKIP = new Set(['une', 'un', 'la', 'le', "l'", 'petite', 'petit', 'grande', 'grand', 'ancienne', 'ancien', 'paisible', 'modeste']);

// Capitalised words after 'à' that are not places: 'à Noël', 'à Dieu', titles.
const NOT_PLACES = new Set(['noel', 'paques', 'toussaint', 'dieu', 'mgr', 'me', 'dr', 'pr', 'm', 'mme', 'mlle', 'mm', 'saint', 'sainte', 'monsieur', 'madame', 'maitre', 'lui', 'eux', 'elle', 'elles', 'nous', 'vous', 'moi', 'toi', 'chacun', 'tous', 'toutes', 'tout', 'partir', 'compter', 'propos', 'travers', 'cause', 'peine', 'nouveau', 'nouveaux', 'savoir',
  // tournaments named like a place: 'trois victoires à Roland-Garros' (the corpus guide: events are not places)
  'roland garros']);

// Words before 'à' that make the next name no place: 'face à', 'grâce à', 'succède à', 'répond à'.
const NOT_PLACE_BEFORE_A = /* @__PURE__ */ wordSet(() => ['face', 'grace', 'repond', 'repondu', 'dit', 'ecrit', 'explique', 'appartient', 'vendu', 'permet', 'permettent', 'permettant', 'permis', 'permettra', 'permettait',
  // Nouns and adjectives that point to a person or a body: 'son soutien à Mitt Romney', 'en référence à Pline',
  // 'la réplique à Felicity Huffman', 'fidèles à Yang Xiuqing', 'rend hommage à Samuel Paty'.
  'soutien', 'hommage', 'reference', 'replique', 'allegeance', 'fidele', 'fideles', 'favorable', 'favorables', 'lettre', 'dedicace',
  // Verbs whose 'à' takes the one who receives or follows: 'a succédé à Yoshihiko Noda', 'le prix décerné à
  // Corey Seager', 'le rôle attribué à Halle Berry', 'la pénalité infligée à Daniil Kvyat'.
  ...firstGroupForms(['succed', 'oppos', 'confi', 'adress', 'mari', 'associ', 'alli', 'pret', 'ced', 'attribu', 'decern', 'dedi', 'compar', 'inflig', 'subordonn', 'consacr', 'vers', 'demand', 'reproch', 'telephon']),
]);

/** The forms of first-group verbs from their folded stems: 'attribu' → attribue, attribuée, attribuant, attribuer… */
function firstGroupForms(stems: readonly string[]): string[] {
  const endings = ['e', 'es', 'ee', 'ees', 'ent', 'ant', 'er', 'era', 'eront', 'ait', 'aient'];
  return stems.flatMap((stem) => endings.map((ending) => stem + ending));
}

// Inner words of a multi-word name: 'Rio de Janeiro', 'Saint-Jean de Luz', 'Thetford Mines'. Not 'en', which
// starts the region a place is in: 'à [Tuwani] en Cisjordanie', 'à [Hillion] en Bretagne'.
export const INNER = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'la', 'sur', 'el', 'al']);
const MAX_NAME = 4;

// Lower-case role words before a surname: 'le président Macron', 'le ministre Dupont'.
const ROLES = new Set(['president', 'presidente', 'ministre', 'chancelier', 'chanceliere', 'general', 'depute', 'deputee', 'senateur', 'senatrice', 'maire', 'juge', 'avocat', 'porte parole', 'secretaire', 'roi', 'reine', 'prince', 'princesse', 'pape', 'entraineur', 'joueur', 'attaquant', 'milieu', 'defenseur', 'gardien', 'cycliste', 'pilote', 'chanteur', 'chanteuse', 'acteur', 'actrice', 'ecrivain', 'realisateur', 'dirigeant', 'patron', 'leader', 'chef', 'opposant', 'candidat', 'candidate', 'commissaire', 'ambassadeur', 'ambassadrice', 'prefet', 'homologue', 'successeur', 'predecesseur', 'epouse', 'mari', 'fils', 'fille', 'frere', 'soeur']);

/**
 * The keys of words that the document uses as a person's name: 'Poutine' in 'Vladimir Poutine',
 * 'Dupont' in 'M. Dupont', 'Macron' in 'le président Macron'. A cue never makes them places
 * ('a téléphoné à Poutine'), and a city of the same name alone is the person ('Charles Darwin… Darwin').
 */
export function personNameWords(tokens: readonly Token[], isFirstName: (key: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !t.cap) continue;
    const p = tokens[i - 1] as Token;
    if (p.kind === 'word' && ((p.cap && isFirstName(p.key)) || ROLES.has(p.key)) && t.spaceBefore === ' ') out.add(t.key);
    else if (p.kind === 'punct' && p.text === '.' && (tokens[i - 2]?.key === 'm' || tokens[i - 2]?.key === 'mm')) out.add(t.key);
  }
  return out;
}

/** Whether token i (a capitalised word) comes after a place cue: 'à', 'la province de', 'près de'. */
export function hasCueBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  // 'face à Emirates', 'grâce à Airbus': an opponent or a cause, not a place.
  if (prev.text === 'à' || prev.text === 'À') return !NOT_PLACE_BEFORE_A.has(tokens[i - 2]?.key ?? '');
  // 'A Paris, …': capitals often go without their accent at the start of a sentence.
  if (prev.text === 'A' && prev.sentenceStart) return true;
  // 'de la Barceloneta' after a cue: the article belongs to the name's use, the cue is before it.
  const ofAt = prev.key === 'la' || prev.key === 'le' || prev.key === "l'" ? i - 2 : i - 1;
  const of = tokens[ofAt];
  if (of && (of.key === 'de' || of.key === "d'" || of.key === 'du') && !of.cap) {
    const noun = tokens[ofAt - 1];
    if (!noun || noun.kind !== 'word') return false;
    if (PLACE_NOUNS.has(noun.key)) return ofAt === i - 1 || noun.key.endsWith('s');
    // A second place after a plural cue: 'les quartiers de Gràcia [et de la] Barceloneta', 'les usines de Wolfsburg et de Zwickau'.
    if (noun.key === 'et') return cuedPluralBefore(tokens, ofAt - 1);
  }
  return false;
}

/** Whether a name before 'et' at `et` came after a plural place noun and 'de': 'les quartiers de Gràcia et'. */
function cuedPluralBefore(tokens: readonly Token[], et: number): boolean {
  let k = et - 1;
  for (let n = 0; n < MAX_NAME && k > 0 && tokens[k]?.cap && tokens[k]?.kind === 'word'; n++) k--;
  if (k === et - 1) return false;
  if (ARTICLE_KEYS.has(tokens[k]?.key ?? '')) k--;
  const of = tokens[k];
  const noun = tokens[k - 1];
  return !!of && !!noun && (of.key === 'de' || of.key === "d'" || of.key === 'du') && noun.key.endsWith('s') && PLACE_NOUNS.has(noun.key);
}
const ARTICLE_KEYS = new Set(['la', 'le', "l'"]);

/** Whether the name at [i, end) is followed by an apposition that makes it a place: 'X, capitale de'. */
export function hasAppositionAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  let j = end + 1;
  for (let n = 0; n < 3 && tokens[j] && APPOSITION_SKIP.has((tokens[j] as Token).key); n++) j++;
  const noun = tokens[j];
  if (!noun || noun.kind !== 'word' || noun.cap || !APPOSITION_NOUNS.has(noun.key)) return false;
  // 'Kamituga, une cité minière', 'Kiev, la capitale ukrainienne'; not 'X, la ville est ravagée' (a clause).
  const after = tokens[j + 1];
  return !after || !VERBS_AFTER.has(after.key);
}
const VERBS_AFTER = new Set(['est', 'a', 'sont', 'ont', 'fut', 'etait', 'sera', 'va', 'doit', 'peut', 'se', 'ne', "n'", 'avait', 'compte', 'reste', 'devient', 'connait']);

/**
 * The capitalised name starting at token i, as the end index, or -1: one to four capitalised words, with
 * 'de', 'la', 'sur' inside when a capitalised word follows ('Rio de Janeiro', 'La Grande-Motte').
 */
export function nameEnd(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first || first.kind !== 'word' || !first.cap || NOT_PLACES.has(first.key)) return -1;
  if (FUNCTION_WORDS.has(first.key) && !isArticleOfName(tokens, i)) return -1;
  // An acronym is an organisation far more often than a place ('à EDF', 'à LFI'); a letter is an initial.
  if ((first.upper && first.text.length <= 5) || first.text.length < 2) return -1;
  let end = i + 1;
  for (let j = i + 1; j < tokens.length && j - i < MAX_NAME; j++) {
    const t = tokens[j] as Token;
    if (t.spaceBefore !== ' ' && !(t.spaceBefore === '' && tokens[j - 1]?.kind === 'elision')) break;
    if (t.kind === 'word' && t.cap && !FUNCTION_WORDS.has(t.key)) {
      end = j + 1;
      continue;
    }
    if (t.kind === 'word' && INNER.has(t.key) && tokens[j + 1]?.cap && tokens[j + 1]?.kind === 'word') continue;
    // 'Anne L'Huillier', 'Jean D'Ormesson': a capitalised elision glued to a name.
    if (t.kind === 'elision' && t.cap && tokens[j + 1]?.cap && tokens[j + 1]?.spaceBefore === '') continue;
    break;
  }
  return end;
}

/** A capitalised article that belongs to the name: 'La' in 'à La Grande-Motte', 'Le' in 'à Le Touquet'. */
function isArticleOfName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return (t.key === 'la' || t.key === 'le' || t.key === 'les') && t.cap && !t.sentenceStart && !!next && next.kind === 'word' && next.cap && next.spaceBefore === ' ';
}

/**
 * A dateline at token i: a place in capitals that opens a dispatch, then a day, an agency or its
 * département: 'BERNE, 15 (ATS)', 'PARIS (AFP)', 'MANTOUE, 15 juillet', 'RENNES (Ille-et-Vilaine).'.
 * Returns the end index or -1.
 */
export function datelineEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !t.upper || t.text.length < 3 || !(t.sentenceStart || breaksLine(t) || i === 0)) return -1;
  if (FUNCTION_WORDS.has(t.key)) return -1;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (!a || !b) return -1;
  if (a.text === ',' && b.kind === 'number') return i + 1;
  if (a.text === '(' && b.upper && tokens[i + 3]?.text === ')') return i + 1;
  // 'RENNES (Ille-et-Vilaine).', 'BORDEAUX (Gironde)': the regional press names the département.
  if (a.text === '(' && b.cap && b.kind === 'word' && tokens[i + 3]?.text === ')' && tokens[i + 4]?.text === '.') return i + 1;
  return -1;
}

/**
 * A dateline in upper and lower case at the start of a paragraph or a sentence: a place, then a day and a
 * month ('Salonique, 7 novembre.', 'Berlin, 24 septembre.'). Returns the end index or -1.
 */
export function datedPlaceEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !t.cap || !(t.sentenceStart || breaksLine(t) || i === 0)) return -1;
  if (FUNCTION_WORDS.has(t.key) || DAYS.has(t.key)) return -1;
  let j = i + 1;
  if (tokens[j]?.text === ',') j++;
  const day = tokens[j];
  const month = tokens[j + 1];
  return day?.kind === 'number' && /^\d{1,2}(?:er)?$/.test(day.text) && !!month && MONTHS.has(month.key) ? i + 1 : -1;
}
