// What `npm run eval` scores when it is given no file: the corpus, and the shared dev sets when
// ../shared/data exists (developer machines and CI; never on a user's machine).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The project's corpus: dev is tuned on, test only scored. */
export const corpusTargets = (root) => [
  { name: 'corpus dev', part: 'dev', file: join(root, 'corpus/dev.jsonl'), scheme: 'news' },
  { name: 'corpus test', part: 'test', file: join(root, 'corpus/test.jsonl'), scheme: 'news' },
];

/** The shared directory, beside the project (`../shared`). */
export const sharedDir = (root) => join(root, '..', 'shared');

/**
 * The shared dev sets, scored with the conll scheme (countries by name count as LOC). All are
 * historical or encyclopedic text, not modern news: they show robustness, not the target figure.
 * Europeana (OCR, 1870–1939, IO tags) is a noisy check; its train split is the one we have.
 */
export function sharedTargets(root) {
  const data = join(sharedDir(root), 'data');
  return [
    { name: 'hipe2020-fr dev', file: join(data, 'hipe2020-fr/dev.jsonl') },
    { name: 'hipe2022-letemps-fr dev', file: join(data, 'hipe2022-letemps-fr/dev.jsonl') },
    { name: 'hipe2022-newseye-fr dev', file: join(data, 'hipe2022-newseye-fr/dev.jsonl') },
    { name: 'wikineural-fr dev (silver)', file: join(data, 'wikineural-fr/dev.jsonl') },
    { name: 'europeana-newspapers-fr train (noisy OCR)', file: join(data, 'europeana-newspapers-fr/train.jsonl') },
  ].filter((t) => existsSync(t.file)).map((t) => ({ ...t, scheme: 'conll', shared: true }));
}

export const hasSharedData = (root) => existsSync(join(sharedDir(root), 'data'));
