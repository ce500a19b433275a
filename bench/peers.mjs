// The libraries side by side: what each one is asked to do on a piece of text. Every runner
// returns a count of what it found, so that no engine can skip work whose result is unused.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { root } from './text.mjs';

export const REFERENCE = '2022-04-15';

/** gazette's built library (dist/), the way a user imports it. */
export async function loadGazette() {
  return import(pathToFileURL(join(root, 'dist/index.js')).href);
}

/**
 * @returns {Promise<Array<{ name: string, does: string, run: (text: string) => number }>>}
 */
export async function loadRunners() {
  const gazette = await loadGazette();
  const { default: nlp } = await import('compromise');
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const chrono = await import('chrono-node/fr');
  const wink = winkNLP(model);
  const refDate = new Date(`${REFERENCE}T00:00:00Z`);
  const rulesOnly = gazette.createExtractor({ model: null });
  return [
    {
      name: 'gazette',
      does: 'extract: people, countries, organisations, places, dates, normalized',
      run: (t) => gazette.extract(t, { referenceDate: REFERENCE }).length,
    },
    {
      name: 'gazette rules only',
      does: 'extract without the learned model (createExtractor({ model: null })): the rule finders alone',
      run: (t) => rulesOnly.extract(t, { referenceDate: REFERENCE }).length,
    },
    {
      name: 'gazette findDates',
      does: 'findDates: dates only (the date finder alone)',
      run: (t) => gazette.findDates(t, { referenceDate: REFERENCE }).length,
    },
    {
      name: 'compromise',
      does: 'nlp(text): .people() .places() .organizations(), as arrays of strings',
      run: (t) => {
        const doc = nlp(t);
        return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
      },
    },
    {
      name: 'wink-nlp',
      does: 'readDoc(text).entities() with wink-eng-lite-web-model, default pipeline',
      run: (t) => wink.readDoc(t).entities().out().length,
    },
    {
      name: 'chrono-node/fr',
      does: 'chrono.parse(text, date): dates only',
      run: (t) => chrono.parse(t, refDate).length,
    },
  ];
}
