import { PLACE_TABLE } from '../data/places.js';
import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Finder } from '../pipeline.js';
import type { LocationEntity, LocationKind, LocationValue } from '../types.js';
import { PhraseIndex } from './phrase-index.js';

/** One place of the gazetteer. */
export interface PlaceRecord {
  name: string;
  kind: LocationKind;
  countryCode?: string;
  wikidata?: string;
  names: string[];
}

interface Hit {
  place: PlaceRecord;
  /** 'Caire' standing for 'Le Caire' after 'au', 'du': only after a contracted article. */
  contracted: boolean;
}

/** The place gazetteer as the finder uses it. */
export interface PlaceGazetteer {
  index: PhraseIndex<Hit>;
}

/**
 * Builds a gazetteer from place records; tests pass a handful.
 * @example buildPlaceGazetteer([{ name: 'Le Caire', kind: 'city', countryCode: 'EG', names: [] }])
 */
export function buildPlaceGazetteer(records: readonly PlaceRecord[]): PlaceGazetteer {
  const index = new PhraseIndex<Hit>();
  for (const place of records) {
    for (const n of [place.name, ...place.names]) {
      index.add(n, { place, contracted: false });
      // 'Le Caire' → 'au Caire', 'du Caire'; 'Le Havre' → 'au Havre'; 'Les Sables' → 'aux Sables'.
      const m = /^(?:Le|Les) (.+)$/.exec(n);
      if (m && m[1]) index.add(m[1], { place, contracted: true });
    }
  }
  return { index };
}

/** Parses the generated table (see scripts/gen-places.mjs). */
export function parsePlaceTable(table: string): PlaceRecord[] {
  return table.split('\n').map((line) => {
    const [name = '', kind = 'place', cc = '', qid = '', names = ''] = line.split('\t');
    const rec: PlaceRecord = { name, kind: kind as LocationKind, names: names ? names.split('|') : [] };
    if (cc) rec.countryCode = cc;
    if (qid) rec.wikidata = qid;
    return rec;
  });
}

let defaultGazetteer: PlaceGazetteer | undefined;
/** The built-in place gazetteer, unpacked on first use. */
export function placeGazetteer(): PlaceGazetteer {
  return (defaultGazetteer ??= buildPlaceGazetteer(parsePlaceTable(PLACE_TABLE)));
}

const CONTRACTED = new Set(['au', 'du', 'aux', 'des']);
// 'accord de Paris', 'traité de Rome': the city is part of a treaty's name, not a place mention.
const TREATY_WORDS = new Set(['accord', 'accords', 'traite', 'traites', 'protocole', 'convention', 'pacte', 'appel', 'club', 'conference']);
// Lower-case cue words that a place name may start with: 'bande de Gaza', 'mer Rouge', 'océan Indien'.
const LOWER_HEADS = new Set(['bande', 'mer', 'ocean', 'golfe', 'cisjordanie', 'plateau', 'canal', 'detroit', 'lac', 'mont', 'ile', 'iles', 'corne']);

/**
 * Finds places of the gazetteer.
 * @example findLocationCandidates(prepare('une réunion à Marrakech'), placeGazetteer()) // Marrakech, MA, city
 */
export function findLocationCandidates(doc: Doc, gaz: PlaceGazetteer): LocationEntity[] {
  const out: LocationEntity[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (doc.header && t.start < doc.header.end) continue;
    const matches = gaz.index.matchAt(tokens, i);
    for (const m of matches) {
      const hit = chooseHit(m.values, tokens, i, m.end);
      if (!hit) continue;
      const last = tokens[m.end - 1] as Token;
      const value: LocationValue = { name: hit.place.name, kind: hit.place.kind };
      if (hit.place.countryCode) value.countryCode = hit.place.countryCode;
      if (hit.place.wikidata) value.wikidata = hit.place.wikidata;
      out.push({
        type: 'location',
        text: doc.input.slice(t.start, last.end),
        start: t.start,
        end: last.end,
        score: t.sentenceStart && m.end === i + 1 ? 0.75 : 0.9,
        source: 'location/gazetteer',
        normalized: value,
      });
      i = m.end - 1;
      break;
    }
  }
  return out;
}

function chooseHit(values: Hit[], tokens: readonly Token[], i: number, end: number): Hit | undefined {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const prevKey = prev && prev.kind !== 'punct' ? prev.key : '';
  // A proper name: capitalised, or a lower-case geographic head followed by a capital ('bande de Gaza').
  if (!t.cap) {
    if (!LOWER_HEADS.has(t.key) || !tokens.slice(i + 1, end).some((x) => x.cap)) return undefined;
  }
  if (TREATY_WORDS.has(tokens[i - 2]?.key ?? '') && prevKey === 'de') return undefined;
  for (const v of values) {
    if (v.contracted && !CONTRACTED.has(prevKey)) continue;
    return v;
  }
  return undefined;
}

/**
 * The location finder of the default pipeline.
 * @example createLocationFinder().find(prepare('à Marrakech'), ctx)
 */
export function createLocationFinder(gazetteer?: PlaceGazetteer): Finder {
  return {
    name: 'location',
    types: ['location'],
    find: (doc) => findLocationCandidates(doc, gazetteer ?? placeGazetteer()),
  };
}
