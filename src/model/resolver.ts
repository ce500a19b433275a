import { personLexicon } from '../finders/person.js';
import type { Resolver } from '../pipeline.js';
import type { Doc } from '../text/document.js';
import type { Entity } from '../types.js';
import { linkAcronyms } from './acronyms.js';
import { propagateNames } from './propagate.js';
import { combine, SURE_SCORE, type CombineOptions } from './combine.js';
import { coveredTokens } from './gaps.js';
import type { Token } from '../text/tokenize.js';
import { entityModelType } from './labels.js';
import { classifyGaps } from './gap-model.js';
import { unpackModel, type GazetteModel, type RuntimeModel } from './model.js';
import { tagDocument } from './tagger.js';
import { answerGivenNamesByFacts } from './given.js';

/**
 * Options of the model stage: the combination rules, and the first names the features look up.
 * @example createModelResolver(model, { fill: { PER: 0.5 }, veto: false }) // add only people it is very sure of
 */
export interface ModelStageOptions extends CombineOptions {
  /** Folded first name → strength 1..3 (default: the person finder's built-in list). */
  givenNames?: ReadonlyMap<string, number>;
}

/**
 * The model stage: it runs after the finders, reads their candidates as features, tags every
 * sentence, and combines both (see `combine`): lists stay authoritative where they are sure, the
 * model fills the names they do not know and vetoes weak guesses, as the model's own `combine`
 * says unless `options` say otherwise; a name it found is found again where its words come back;
 * an acronym the text defines ('… de la patrie (CNSP)') then
 * names its organisation in the whole document. A model given as an object is
 * checked here (a `gazette:` error for a file that is not a model); a function is called on first use.
 * @example createExtractor({ resolvers: [createModelResolver(JSON.parse(text)), ...defaultResolvers()] })
 */
export function createModelResolver(model: GazetteModel | (() => GazetteModel), options: ModelStageOptions = {}): Resolver {
  let runtime: RuntimeModel | undefined = typeof model === 'function' ? undefined : unpackModel(model);
  let givenNames = options.givenNames;
  return {
    name: 'model',
    resolve(entities, doc, ctx) {
      runtime ??= unpackModel((model as () => GazetteModel)());
      if (!givenNames) {
        const lex = personLexicon();
        answerGivenNamesByFacts(lex);
        givenNames = lex.givenNames;
      }
      const how = { ...runtime.combine, ...options };
      // A tagger that adds no name of its own only judges the rules' weak guesses: it reads their stretches alone.
      const some = (levels: CombineOptions['fill']) => levels === undefined || (levels !== false && Object.keys(levels).length > 0);
      const adds = some(how.fill);
      const replaces = how.replace === undefined ? adds : some(how.replace);
      const sure = how.sure ?? SURE_SCORE;
      const tagging = tagDocument(doc, entities, runtime, givenNames, adds ? unsureTokens(doc, entities, sure) : weakTokens(doc, entities, sure, replaces));
      if (runtime.gaps && how.gaps !== false) tagging.gaps = classifyGaps(doc, entities, runtime.gaps, givenNames);
      const combined = combine(entities, tagging, doc, how, (reason, loser, winner) => ctx.drop('model', reason, loser, winner));
      return linkAcronyms(propagateNames(doc, combined), doc.input);
    },
  };
}

/**
 * The tokens under a weak rule candidate the model may veto (a person or an organisation scored
 * under `sure`; a place is never vetoed: 'à Hillion'), or replace by another reading (any weak
 * candidate of a name, with `replaces`): what a tagger that adds nothing must read.
 */
function weakTokens(doc: Doc, entities: readonly Entity[], sure: number, replaces: boolean): Uint8Array {
  const judged = (e: Entity) => e.score < sure && (e.type === 'person' || e.type === 'organization' || (replaces && entityModelType(e) !== null));
  const weak = entities.filter(judged);
  // Most articles have no weak guess (15 of the bench's 34): no flag is set, and none need be allocated.
  return weak.length === 0 ? NO_TOKENS : coveredTokens(doc.tokens, weak);
}

/**
 * The tokens a tagger that adds names must read: the capitalised words no sure candidate holds,
 * where a name no list knows may stand, and every word of a weak candidate, which it may confirm,
 * veto or replace. A stretch whose capitals are all in sure names ('Emmanuel Macron a reçu Olaf
 * Scholz à Berlin') is not read: a name the model read there would overlap a sure candidate, and
 * `combine` reports no such name. (A date or a demonym counts as sure, as `combine` counts it.)
 */
function unsureTokens(doc: Doc, entities: readonly Entity[], sure: number): Uint8Array {
  const { tokens } = doc;
  const isSure = (e: Entity) => e.score >= sure || entityModelType(e) === null;
  const held = coveredTokens(tokens, entities.filter(isSure));
  const needed = coveredTokens(tokens, entities.filter((e) => !isSure(e)));
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).cap && !held[i]) needed[i] = 1;
  return needed;
}

/** No token flagged: the tagger reads nothing. */
const NO_TOKENS = new Uint8Array(0);
