import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import { fold } from '../../text/normalize.js';
import type { Finder } from '../../pipeline.js';
import type { LocationEntity, LocationKind, LocationValue } from '../../types.js';
import { ARTICLES, CONTRACTED, isOfLink, wordSet, partOfLongerName, splitPair, type PairPart } from '../place-context.js';
import { INNER, REGION_NOUNS, datedPlaceEnd, datelineEnd, hasAppositionAfter, hasCueBefore, nameEnd, personNameWords } from './cues.js';
import { isBuiltPlaceHead, matchFeature } from './features.js';
import { SEVERAL_WORDS, UNKNOWN, tokenWordNumbers } from '../vocabulary.js';
import { placeGazetteer, placeNamedAlone, type PlaceGazetteer, type PlaceHit, type PlaceRecord } from './gazetteer.js';

export { buildPlaceGazetteer, parsePlaceTable, placeGazetteer } from './gazetteer.js';
export type { PlaceAmbiguity, PlaceGazetteer, PlaceHit, PlaceRecord } from './gazetteer.js';

// The linking words of French communes' names: 'Ille-sur-Têt', 'Châlons-en-Champagne', 'Bourg-lès-Valence', 'Villers-aux-Érables'.
const TOWN_LINKS = new Set(['sur', 'sous', 'lès', 'lez', 'en', 'aux']);
const UPPER_START = /^\p{Lu}/u;

/** Whether a hyphenated word has the shape of a French commune's name: capitalised, a linking word, capitalised. */
function looksLikeTown(text: string): boolean {
  if (text.length > 60) return false;
  // Two hyphens at least, counted before any split: this is asked of most capitalised words ('Macron').
  const hyphen = text.indexOf('-');
  if (hyphen < 0 || text.indexOf('-', hyphen + 1) < 0) return false;
  const parts = text.split('-');
  if (parts.length < 3 || !UPPER_START.test(parts[0] as string)) return false;
  for (let k = 1; k < parts.length - 1; k++) if (TOWN_LINKS.has(parts[k] as string) && UPPER_START.test(parts[k + 1] as string)) return true;
  return false;
}

/** Whether 'la province de' (a subdivision noun and 'de', 'du', "d'") stands right before token i. */
function regionCueBefore(tokens: readonly Token[], i: number): boolean {
  const of = tokens[i - 1];
  const noun = tokens[i - 2];
  return !!of && !!noun && (of.key === 'de' || of.key === "d'" || of.key === 'du') && noun.kind === 'word' && REGION_NOUNS.has(noun.key) && noun.text.toLowerCase() !== 'comte';
}
// Lower-case cue words that a place name of the gazetteer may start with: 'bande de Gaza', 'mer Rouge'.
const LOWER_HEADS = new Set(['bande', 'mer', 'ocean', 'golfe', 'cisjordanie', 'plateau', 'canal', 'detroit', 'lac', 'mont', 'ile', 'iles', 'corne', 'tour']);
// Words before a given name that make it a person: 'la reine Victoria', 'le prince Eugène', 'saint Pierre'.
const TITLES = new Set(['reine', 'roi', 'prince', 'princesse', 'imperatrice', 'empereur', 'saint', 'sainte', 'pape', 'tsar', 'tsarine', 'duc', 'duchesse', 'comte', 'comtesse', 'general', 'president', 'lord', 'lady', 'sir', 'frere', 'soeur', 'pere', 'mere', 'mgr', 'archiduc', 'archiduchesse', 'infante', 'dauphin', 'dauphine', 'madame', 'monsieur', 'miss']);
// Prepositions that make a one-word name that is also a word or a given name a place: 'à Tours', 'de Florence'.
const PLACE_PREPOSITIONS = new Set(['a', 'de', "d'", 'vers', 'depuis', 'via', 'entre', 'pres', 'jusqu', 'en', 'au', 'du']);
// Small words inside city names, the cues' INNER and more: 'Rio de Janeiro', 'Aix-en-Provence' (one token), 'Dar es Salaam'.
const NAME_SMALL_WORDS = /* @__PURE__ */ wordSet(() => [...INNER, 'di', 'le', 'les', 'es', 'en', 'sous', 'y', 'et', 'upon', 'am', 'im', 'an', 'der', 'van', 'von', 'du', 'des', "d'", "l'", 'of', 'on']);
// The only words that make a famous surname a place: 'à Darwin', 'vers Churchill' ('de Darwin' is his).
const SURNAME_PREPOSITIONS = new Set(['a', 'en', 'vers', 'depuis', 'via', 'jusqu']);
// Kinds of place that an adjective may qualify into a new one: 'Alpes françaises', 'Europe occidentale'.
const QUALIFIABLE = new Set<LocationKind>(['continent', 'region', 'mountain', 'water', 'area']);
// Ranges of a range: 'Alpes bernoises', 'Alpes lépontines', 'Alpes maritimes'.
const MOUNTAIN_ADJECTIVE = /(?:aises|oises|ines|iennes|ales|imes)$/;

/**
 * Finds places: the gazetteer ('Marrakech', 'au Caire' → 'Le Caire'), named features ('lac Kivu',
 * 'port de Beyrouth'), places the gazetteer lacks by their context ('à Hillion', 'la province de Hatay')
 * and datelines ('BERNE, 15').
 * @example findLocationCandidates(prepare('une réunion à Marrakech'), placeGazetteer()) // Marrakech, MA, city
 */
export function findLocationCandidates(doc: Doc, gaz: PlaceGazetteer): LocationEntity[] {
  const out: LocationEntity[] = [];
  const { tokens } = doc;
  // (Read once. A lexicon built meanwhile, the people's on first use, numbers more words, but none of the
  // gazetteer's or the heads': those were numbered before, so a token read here as unknown stays no place word.)
  const numbers = tokenWordNumbers(tokens);
  let peopleWords: Set<string> | undefined;
  const people = () => (peopleWords ??= personNameWords(tokens, gaz.isFirstName));
  // A place at offsets [start, end) of the text; `emit` takes token indices.
  const add = (start: number, end: number, value: LocationValue, score: number, source: string) => {
    out.push({ type: 'location', text: doc.input.slice(start, end), start, end, score, source, normalized: value });
  };
  const emit = (start: number, end: number, value: LocationValue, score: number, source: string) => add((tokens[start] as Token).start, (tokens[end - 1] as Token).end, value, score, source);
  // After a place, the unknown names listed with it are places too: 'à Moldava, Bazias, Kovi et Pancevo'.
  let listEnd = -1;
  const push = (start: number, end: number, value: LocationValue, score: number, source: string) => {
    emit(start, end, value, score, source);
    for (let k = end; ; ) {
      const item = listItemAt(tokens, k, gaz, people);
      if (!item) break;
      emit(item.start, item.end, { name: doc.view.slice((tokens[item.start] as Token).start, (tokens[item.end - 1] as Token).end) }, 0.6, 'location/list');
      listEnd = item.end;
      k = item.end;
    }
  };
  // 'le Paris-Dakar', 'la liaison Lyon-Turin': two places in one token, each with its offsets (a country
  // half is the country finder's); 'Aquitaine-Limousin-Poitou-Charentes', regions only, is one region.
  const emitPair = (pair: readonly PairPart[]) => {
    const places = pair.map((part) => (gaz.countries.get(part.text) ? undefined : placeNamedAlone(gaz, part.text)));
    if (places.every((p) => p?.kind === 'region')) {
      const first = pair[0] as PairPart;
      const last = pair[pair.length - 1] as PairPart;
      add(first.start, last.end, { name: doc.view.slice(first.start, last.end), kind: 'region' }, 0.85, 'location/pair');
      return;
    }
    pair.forEach((part, k) => {
      const place = places[k];
      if (place) add(part.start, part.end, placeValue(place), 0.85, 'location/pair');
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || i < listEnd) continue;
    // A lower-case word no lexicon holds ('annoncé', 'mardi') is no head, opens no listed place, and only
    // capitalised words make a place by their context: half the words of a text end here.
    if (numbers[i] === UNKNOWN && !t.cap) continue;
    if (doc.header && t.start < doc.header.end) continue;
    // 'outre-Rhin', 'outre-Atlantique': the lands beyond a river, a sea, a mountain. (A hyphenated word,
    // 'outre rhin' as a key of two words: the other words are answered by their number, their text unread.)
    if (numbers[i] === SEVERAL_WORDS && t.text.startsWith('outre-') && /^outre-\p{Lu}/u.test(t.text)) {
      emit(i, i + 1, { name: t.text, kind: 'region' }, 0.8, 'location/outre');
      continue;
    }
    let feature = matchFeature(tokens, i);
    // 'Il en va de la place de la Suisse (et de la France)': a lower-case 'place', 'rue' or 'tour' before
    // a country's name is a common noun ('la Place de la Nation' would be capitalised); the country wins.
    if (feature && !t.cap && isBuiltPlaceHead(t.key) && gaz.countries.matchAt(tokens, feature.nameStart)[0]?.end === feature.end) feature = undefined;
    // (Most words open no listed place: answered by their number before a walk is begun.)
    const found = gaz.index.mayOpen(numbers[i] as number) ? gazetteerAt(tokens, i, gaz, people) : undefined;
    if (feature && (!found || feature.end > found.end) && !isClubName(tokens, i, feature.nameStart, feature.end, gaz)) {
      const inner = gaz.index.matchAt(tokens, feature.nameStart)[0];
      // 'le canal du Rhône de Finges à Chippis': the name ends with the known place, before a second 'de'.
      if (inner && inner.end < feature.end && isOfLink(tokens[inner.end])) feature.end = inner.end;
      // 'le Stade Pierre-Mauroy de Lille', 'la rue Victor-Hugo de Lyon': a name of its own, then the town it is in.
      const townAfter = !inner && !feature.descriptive ? townEndingName(tokens, feature.nameStart, feature.end, gaz) : undefined;
      if (townAfter) feature.end = townAfter.start - 1;
      const known = inner && inner.end === feature.end ? inner.values[0]?.place : undefined;
      if (feature.descriptive === 'always' || (feature.descriptive === 'if-known' && known)) {
        // The name alone: the place of the gazetteer, or the name as written.
        const start = tokens[feature.nameStart] as Token;
        const value: LocationValue = known ? placeValue(known) : { name: doc.view.slice(start.start, (tokens[feature.end - 1] as Token).end), kind: feature.kind };
        push(feature.nameStart, feature.end, value, 0.85, 'location/feature');
        i = feature.end - 1;
        continue;
      }
      const value: LocationValue = { name: doc.view.slice(t.start, (tokens[feature.end - 1] as Token).end), kind: feature.kind };
      if (known?.countryCode) value.countryCode = known.countryCode;
      push(i, feature.end, value, 0.85, 'location/feature');
      i = feature.end - 1;
      if (townAfter) {
        // The town after 'de' stands alone: no longer name holds it.
        push(townAfter.start, townAfter.end, placeValue(townAfter.hit.place), 0.9, 'location/gazetteer');
        i = townAfter.end - 1;
      }
      continue;
    }
    if (found?.hit) {
      const { hit } = found;
      let end = found.end;
      let name = hit.place.name;
      // 'Alpes françaises', 'Europe occidentale', 'Arctique canadien': one place.
      const next = tokens[end];
      const written = doc.view.slice(t.start, (tokens[end - 1] as Token).end);
      if (next && next.kind === 'word' && !next.cap && next.spaceBefore === ' ' && QUALIFIABLE.has(hit.place.kind) && (gaz.regionAdjectives.has(next.key) || (hit.place.kind === 'mountain' && MOUNTAIN_ADJECTIVE.test(next.key)))) {
        // A qualified region keeps the name it is written with: 'Sulawesi central' (a province), not 'Célèbes central'.
        name = `${written} ${next.text}`;
        end++;
      } else if (QUALIFIABLE.has(hit.place.kind) && hit.place.kind !== 'continent') {
        // 'le Darfour du Nord', 'le Kordofan du Sud', 'la Cisjordanie de l'Est': a region and its cardinal part, one place.
        const part = cardinalPartEnd(tokens, end);
        if (part > end) {
          name = doc.view.slice(t.start, (tokens[part - 1] as Token).end);
          end = part;
        }
      }
      // After 'la province de', a city's other name is the province's own: 'la province de Hatay' (not Antioche),
      // 'la province de Catamarca' (not San Fernando del Valle de Catamarca).
      // (A spelling of the same name keeps the table's: 'la région de Zaporijjia' → Zaporijia.)
      const region = hit.place.kind === 'city' && end === found.end && regionCueBefore(tokens, i) && fold(written).slice(0, 4) !== fold(hit.place.name).slice(0, 4);
      const value: LocationValue = region ? { name: written, kind: 'region' } : { name, kind: hit.place.kind };
      if (hit.place.countryCode) value.countryCode = hit.place.countryCode;
      if (hit.place.wikidata && end === found.end && !region) value.wikidata = hit.place.wikidata;
      push(i, end, value, t.sentenceStart && end === i + 1 ? 0.75 : 0.9, 'location/gazetteer');
      i = end - 1;
      continue;
    }
    if (found) {
      // 'RENNES (Ille-et-Vilaine).': a listed town that is also a word ('rennes', reindeer) opens a dispatch.
      const city = found.end === i + 1 && datelineEnd(tokens, i) > 0 ? cityAt(tokens, i, gaz) : undefined;
      if (city) push(i, i + 1, placeValue(city.hit.place), 0.75, 'location/dateline');
      // 'Yankees de New York': a rejected name is skipped whole, or 'York' alone would be found next.
      i = found.end - 1;
      continue;
    }
    // (A pair is a hyphenated word, whose key holds several words: the other capitalised words are answered by
    // their number, not by a search of their text.)
    if (numbers[i] === SEVERAL_WORDS && t.cap && t.text.includes('-') && mayOpenPair(tokens, i, gaz)) {
      const pair = splitPair(t, (part) => isPairPart(part, gaz));
      if (pair) {
        emitPair(pair);
        continue;
      }
    }
    const dateline = Math.max(datelineEnd(tokens, i), datedPlaceEnd(tokens, i));
    if (dateline > 0) {
      push(i, dateline, { name: titleCase(t.text), kind: 'city' }, 0.7, 'location/dateline');
      continue;
    }
    if (!t.cap) continue;
    const end = nameEnd(tokens, i);
    if (end < 0) continue;
    // At a sentence start only an apposition tells: 'Kamituga, une cité minière du Sud-Kivu, …'. A French town's
    // name tells by itself: 'Ille-sur-Têt', 'Fontaines-sur-Saône', 'Saint-Michel-en-Grève'.
    if ((!t.sentenceStart && hasCueBefore(tokens, i)) || hasAppositionAfter(tokens, end) || (end === i + 1 && looksLikeTown(t.text))) {
      const firstOfTwo = end > i + 1 && gaz.isFirstName(t.key); // 'face à Agnieszka Radwańska'
      if (!firstOfTwo && !people().has(t.key) && !partOfLongerName(tokens, i, end, gaz.opensPersonName)) {
        push(i, end, { name: doc.view.slice(t.start, (tokens[end - 1] as Token).end) }, 0.6, 'location/context');
        i = end - 1;
      }
    }
  }
  return out;
}

/**
 * Whether a hyphenated token may be a pair of places: its first words must be a country or a place.
 * 'Jean-Claude', 'Celle-ci', 'Saint-Denis' are answered by their word numbers, before each split is
 * folded and looked up in tables far out of the cache.
 */
function mayOpenPair(tokens: readonly Token[], i: number, gaz: PlaceGazetteer): boolean {
  return gaz.countries.startsWithPhraseAt(tokens, i) || gaz.index.startsWithPhraseAt(tokens, i);
}

/** A part of a hyphenated pair: a country, or a place named alone. */
function isPairPart(part: string, gaz: PlaceGazetteer): boolean {
  return !!gaz.countries.get(part) || !!placeNamedAlone(gaz, part);
}

/**
 * 'le Stade de Reims', 'le Stade rennais': a capitalised 'Stade' before a city's name is the club
 * ('le Stade de France' stays a stadium: France is no city).
 */
function isClubName(tokens: readonly Token[], i: number, nameStart: number, end: number, gaz: PlaceGazetteer): boolean {
  const head = tokens[i] as Token;
  if (head.key !== 'stade' || !head.cap || head.sentenceStart) return false;
  const inner = gaz.index.matchAt(tokens, nameStart)[0];
  return !!inner && inner.end === end && inner.values.some((v) => v.place.kind === 'city');
}

const LIST_LINKS = new Set(['et', 'ou', '&']);
const LIST_PREPOSITIONS = new Set(['a', 'de', "d'", 'en']);
// What may follow the last item of a list: punctuation or another link ('Limoges et Bourses.').
const LIST_ENDS = new Set([',', '.', ';', ':', ')', '(', '!', '?', '»', '"']);

/**
 * The unknown place listed at token k after a place: ', Bazias', 'et de Codroipo', 'et Bourses'.
 * Known places are left to the gazetteer; a name followed by a verb is the subject of a clause
 * ('à Paris, Macron a dit'), not an item.
 */
function listItemAt(tokens: readonly Token[], k: number, gaz: PlaceGazetteer, people: () => Set<string>): { start: number; end: number } | undefined {
  let j = k;
  const sep = tokens[j];
  if (!sep || !(sep.text === ',' || LIST_LINKS.has(sep.key))) return undefined;
  j++;
  if (sep.text === ',' && tokens[j] && LIST_LINKS.has((tokens[j] as Token).key)) j++;
  const prep = tokens[j];
  if (prep && LIST_PREPOSITIONS.has(prep.key) && !prep.cap) j++;
  const first = tokens[j];
  if (!first || first.kind !== 'word' || !first.cap || first.upper || first.sentenceStart) return undefined;
  if (gaz.index.matchAt(tokens, j).length > 0) return undefined;
  const end = nameEnd(tokens, j);
  if (end < 0) return undefined;
  const after = tokens[end];
  if (after && !LIST_ENDS.has(after.text) && !LIST_LINKS.has(after.key)) return undefined;
  if ((end > j + 1 && gaz.isFirstName(first.key)) || people().has(first.key) || partOfLongerName(tokens, j, end)) return undefined;
  return { start: j, end };
}

/**
 * The longest gazetteer phrase at token i that its context lets stand as a place; when every phrase
 * there is rejected, the longest one without a hit (to be skipped whole).
 */
function gazetteerAt(tokens: readonly Token[], i: number, gaz: PlaceGazetteer, people: () => Set<string>): { end: number; hit?: PlaceHit } | undefined {
  const matches = gaz.index.matchAt(tokens, i);
  for (const m of matches) {
    const hit = chooseHit(m.values, tokens, i, m.end, gaz);
    if (!hit) continue;
    // 'Charles Darwin … Darwin': a one-word city the text uses as a surname is the person, unless 'à Darwin'.
    if (m.end === i + 1 && hit.place.kind === 'city' && !PLACE_PREPOSITIONS.has(tokens[i - 1]?.key ?? '') && people().has((tokens[i] as Token).key)) {
      return { end: m.end };
    }
    return { end: m.end, hit };
  }
  const longest = matches[0];
  return longest ? { end: longest.end } : undefined;
}

/** A known town after a 'de' that ends a feature's run ('Stade Pierre-Mauroy [de Lille]'): where it starts and ends. */
function townEndingName(tokens: readonly Token[], nameStart: number, end: number, gaz: PlaceGazetteer): { hit: PlaceHit; start: number; end: number } | undefined {
  for (let k = nameStart + 1; k < end - 1; k++) {
    if (!isOfLink(tokens[k])) continue;
    const town = cityAt(tokens, k + 1, gaz);
    if (town && town.end === end) return { ...town, start: k + 1 };
  }
  return undefined;
}

/** The city of the gazetteer that starts at token `k`, and where its name ends. */
function cityAt(tokens: readonly Token[], k: number, gaz: PlaceGazetteer): { hit: PlaceHit; end: number } | undefined {
  const match = gaz.index.matchAt(tokens, k)[0];
  const hit = match?.values.find((v) => v.place.kind === 'city');
  return match && hit ? { hit, end: match.end } : undefined;
}

const CARDINALS = new Set(['nord', 'sud', 'est', 'ouest', 'nord est', 'nord ouest', 'sud est', 'sud ouest']);

/** After a region, 'du Nord', 'du Sud', 'de l'Est', 'de l'Ouest' (capitalised): the index after it, or `end`. */
function cardinalPartEnd(tokens: readonly Token[], end: number): number {
  const of = tokens[end];
  if (!of || of.cap || of.spaceBefore !== ' ') return end;
  const at = of.key === 'du' ? end + 1 : of.key === 'de' && tokens[end + 1]?.key === "l'" ? end + 2 : -1;
  // (No read at index -1 for 'le Darfour en guerre', which has no part: an array read at a negative index
  // makes the engine's generic lookup of every read here.)
  if (at < 0) return end;
  const word = tokens[at];
  return word && word.cap && word.kind === 'word' && CARDINALS.has(word.key) && tokens[at + 1]?.cap !== true ? at + 1 : end;
}

/** Picks the reading of a matched phrase that spelling and context allow, or none. */
function chooseHit(values: readonly PlaceHit[], tokens: readonly Token[], i: number, end: number, gaz: PlaceGazetteer): PlaceHit | undefined {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const prevKey = prev && prev.kind !== 'punct' ? prev.key : '';
  // A proper name: capitalised, or a lower-case geographic head followed by a capital ('bande de Gaza').
  if (!t.cap) {
    if (!LOWER_HEADS.has(t.key) || !tokens.slice(i + 1, end).some((x) => x.cap)) return undefined;
  }
  if (partOfLongerName(tokens, i, end, gaz.opensPersonName)) return undefined;
  const titleCase = isTitleCase(tokens, i, end);
  // 'La défense a introduit une demande': a name that opens on its article ('La Défense', 'Le Havre', 'La Haye')
  // is written with capitals after it; a capital article alone is the start of a sentence.
  if (!titleCase && end > i + 1 && (t.key === 'la' || t.key === 'le' || t.key === 'les')) return undefined;
  if (end === i + 1 && !contextOk(t, prevKey, tokens[end], tokens[end + 1], gaz)) return undefined;
  const afterA = prev?.text === 'à' || prev?.text === 'À';
  // 'l'Alliance atlantique', 'le Temple': a town named like a word takes no article ('la Manche' is no town).
  const wordAfterArticle = end === i + 1 && ARTICLES.has(prevKey) && gaz.commonWords.has(t.key);
  let chosen: PlaceHit | undefined;
  for (const v of values) {
    if (v.contracted && !CONTRACTED.has(prevKey)) continue;
    if (wordAfterArticle && v.place.kind === 'city') continue;
    // 'La grande résistance' is no 'La Grande' (Oregon): city names are written in title case.
    if (!titleCase && v.place.kind === 'city') continue;
    // 'à Québec' is the city, 'au Québec' the province.
    if (afterA && v.place.kind === 'city') return v;
    chosen ??= v;
  }
  return chosen;
}

/**
 * A one-word name that is also a word or a given name ('Tours', 'Orange', 'Florence', 'Victoria')
 * needs a place context: a preposition before it, or not being at the start of a sentence.
 */
function contextOk(t: Token, prevKey: string, next: Token | undefined, nextNext: Token | undefined, gaz: PlaceGazetteer): boolean {
  const word = gaz.commonWords.has(t.key);
  const given = gaz.givenNames.has(t.key);
  if (TITLES.has(prevKey)) return false;
  // 'l'ALTA', 'la CGT': a short word in capitals inside a sentence is an acronym ('PARIS, 15 (Havas)' is a dateline).
  if (t.upper && !t.sentenceStart && t.text.length <= 5 && !(next?.text === ',' && nextNext?.kind === 'number')) return false;
  if (gaz.surnames.has(t.key)) return SURNAME_PREPOSITIONS.has(prevKey);
  if (!word && !given) return true;
  if (PLACE_PREPOSITIONS.has(prevKey)) return true;
  if (t.upper) return false; // 'CANTON' in a headline is the word
  if (t.sentenceStart) return !!next && next.kind === 'punct' && (next.text === ',' || next.text === ':');
  return true;
}

/** Every word of a multi-word name is capitalised, the small words of names aside ('Rio de Janeiro'). */
function isTitleCase(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && !t.cap && !NAME_SMALL_WORDS.has(t.key)) return false;
  }
  return true;
}

function placeValue(place: PlaceRecord): LocationValue {
  const value: LocationValue = { name: place.name, kind: place.kind };
  if (place.countryCode) value.countryCode = place.countryCode;
  if (place.wikidata) value.wikidata = place.wikidata;
  return value;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/**
 * The location finder of the default pipeline.
 * @example createLocationFinder().find(prepare('à Marrakech'), ctx) // [{ text: 'Marrakech', normalized: { name: 'Marrakech', countryCode: 'MA', kind: 'city' } }]
 */
export function createLocationFinder(gazetteer?: PlaceGazetteer): Finder {
  return {
    name: 'location',
    types: ['location'],
    find: (doc) => findLocationCandidates(doc, gazetteer ?? placeGazetteer()),
  };
}
