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
 * What each library is asked to do, by name; `load` imports that library alone, so that a process
 * measuring one of them holds no other's code or data.
 * @type {Array<{ name: string, does: string, load: () => Promise<(text: string) => number> }>}
 */
export const RUNNERS = [
  {
    name: 'gazette',
    does: 'extract: people, countries, organisations, places, dates, normalized',
    load: async () => {
      const gazette = await loadGazette();
      return (t) => gazette.extract(t, { referenceDate: REFERENCE }).length;
    },
  },
  {
    name: 'gazette rules only',
    does: 'extract without the learned model (createExtractor({ model: null })): the rule finders alone',
    load: async () => {
      const rulesOnly = (await loadGazette()).createExtractor({ model: null });
      return (t) => rulesOnly.extract(t, { referenceDate: REFERENCE }).length;
    },
  },
  {
    name: 'gazette findDates',
    does: 'findDates: dates only (the date finder alone)',
    load: async () => {
      const gazette = await loadGazette();
      return (t) => gazette.findDates(t, { referenceDate: REFERENCE }).length;
    },
  },
  {
    name: 'compromise',
    does: 'nlp(text): .people() .places() .organizations(), as arrays of strings',
    load: async () => {
      const { default: nlp } = await import('compromise');
      return (t) => {
        const doc = nlp(t);
        return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
      };
    },
  },
  {
    name: 'wink-nlp',
    does: 'readDoc(text).entities() with wink-eng-lite-web-model, default pipeline',
    load: async () => {
      const { default: winkNLP } = await import('wink-nlp');
      const { default: model } = await import('wink-eng-lite-web-model');
      const wink = winkNLP(model);
      return (t) => wink.readDoc(t).entities().out().length;
    },
  },
  {
    name: 'chrono-node/fr',
    does: 'chrono.parse(text, date): dates only',
    load: async () => {
      const chrono = await import('chrono-node/fr');
      const refDate = new Date(`${REFERENCE}T00:00:00Z`);
      return (t) => chrono.parse(t, refDate).length;
    },
  },
];

/**
 * Every runner, loaded in this process (for tools that compare them in one heap).
 * @returns {Promise<Array<{ name: string, does: string, run: (text: string) => number }>>}
 */
export async function loadRunners() {
  return Promise.all(RUNNERS.map(async (r) => ({ name: r.name, does: r.does, run: await r.load() })));
}
