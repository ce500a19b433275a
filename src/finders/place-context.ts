import { breaksLine, type Token } from '../text/tokenize.js';

/**
 * Context rules shared by the country and the location finders: when a place name found in the
 * gazetteer is not a mention of the place but a piece of a longer name ('Banque de France',
 * 'Inter Milan', 'Vladimir Poutine', 'Tour de France'). With the small word classes that the place
 * and the organisation finders both read (articles, days and months, the compass): one copy each.
 */

/**
 * A set of words made from other lists, at load. Called as pure, it leaves the bundles that read none of its words
 * (a program that imports only findDates): a `new Set([...list])` stays in every bundle, since spreading may run code.
 */
export function wordSet(words: () => Iterable<string>): Set<string> {
  return new Set(words());
}

/** The definite articles: 'la', 'le', 'les', "l'". */
export const ARTICLES = new Set(['la', 'le', 'les', "l'"]);
/** 'de' and 'à' contracted with an article: 'au', 'aux', 'du', 'des'. */
export const CONTRACTED = new Set(['au', 'aux', 'du', 'des']);
/** The words that open a noun phrase before a cue: 'le groupe', 'la compagnie', 'cette société', 'notre partenaire'. */
export const DETERMINERS = /* @__PURE__ */ wordSet(() => [...ARTICLES, ...CONTRACTED, 'un', 'une', 'ce', 'cet', 'cette', 'son', 'sa', 'leur', 'notre']);

/** Short words that an all-caps headline writes in capitals ('GUERRE EN UKRAINE'): never part of a name. */
export const FUNCTION_WORDS = /* @__PURE__ */ wordSet(() => [
  ...DETERMINERS, 'a', 'de', "d'", 'en', 'et', 'ou', 'pour', 'dans', 'sur', 'par', 'avec', 'vers', 'contre', 'entre', 'sans', 'chez', 'apres',
  'avant', 'depuis', 'selon', 'pres', 'ni', 'mais', 'que', "qu'", 'qui', 'ses', 'leurs', 'est', 'sont', 'ont', 'se',
  // Possessives and pronouns open a new phrase: 'Les menées nazistes en Suisse Notre correspondant…'.
  'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'ces', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on', 'je',
]);

/** The days and the months, folded: a dateline's ('Salonique, 7 novembre.'), never a name's complement. */
export const DAYS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
export const MONTHS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']);
/** The points of the compass and the centre, as in the regions 'Centre-Est', 'Nord-Est', 'Sud-Ouest'. */
export const COMPASS = new Set(['nord', 'sud', 'est', 'ouest', 'centre']);

// Capitalised words that may stand right before a place without making it part of another name:
// 'Grand Paris', 'Haute Égypte', 'Nord Kivu' (written without the hyphen).
const QUALIFIERS_BEFORE = new Set(['grand', 'grande', 'petit', 'petite', 'nouveau', 'nouvelle', 'haut', 'haute', 'bas', 'basse', 'nord', 'sud', 'est', 'ouest', 'vieux', 'vieille', 'saint', 'sainte', 'greater', 'new']);

/** Country-like nouns that take a demonym inside an organisation's complement: 'Banque centrale de la République argentine'. */
export const STATE_NOUNS = new Set(['republique', 'royaume', 'etat', 'federation', 'confederation', 'emirat', 'emirats', 'principaute', 'sultanat']);
// Words before 'de X' that make X part of a state's name, not of an organisation's:
// 'République de Corée', 'Royaume de Hongrie', 'Empire du Japon', 'Émirat du Qatar'.
const STATE_HEADS = /* @__PURE__ */ wordSet(() => [...STATE_NOUNS, 'empire', 'etats', 'grand duche', 'duche', 'union', 'commonwealth', 'territoire', 'territoires', 'province', 'region', 'canton', 'departement', 'ville', 'commune', 'comte', 'district', 'nord', 'sud', 'est', 'ouest', 'centre',
  // 'le Land de Basse-Saxe': a German state, capitalised as a German noun.
  'land', 'lander']);

// Events and agreements named after a place: the place is not mentioned as such ('accord de Paris',
// 'Tour de France', 'Championnat d'Europe', 'Jeux de Barcelone', 'Festival de Cannes').
const EVENT_WORDS = new Set(['accord', 'accords', 'traite', 'traites', 'protocole', 'convention', 'pacte', 'appel', 'conference', 'championnat', 'championnats', 'festival',
  // 'les Jeux olympiques de Paris', 'les Jeux paralympiques de Milan-Cortina': the Games, not the city.
  'olympiques', 'paralympiques']);
// The same, only when capitalised: 'un tour de France des régions' still names France.
const CAPITALISED_EVENT_WORDS = new Set(['tour', 'coupe', 'supercoupe', 'jeux', 'jo', 'prix', 'open', 'rallye', 'marathon', 'festival', 'biennale', 'foire', 'salon', 'internationaux', 'masters', 'classique']);

// Heads of organisation names that may stand a few words before 'de X' (ORG_HEADS): 'Banque centrale de la République
// argentine', 'Agence de santé publique de Suède', 'Forces démocratiques de libération du Rwanda'. In lower case, only
// the first nine (LOWER_ORG_HEADS) name an organisation: 'tribunal correctionnel de Paris', 'parquet de Paris', 'cartel de
// Sinaloa', 'conseil régional de Bretagne', 'université d'État de l'Ohio'.
const LOWER_ORG_HEADS = new Set(['tribunal', 'parquet', 'cour', 'cartel', 'universite', 'conseil', 'ministere', 'barreau', 'academie']);
const ORG_HEADS = /* @__PURE__ */ wordSet(() => [
  ...LOWER_ORG_HEADS, 'banque', 'agence', 'forces', 'organisation', 'parti', 'federation', 'institut', 'office', 'autorite', 'commission',
  'comite', 'front', 'mouvement', 'armee', 'assemblee', 'ecole', 'fondation', 'association', 'chambre', 'syndicat', 'ligue', 'societe',
  'compagnie', 'orchestre', 'opera', 'club', 'fonds', 'caisse', 'patriotes', 'alliance',
]);
const MAX_BACK = 5;

// 'le comte de Metternich', 'le duc d'Édimbourg': a title of nobility, not a place.
const NOBLE_TITLES = new Set(['comte', 'comtesse', 'duc', 'duchesse', 'marquis', 'marquise', 'baron', 'baronne', 'vicomte', 'vicomtesse', 'archiduc', 'archiduchesse', 'margrave', 'landgrave']);

/**
 * Peoples and faiths that no country's demonym names, in the plural: 'les Inuits du Québec', 'les Kurdes de Syrie'.
 * Read here and by the teams rule ('les Kurdes de Syrie' is no team).
 */
export const PEOPLES_AND_FAITHS: readonly string[] = [
  'inuits', 'kurdes', 'touaregs', 'rohingyas', 'ouighours', 'peuls', 'berberes', 'roms', 'yezidis', 'druzes', 'coptes', 'tamouls', 'sikhs',
  'chretiens', 'juifs', 'musulmans', 'chiites', 'sunnites', 'alaouites', 'amerindiens', 'autochtones', 'innus',
];
// Peoples and faiths named before where they live: 'les Inuits du Québec', 'les Kurdes de Syrie', 'les Rohingyas de Birmanie'.
const PEOPLES = /* @__PURE__ */ wordSet(() => [...PEOPLES_AND_FAITHS, 'maoris', 'aborigenes', 'sahraouis', 'kanaks', 'hmongs', 'karens', 'pachtounes', 'hazaras', 'baloutches', 'tutsis', 'hutus', 'masais', 'zoulous', 'bedouins', 'mapuches', 'quechuas', 'aymaras', 'yanomami', 'yanomamis']);

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

/** The index of the 'de' linking a place to what precedes it ('de France', 'de la République'), or -1. */
function linkBefore(tokens: readonly Token[], i: number): number {
  const prev = tokens[i - 1];
  if (isOfLink(prev)) return i - 1;
  if (prev && (prev.key === 'la' || prev.key === "l'") && tokens[i - 2]?.key === 'de') return i - 2;
  return -1;
}

/** Whether an organisation head stands a few lower-case words before the link ('tribunal correctionnel de'). */
function orgHeadBefore(tokens: readonly Token[], link: number): boolean {
  for (let j = link - 1; j >= 0 && j >= link - MAX_BACK; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' || t.kind === 'number') return false;
    if (t.key === 'etat') continue; // 'université d'État de l'Ohio', 'Conseil d'État de Genève'
    if (t.cap) return ORG_HEADS.has(t.key);
    if (LOWER_ORG_HEADS.has(t.key)) return true;
    if (t.key === 'la' || t.key === 'le' || t.key === 'les' || t.key === "l'" || t.key === 'un' || t.key === 'une') return false;
  }
  return false;
}

/** 'de', 'du', 'des', "d'" before a place: the link of 'Banque de France', 'Tour d'Italie'. */
export function isOfLink(t: Token | undefined): boolean {
  return !!t && (t.key === 'de' || t.key === 'du' || t.key === 'des' || t.key === "d'");
}

/**
 * Whether a place name at tokens [i, end) is part of a longer name (each return says why), not standing alone.
 * @example partOfLongerName(tokens of 'la Banque de France', 3, 4) // true: after a capitalised name and 'de'
 */
export function partOfLongerName(tokens: readonly Token[], i: number, end: number, opensName?: (key: string) => boolean): boolean {
  const prev = tokens[i - 1];
  const first = tokens[i] as Token;
  const next = tokens[end];
  const allCaps = first.upper;
  const link = linkBefore(tokens, i);
  if (link >= 0 && orgHeadBefore(tokens, link)) return true; // inside an organisation's name
  const before = link >= 0 ? tokens[link - 1] : undefined;
  if (isWord(before)) {
    // ('le comté de Maui' is a place: the accent tells the county from the count.)
    if (NOBLE_TITLES.has(before.key) && before.text.toLowerCase() !== 'comté') return true; // a noble's title
    // 'les Inuits du Québec', 'les Kurdes de Syrie': a people, then where it lives; so a university's name and its town
    // ('l'université Félix-Houphouët-Boigny d'[Abidjan]').
    if (PEOPLES.has(before.key) || (tokens[link - 2]?.key === 'universite' && !tokens[link - 2]?.cap)) return false;
    if (EVENT_WORDS.has(before.key)) return true; // names an event or an agreement
    if (before.cap && !before.sentenceStart && CAPITALISED_EVENT_WORDS.has(before.key)) return true; // names an event
    // 'Banque de France', 'Flyers de Philadelphie', 'Panthers de la Floride': a capitalised name before 'de'.
    if (before.cap && !before.sentenceStart && !(allCaps && before.upper) && !STATE_HEADS.has(before.key) && !FUNCTION_WORDS.has(before.key)) return true;
  }
  // 'Inter Milan', 'Werder Brême', 'Bob Bryan': a capitalised word right before, in the same phrase and the
  // same case ('en Birmanie PARIS, 15 (Havas)' is a headline, then a dateline).
  if (isWord(prev) && prev.cap && !prev.sentenceStart && !breaksLine(prev) && first.spaceBefore === ' ' && prev.upper === allCaps) {
    if (!QUALIFIERS_BEFORE.has(prev.key) && !FUNCTION_WORDS.has(prev.key)) return true;
  }
  // 'Vladimir Poutine', 'Qatar Airways', 'Washington Post': a capitalised word right after. But a
  // well-known first name and a capitalised word after it open a person's name, which the place
  // does not enter: 'le spécialiste du Moyen-Orient Gilles Kepel', 'à Moscou Benoît Vitkine'.
  if (isWord(next) && next.cap && !next.sentenceStart && next.spaceBefore === ' ' && next.upper === allCaps && !allCaps && !FUNCTION_WORDS.has(next.key)) {
    return !(opensName && opensPersonName(tokens, end, opensName));
  }
  return false;
}

/**
 * A well-known first name at `at`, then a capitalised word on the same line: 'Gilles Kepel'.
 * @example opensPersonName(tokens of 'la Chine Gilles Kepel', 2, (k) => k === 'gilles') // true
 */
export function opensPersonName(tokens: readonly Token[], at: number, opensName: (key: string) => boolean): boolean {
  const first = tokens[at] as Token;
  const family = tokens[at + 1];
  return opensName(first.key) && isWord(family) && family.cap && family.spaceBefore === ' ';
}

/** One half of a hyphenated pair of names: offsets into the view. */
export interface PairPart {
  start: number;
  end: number;
  text: string;
}

// A token of more hyphens or letters than this is no pair of names (and keeps the split linear).
const MAX_PAIR_HYPHENS = 4;
const MAX_PAIR_LENGTH = 80;

/**
 * 'France-Brésil', 'Paris-Dakar', 'Lyon-Turin', 'États-Unis-Chine', 'Paris-Lyon-Marseille': a hyphenated
 * token made of names the finders know (a match, a race, a rail link, a relation) is two or three places,
 * each with its own offsets. Every split at a hyphen is tried ('Lyon-Saint-Étienne' → 'Lyon' +
 * 'Saint-Étienne'); every part must be capitalised and known as a whole. The caller has already looked the
 * whole token up: 'Bosnie-Herzégovine' and 'Clermont-Ferrand' are names of their own.
 * @example splitPair(token of 'France-Brésil', (s) => s === 'France' || s === 'Brésil') // [{ text: 'France' }, { text: 'Brésil' }]
 */
export function splitPair(t: Token, isKnown: (part: string) => boolean): PairPart[] | undefined {
  if (!t.cap || t.kind !== 'word' || t.text.length > MAX_PAIR_LENGTH) return undefined;
  let hyphens = 0;
  for (let k = t.text.indexOf('-'); k >= 0; k = t.text.indexOf('-', k + 1)) hyphens++;
  if (hyphens === 0 || hyphens > MAX_PAIR_HYPHENS) return undefined;
  const parts = splitKnown(t.text, t.start, isKnown);
  return parts && parts.length >= 2 ? parts : undefined;
}

/** `s` as one known name, or as a known name, a hyphen and the known names of the rest. */
function splitKnown(s: string, offset: number, isKnown: (part: string) => boolean): PairPart[] | undefined {
  if (!isCapitalised(s)) return undefined;
  for (let h = s.indexOf('-'); h > 0; h = s.indexOf('-', h + 1)) {
    const left = s.slice(0, h);
    if (!isKnown(left)) continue;
    const rest = splitKnown(s.slice(h + 1), offset + h + 1, isKnown);
    if (rest) return [{ start: offset, end: offset + h, text: left }, ...rest];
  }
  return isKnown(s) ? [{ start: offset, end: offset + s.length, text: s }] : undefined;
}

function isCapitalised(s: string): boolean {
  const c = s[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}
