import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import type { OrgCandidate } from './candidate.js';
import type { Definition } from './definitions.js';

// Rules whose names the rest of the document may repeat without their cue:
// 'le conglomérat indien Tata… dans le giron de Tata', 'Air India' in the headline.
const REPEATABLE = new Set(['organization/phrase', 'organization/apposition', 'organization/name-tail', 'organization/club', 'organization/definition']);

/**
 * What the document taught, applied to the whole document: every other mention of an acronym
 * it defined ('la Cedeao', 'le CNSP') and of a name a cue revealed ('Tata', 'Air India'),
 * wherever it stands, gets the same value. One pass over the tokens, Map lookups.
 * @example repeatDocumentNames(prepare('Le CNSP (…) puis le CNSP'), found, definitions)
 */
export function repeatDocumentNames(doc: Doc, found: readonly OrgCandidate[], definitions: readonly Definition[]): OrgCandidate[] {
  const { tokens } = doc;
  // First token key → the names that start with it, as token keys.
  const names = new Map<string, Array<{ keys: string[]; exact?: string; model: OrgCandidate }>>();
  const add = (keys: string[], model: OrgCandidate, exact?: string) => {
    const list = names.get(keys[0] as string) ?? [];
    list.push(exact === undefined ? { keys, model } : { keys, exact, model });
    names.set(keys[0] as string, list);
  };
  for (const d of definitions) {
    const model = found.find((c) => c.source === 'organization/definition' && c.value === d.value && c.last - c.first <= 2);
    if (model) add(tokens.slice(model.first, model.last).map((t) => t.key), model, d.acronym);
  }
  for (const c of found) {
    if (!REPEATABLE.has(c.source) || !(tokens[c.first] as Token).cap) continue;
    add(tokens.slice(c.first, c.last).map((t) => t.key), c);
  }
  if (!names.size) return [];
  for (const list of names.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const taken = new Uint8Array(tokens.length);
  for (const c of found) for (let k = c.first; k < c.last; k++) taken[k] = 1;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (taken[i] || !t.cap) continue;
    const list = names.get(t.key);
    if (!list) continue;
    for (const n of list) {
      const end = i + n.keys.length;
      if (end > tokens.length || n.keys.some((k, x) => tokens[i + x]?.key !== k || taken[i + x])) continue;
      // An acronym is repeated as written ('CSA', not 'Csa'); a name with its capitals.
      if (n.exact !== undefined && tokens.slice(i, end).map((x) => x.text).join(' ') !== n.exact) continue;
      const next = tokens[end];
      if (next && next.spaceBefore === '' && next.kind === 'word') continue;
      out.push({ first: i, last: end, score: Math.min(n.model.score, 0.88), source: 'organization/document', value: n.model.value });
      for (let k = i; k < end; k++) taken[k] = 1;
      i = end - 1;
      break;
    }
  }
  return out;
}
