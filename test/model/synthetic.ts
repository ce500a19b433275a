import type { GoldDocument } from '../../src/index.js';

// A tiny synthetic task: invented names that no list knows, in the contexts that tell their type.
// Names are made of syllables by a fixed generator, so every run sees the same documents.
const SYLLABLES = ['bra', 'ko', 'mir', 'zel', 'va', 'ni', 'tor', 'quen', 'dal', 'ru', 'pex', 'lo', 'sim', 'gar', 'vu', 'theo', 'nak', 'ul'];

export function names(seed: number, count: number): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) % SYLLABLES.length;
  const out: string[] = [];
  while (out.length < count) {
    const w = SYLLABLES[next()]! + SYLLABLES[next()]! + SYLLABLES[next()]!;
    const name = w[0]!.toUpperCase() + w.slice(1);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

type Slot = { type: 'PER' | 'ORG' | 'LOC'; words: number };
const TEMPLATES: Array<[string, Slot]> = [
  ["Le joueur {} a signé pour trois saisons.", { type: 'PER', words: 2 }],
  ["Selon {}, la réforme sera votée.", { type: 'PER', words: 2 }],
  ["Elle a rencontré {} la semaine dernière.", { type: 'PER', words: 2 }],
  ["La société {} a publié ses résultats.", { type: 'ORG', words: 1 }],
  ["Le groupe {} rachète son concurrent.", { type: 'ORG', words: 1 }],
  ["Les salariés de la société {} sont en grève.", { type: 'ORG', words: 1 }],
  ["Il habite à {} depuis longtemps.", { type: 'LOC', words: 1 }],
  ["La mairie de {} a fermé ses portes.", { type: 'LOC', words: 1 }],
  ["Ils sont arrivés à {} hier soir.", { type: 'LOC', words: 1 }],
];

/** `count` documents of one sentence each, with their gold spans. */
export function syntheticDocuments(seed: number, count: number): GoldDocument[] {
  const pool = names(seed, count * 2);
  const docs: GoldDocument[] = [];
  for (let i = 0; i < count; i++) {
    const [template, slot] = TEMPLATES[i % TEMPLATES.length]!;
    const name = slot.words === 2 ? `${pool[2 * i]} ${pool[2 * i + 1]}` : pool[2 * i]!;
    const start = template.indexOf('{}');
    docs.push({ id: `synthetic-${seed}-${i}`, text: template.replace('{}', name), entities: [{ start, end: start + name.length, type: slot.type }] });
  }
  return docs;
}
