import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import { tokenAt } from '../text/token-search.js';
import type { Entity } from '../types.js';
import { scratchBytes } from '../text/scratch.js';
import { restate } from '../resolve/restate.js';

/**
 * One name, one reading in a document: a name the model found ('Thor Hushovd', 'Zenbyte', 'Millbrook') is that
 * name again where the same words come back and nothing else was found on them; a person's family
 * name alone ('Hushovd') is that person (the coreference resolver then gives the full name). Linear
 * in the tokens.
 * @example propagateNames(doc, entities) // 'Yanina Wickmayer … Wickmayer a gagné' → the second 'Wickmayer' too
 */
export function propagateNames(doc: Doc, entities: readonly Entity[]): Entity[] {
  const found = entities.filter((e) => (e.source === 'model/perceptron' && (e.type === 'person' || e.type === 'organization')) || (e.source === 'model/gaps' && e.type !== 'country'));
  if (!found.length) return [...entities];
  const { tokens } = doc;
  // The word sequences to look for, by their first word.
  const byFirst = new Map<string, Array<{ words: string[]; model: Entity }>>();
  const add = (words: string[], model: Entity) => {
    const list = byFirst.get(words[0] as string) ?? [];
    if (!list.some((x) => x.words.join(' ') === words.join(' '))) list.push({ words, model });
    byFirst.set(words[0] as string, list);
  };
  for (const e of found) {
    const i = tokenAt(tokens, e.start);
    if (i < 0) continue;
    const words: string[] = [];
    for (let k = i; k < tokens.length && (tokens[k] as Token).end <= e.end; k++) words.push((tokens[k] as Token).text);
    if (!words.length) continue;
    add(words, e);
    const last = words[words.length - 1] as string;
    if (e.type === 'person' && words.length >= 2 && last.length >= 3) add([last], e);
  }
  const taken = scratchBytes(doc.input.length);
  for (const e of entities) taken.fill(1, e.start, e.end);
  const out = [...entities];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const list = t.cap ? byFirst.get(t.text) : undefined;
    if (!list) continue;
    for (const { words, model } of list) {
      const j = i + words.length;
      if (j > tokens.length || (words.length === 1 && t.sentenceStart)) continue;
      let same = true;
      for (let k = 0; k < words.length && same; k++) same = (tokens[i + k] as Token).text === words[k];
      if (!same) continue;
      const start = t.start;
      const end = (tokens[j - 1] as Token).end;
      if (taken.subarray(start, end).some((x) => x === 1)) continue;
      // A name never goes on into more capitals ('Wickmayer' is not the start of 'Wickmayer Sport').
      if ((tokens[j] as Token | undefined)?.cap && (tokens[j] as Token).spaceBefore === ' ') continue;
      const text = doc.input.slice(start, end);
      const normalized = words.length === model.text.split(/\s+/).length ? model.normalized : { name: text };
      out.push(restate(model, { text, start, end, source: `${model.source}+document`, normalized: normalized as Entity['normalized'] }));
      taken.fill(1, start, end);
      break;
    }
  }
  return out;
}
