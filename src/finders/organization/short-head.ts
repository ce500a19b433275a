import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import type { OrgCandidate } from './candidate.js';
import type { OrganizationLexicon } from './lexicon.js';
import { phraseKey } from '../phrase-index.js';
import { isAdjective, OF } from './words.js';

// Capitalised heads that the press uses alone for the one body of that kind the article named:
// 'la Commission européenne… la Commission', 'la Cour européenne des droits de l'homme… la Cour',
// 'le Fonds monétaire international… le Fonds', "l'Autorité de la concurrence… l'Autorité".
// Only heads whose lone form the press keeps for one body; not 'l'Union', 'le Conseil', 'la Fédération', which
// old and local news use for any union or board of the article (measured on HIPE: all were false).
const SHORT_HEADS = new Set(['commission', 'cour', 'fonds', 'banque', 'autorite', 'agence']);
const ARTICLES = new Set(['la', 'le', "l'"]);

/**
 * A capitalised head alone after an article ('la Commission', 'le Fonds') is the organisation of
 * that head the document named before, when it named exactly one: after 'la Commission européenne',
 * 'la Commission reproche…' is the Commission européenne; after both the Conseil constitutionnel and
 * the Conseil d'État, 'le Conseil' stays unnamed. A head followed by a complement or an adjective
 * opens a longer name that is not this one ('la Commission électorale').
 * @example findShortHeads(prepare('La Commission européenne enquête. La Commission reproche…'), found, lex) // 'Commission' → Commission européenne
 */
export function findShortHeads(doc: Doc, found: readonly OrgCandidate[], lex: OrganizationLexicon): OrgCandidate[] {
  const { tokens } = doc;
  if (!found.length) return [];
  const covered = new Uint8Array(tokens.length);
  for (const c of found) for (let k = c.first; k < c.last; k++) covered[k] = 1;
  // Head → the values of the organisations named with it, in order of first mention.
  const byHead = new Map<string, Array<{ at: number; c: OrgCandidate }>>();
  for (const c of found) {
    if (c.last - c.first < 2 && !c.value.acronym) continue; // the head must stand for a longer name
    const head = phraseKey(c.value.name).split(' ')[0] ?? '';
    if (!SHORT_HEADS.has(head)) continue;
    const list = byHead.get(head) ?? [];
    list.push({ at: c.first, c });
    byHead.set(head, list);
  }
  if (!byHead.size) return [];
  const out: OrgCandidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i] || t.kind !== 'word' || !t.cap || t.upper || t.sentenceStart || !SHORT_HEADS.has(t.key)) continue;
    if (!ARTICLES.has((tokens[i - 1] as Token).key)) continue;
    const next = tokens[i + 1];
    // 'la Ligue 1', 'la Cour d'appel', 'la Banque centrale', 'la Commission Juncker': another name.
    if (next && (next.kind === 'number' || (next.kind === 'word' && (next.cap || OF.has(next.key) || isAdjective(next, lex.demonyms) || next.spaceBefore === '')))) continue;
    const named = byHead.get(t.key);
    if (!named) continue;
    const values = new Map<string, OrgCandidate>();
    for (const n of named) if (n.at < i) values.set(n.c.value.name, n.c);
    if (values.size !== 1) continue;
    const model = [...values.values()][0] as OrgCandidate;
    out.push({ first: i, last: i + 1, score: 0.8, source: 'organization/short-head', value: model.value });
  }
  return out;
}
