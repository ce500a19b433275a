import type { Doc } from '../../text/document.js';
import { breaksLine, type Token } from '../../text/tokenize.js';
import { writtenName, type OrgCandidate } from './candidate.js';
import { nameRunAt } from './names.js';
import { openingRule, openingsOf } from './openings.js';

// The acronyms of French public hospitals, written before their town: 'le CHU de Rennes', 'le CHR d'Orléans'.
const HOSPITAL_ACRONYMS = new Set(['chu', 'chr', 'chru', 'chi', 'chs', 'chd']);
// The source of the candidates this rule makes.
const HOSPITAL = 'organization/hospital';
// The adjectives of 'centre hospitalier …' and the acronym they make: 'centre hospitalier universitaire de Rennes' is
// the CHU de Rennes, the name the press and the hospital itself use.
// The words a hospital's name opens on: its acronym, 'centre' (hospitalier), 'clinique'.
const HOSPITALS = /* @__PURE__ */ openingRule(() => [{ words: [...HOSPITAL_ACRONYMS, 'centre', 'clinique'] }]);
const CENTRE_KINDS: ReadonlyMap<string, string> = new Map([
  ['universitaire', 'CHU'], ['regional', 'CHR'], ['regional universitaire', 'CHRU'], ['intercommunal', 'CHI'],
  ['specialise', 'CHS'], ['departemental', 'CHD'], ['', 'CH'],
]);

/**
 * Public hospitals and clinics named by their town or their name: 'le CHU de Rennes', 'le centre
 * hospitalier de Saint-Malo', 'centre hospitalier universitaire de Rennes' (→ 'CHU de Rennes'), 'la
 * clinique Saint-Laurent'; then the bare 'CHU' of a document that named one CHU ('le conseil de
 * surveillance du CHU'). A lone town stays a place: 'l'hôpital de Dax' is not a name.
 * @example findHospitals(prepare('Les urgences du CHU de Rennes sont saturées.')) // CHU de Rennes
 */
export function findHospitals(doc: Doc): OrgCandidate[] {
  const { tokens } = doc;
  const out: OrgCandidate[] = [];
  // Only where a hospital's first word stands (openings.ts); a name found takes its tokens ('resume').
  let resume = 0;
  for (const i of openingsOf(tokens, HOSPITALS)) {
    if (i < resume) continue;
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (t.upper && HOSPITAL_ACRONYMS.has(t.key)) {
      const end = townAfter(tokens, i + 1);
      if (end > 0) out.push({ first: i, last: end, score: 0.9, source: HOSPITAL, value: { name: writtenName(doc, tokens, i, end) } });
      continue;
    }
    if (t.key === 'centre' && tokens[i + 1]?.key === 'hospitalier') {
      let k = i + 2;
      let kind = '';
      while (CENTRE_KINDS.has(`${kind}${kind ? ' ' : ''}${tokens[k]?.key ?? '-'}`) && (tokens[k] as Token).kind === 'word') kind = `${kind}${kind ? ' ' : ''}${(tokens[k++] as Token).key}`;
      // 'le Centre hospitalier Nganda', 'le centre hospitalier Sainte-Anne': a name of its own, no town.
      const own = tokens[k]?.cap && !tokens[k]?.upper ? nameRunAt(tokens, k, 3) : k;
      if (own > k) {
        out.push({ first: i, last: own, score: 0.9, source: HOSPITAL, value: { name: writtenName(doc, tokens, i, own) } });
        resume = own;
        continue;
      }
      const end = townAfter(tokens, k);
      if (end < 0) continue;
      const acronym = CENTRE_KINDS.get(kind) ?? 'CH';
      // 'CHU de Rennes'; a plain 'centre hospitalier de Saint-Malo' keeps its words.
      const name = acronym === 'CH' ? writtenName(doc, tokens, i, end) : `${acronym} ${writtenName(doc, tokens, k, end)}`;
      out.push({ first: i, last: end, score: 0.9, source: HOSPITAL, value: { name } });
      resume = end;
      continue;
    }
    // 'la clinique Saint-Laurent', 'la Clinique des Cèdres' (not 'la clinique de la ville').
    if (t.key === 'clinique' && (tokens[i - 1]?.kind === 'word' || tokens[i - 1]?.kind === 'elision')) {
      const start = tokens[i + 1]?.key === 'des' || tokens[i + 1]?.key === 'du' ? i + 2 : i + 1;
      const end = nameRunAt(tokens, start, 3);
      if (end > start && (tokens[start] as Token).kind === 'word' && (tokens[start] as Token).cap && !(tokens[start] as Token).upper) {
        out.push({ first: i, last: end, score: 0.85, source: HOSPITAL, value: { name: writtenName(doc, tokens, i, end) } });
        resume = end;
      }
    }
  }
  return [...out, ...bareAcronyms(doc, out)];
}

/** 'de Rennes', "d'Orléans", 'du Mans': the index after the town, or -1. */
function townAfter(tokens: readonly Token[], k: number): number {
  const of = tokens[k];
  if (!of || (of.key !== 'de' && of.key !== "d'" && of.key !== 'du') || of.cap) return -1;
  const town = tokens[k + 1];
  if (!town || town.kind !== 'word' || !town.cap || town.upper || breaksLine(town)) return -1;
  // One town, written with hyphens ('Saint-Malo', 'Corbeil-Essonnes') or of two words ('Le Mans', 'La Rochelle').
  const second = tokens[k + 2];
  const twoWords = (town.key === 'le' || town.key === 'la') && second?.kind === 'word' && second.cap && second.spaceBefore === ' ';
  return k + (twoWords ? 3 : 2);
}

/** The bare 'CHU' of a document that names exactly one CHU: 'le conseil de surveillance du CHU'. */
function bareAcronyms(doc: Doc, named: readonly OrgCandidate[]): OrgCandidate[] {
  const byAcronym = new Map<string, string | null>();
  for (const c of named) {
    const acronym = c.value.name.split(' ')[0] ?? '';
    if (!HOSPITAL_ACRONYMS.has(acronym.toLowerCase())) continue;
    const prev = byAcronym.get(acronym);
    byAcronym.set(acronym, prev === undefined || prev === c.value.name ? c.value.name : null);
  }
  if (!byAcronym.size) return [];
  const inside = new Set<number>();
  for (const c of named) for (let k = c.first; k < c.last; k++) inside.add(k);
  const out: OrgCandidate[] = [];
  doc.tokens.forEach((t, i) => {
    const name = byAcronym.get(t.text);
    if (name && !inside.has(i)) out.push({ first: i, last: i + 1, score: 0.85, source: HOSPITAL, value: { name } });
  });
  return out;
}
