#!/usr/bin/env node
// `npm start`: runs gazette on the embedded example article and prints the entities found.
import { readFileSync } from 'node:fs';
import { extract } from '../dist/index.js';

const text = readFileSync(new URL('../examples/article.txt', import.meta.url), 'utf8');
const entities = extract(text);
const show = (e) => {
  const n = e.normalized;
  switch (e.type) {
    case 'person': return [n.name, n.title, n.role && `(${n.role})`].filter(Boolean).join(' ');
    case 'country': return `${n.code} ${n.name}${n.form === 'demonym' ? ' (demonym)' : ''}`;
    case 'organization': return n.name + (n.acronym ? ` [${n.acronym}]` : '');
    case 'location': return [n.name, n.countryCode, n.kind].filter(Boolean).join(', ');
    case 'date': return `${n.value ?? '?'} (${n.granularity}${n.relative ? ', relative' : ''})`;
  }
};
console.log(text.trim().split('\n')[0].slice(0, 100) + '…\n');
console.log(`${entities.length} entities:\n`);
for (const e of entities) {
  console.log(`  ${e.type.padEnd(12)} ${JSON.stringify(e.text).padEnd(34)} → ${show(e)}   [${e.start}–${e.end}]`);
}
