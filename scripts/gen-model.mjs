#!/usr/bin/env node
// Generates src/data/model.ts, gazette's default model, from redistributable data only:
//   - ../shared/data/europeana-newspapers-fr/train.jsonl: BnF newspapers 1870-1939, manual PER/LOC/ORG (CC0 1.0);
//   - corpus/dev.jsonl: the project's own articles (MIT); corpus/test.jsonl is never trained on;
//   - silver data: the sentences of UD French-GSD and UD French-Rhapsodie (CC BY-SA 4.0) labelled by
//     gazette's rule finders; the capitalised words no rule explains are left open (not taught as 'O').
// HIPE and WikiNEuRal (non-commercial) are never trained on; --dev may score on them (measure only).
//
//   npm run build && node scripts/gen-model.mjs [--epochs 6] [--seed 1] [--bits 16] [--silver N]
//                                               [--dev FILE.jsonl] [--dev-limit N] [--out PATH | --dry-run]
//                                               [--json PATH: the model as a JSON file too]
//                                               [--sources europeana,corpus,silver: the parts to train on]
//                                               [--corpus-weight N: corpus/dev counts N times]
//                                               [--levels Q --clip C: weights quantised to -Q..Q, clipped at quantile C]
//                                               [--holdout N: the last N Europeana documents and corpus/dev tune the combination first]
//                                               [--gap-types PER,LOC: the types the gap classifier may add]
//   npm run model        the same, then rebuilds: run it again after any change to the rule finders
//                        (their hits are features of the model).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot, readTsv, requireShared } from './data/tsv.mjs';
import { formatScores, readGold } from './train.mjs';

/** The defaults of the shipped model (see README, "The learned model"). */
export const DEFAULTS = {
  epochs: 5, seed: 1, bits: 15, dropout: 0.3, silver: Infinity, corpusWeight: 3, levels: 7, clip: 0.9999, holdout: 150,
  // Rule candidates from lists (0.9 and up) stay, and so do the guesses from a known first name before a
  // capital (0.88: 86 times in 100 right in Europeana, 71 of 71 in corpus/dev): the tagger reads only the guesses under 0.85 (from a name's
  // shape, an apposition, a role), which keeps it to a small part of the text. It confirms and vetoes them
  // and adds no name of its own (in the gaps, its spans were right about one time in three). The gap
  // classifier adds the people it reads there, as sure as held-out documents say (--holdout): 'avec
  // [Sylvie] et [Daniel]', 'contre [Richelieu]'. Not organisations: in the gaps they were mostly works,
  // events and products ('[Mario Kart]', '[Giro]'). Not places: their gain comes from the old newspapers
  // alone (held-out Europeana: 5 to 11 more places right than wrong; the held-out halves of corpus/dev:
  // not one place added, right or wrong), and in modern text the places it reads are as often other
  // things: in the 3,100 Sequoia sentences (never trained on, read by hand), 5 of 17 right ('de
  // [Cernay]'), the others a drug ('perfusion d'[Aclasta]'), a report ('l'[EPAR]'), a piece of a name
  // ('place de [Mai]'), people ('illustrations de [Tardi]', 'ou de [Villiers]'); people, 8 of 13 right.
  combine: { sure: 0.85, veto: 0.3, fill: false },
  gapTypes: ['PER'],
};

/**
 * Silver documents: each sentence labelled by the rules alone (countries by name as LOC; demonyms
 * and dates are not names). A capitalised word inside a sentence that no rule covers is left open.
 * @param {object} lib the built library
 * @param {string[]} sentences
 */
export function silverDocuments(lib, sentences) {
  const rules = lib.createExtractor({ model: null });
  const docs = [];
  for (const text of sentences) {
    const entities = [];
    for (const e of rules.extract(text)) {
      const type = e.type === 'person' ? 'PER' : e.type === 'organization' ? 'ORG' : e.type === 'location' || (e.type === 'country' && e.normalized.form === 'name') ? 'LOC' : null;
      if (type) entities.push({ start: e.start, end: e.end, type });
    }
    const covered = (t) => entities.some((e) => e.start <= t.start && t.end <= e.end);
    const unknown = [];
    for (const t of lib.prepare(text).tokens) {
      if (t.kind === 'word' && t.cap && !t.sentenceStart && !covered(t)) unknown.push({ start: t.start, end: t.end });
    }
    docs.push({ text, entities, unknown });
  }
  return docs;
}

function sentencesOf(rel) {
  return readTsv(requireShared(rel)).map((r) => r.text).filter(Boolean);
}

function parseArgs(argv) {
  const o = { ...DEFAULTS, sources: ['europeana', 'corpus', 'silver'], dev: [], devLimit: 0, out: join(projectRoot, 'src/data/model.ts'), dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run') o.dryRun = true;
    else if (a === '--dev') o.dev.push(argv[++i]);
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--sources') o.sources = argv[++i].split(',');
    else if (a === '--dev-limit') o.devLimit = Number(argv[++i]);
    else if (a === '--gap-types') o.gapTypes = argv[++i].split(',').filter(Boolean);
    else if (['--epochs', '--seed', '--bits', '--silver', '--dropout', '--corpus-weight', '--levels', '--clip', '--holdout'].includes(a)) o[a.slice(2).replace(/-(\w)/g, (_, c) => c.toUpperCase())] = Number(argv[++i]);
    else throw new Error(`unknown option ${a} (see the header of scripts/gen-model.mjs)`);
  }
  return o;
}

/**
 * Trains the default model and writes src/data/model.ts (or returns it with dryRun).
 * @param {ReturnType<typeof parseArgs>} options
 */
export async function genModel(options) {
  const lib = await import(pathToFileURL(join(projectRoot, 'dist/index.js')).href);
  const use = (name) => options.sources.includes(name);
  const europeana = use('europeana') ? readGold([requireShared('data/europeana-newspapers-fr/train.jsonl')]) : [];
  const corpus = use('corpus') ? readGold([join(projectRoot, 'corpus/dev.jsonl')]) : [];
  const take = (xs) => (Number.isFinite(options.silver) ? xs.slice(0, options.silver) : xs);
  const silver = use('silver')
    ? [
        ...silverDocuments(lib, take(sentencesOf('data/text/ud-french-gsd/sentences.tsv'))),
        ...silverDocuments(lib, take(sentencesOf('data/text/ud-french-rhapsodie/sentences.tsv'))),
      ]
    : [];
  const dev = options.dev.flatMap((f) => readGold([f], options.devLimit));
  // The corpus is the closest to modern news: it may count several times.
  const corpusCopies = Array.from({ length: options.corpusWeight }, () => corpus).flat();
  const docs = [...europeana, ...corpusCopies, ...silver];
  const common = { epochs: options.epochs, seed: options.seed, bits: options.bits, dropout: options.dropout, quantisation: { levels: options.levels, clip: options.clip } };
  // First the combination: a model trained without the last Europeana documents and without
  // corpus/dev is tuned on both (old newspapers and modern news: the model reads both).
  let combine = options.combine;
  const holdout = Math.min(options.holdout, Math.floor(europeana.length / 4));
  if (holdout > 0) {
    const kept = europeana.slice(0, europeana.length - holdout);
    const held = europeana.slice(europeana.length - holdout);
    console.log(`tuning the combination on ${held.length} held-out Europeana documents and half of the corpus/dev articles`);
    // Half of corpus/dev is trained on as the final model trains on it (so that the model is as sure of
    // modern news as the shipped one will be), the other half tunes.
    const half = corpus.length >> 1;
    const news = corpus.slice(half).map((d) => ({ ...d, source: 'gazette-corpus' }));
    const taught = Array.from({ length: options.corpusWeight }, () => corpus.slice(0, half)).flat();
    let heldScores;
    lib.train([...kept, ...taught, ...silver], {
      ...common,
      combine: options.combine,
      dev: [...held, ...news],
      onEpoch: (r) => {
        combine = r.dev?.combine ?? combine;
        heldScores = r.dev?.combined;
      },
    });
    console.log(`  tuned: ${JSON.stringify(combine)}`);
    if (heldScores) console.log(`  held-out, rules + model: ${formatScores(heldScores)}`);
  }
  // Whatever was not tuned takes the library's defaults (the --dev files are only ever scored), and
  // the gap classifier adds only the types of --gap-types.
  const gaps = Object.fromEntries(Object.entries(combine.gaps ?? { PER: 0.5, LOC: 0.5 }).filter(([t]) => options.gapTypes.includes(t)));
  combine = { ...combine, gaps };
  console.log(`combination: ${JSON.stringify(combine)}`);
  console.log(`training on ${europeana.length} Europeana documents, ${corpus.length} corpus/dev articles, ${silver.length} silver UD sentences; dev ${dev.length}`);
  const t0 = performance.now();
  const model = lib.train(docs, {
    ...common,
    combine,
    dev,
    info: {
      trainedOn: ['europeana-newspapers-fr/train.jsonl (CC0 1.0)', 'gazette corpus/dev.jsonl (MIT)', 'UD French-GSD and UD French-Rhapsodie sentences labelled by gazette rules (CC BY-SA 4.0)'],
    },
    onEpoch: (r) => {
      console.log(`epoch ${r.epoch}/${r.epochs}  mistakes ${r.mistakes}/${r.sentences}  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      if (r.dev) console.log(`  dev, model alone:   ${formatScores(r.dev.model)}\n  dev, rules + model: ${formatScores(r.dev.combined)}`);
    },
  });
  if (options.json) writeFileSync(options.json, JSON.stringify(model) + '\n');
  if (options.dryRun) return model;
  // Arithmetic-coded tables: the same weights, a fifth smaller in a gzipped bundle (src/model/coder.ts).
  writeFileSync(options.out, moduleText(lib.compressModel(model)));
  console.log(`wrote ${options.out} (${(readFileSync(options.out).length / 1024).toFixed(0)} KB)`);
  return model;
}

/** The generated module: a header naming sources and licenses, then the model object. */
export function moduleText(model) {
  const { weights, ...rest } = model;
  return `// GENERATED by scripts/gen-model.mjs (do not edit; run \`npm run model\` after changing the rule finders).
//
// gazette's default model: an averaged structured perceptron over BIO token labels (PER, LOC, ORG) whose
// features include the rule finders' candidates, and a gap classifier (averaged perceptron) for the runs
// of capitals no rule touches; weights quantised to small levels with one scale per label, arithmetic-coded.
// Trained on:
//   - Europeana Newspapers French NER (BnF), ../shared/data/europeana-newspapers-fr/train.jsonl: CC0 1.0;
//   - gazette's own corpus, corpus/dev.jsonl (never corpus/test): MIT;
//   - silver labels made by gazette's rules on the sentences of UD French-GSD (Guillaume, de Marneffe,
//     Perrier et al.; Universal Dependencies) and UD French-Rhapsodie (Universal Dependencies): CC BY-SA 4.0.
// The weights are derived in part from CC BY-SA 4.0 text: this file is shared under CC BY-SA 4.0
// (https://creativecommons.org/licenses/by-sa/4.0/), with the attribution above; see NOTICE.md.
import type { GazetteModel } from '../model/model.js';

// The attribution, in the model's info too (and a plain run of text by which scripts/size.mjs finds this table in a bundle).
const NOTICE = "Trained on Europeana Newspapers French NER (CC0 1.0), gazette corpus dev (MIT) and UD French GSD and Rhapsodie sentences labelled by gazette rules (CC BY-SA 4.0)";

export const DEFAULT_MODEL: GazetteModel = { ...${JSON.stringify(rest)}, info: { ...${JSON.stringify(rest.info ?? {})}, notice: NOTICE }, weights: ${JSON.stringify(weights)} };
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await genModel(parseArgs(process.argv.slice(2)));
}
