import { createCountryFinder } from './finders/country.js';
import { createDateFinder } from './finders/date/index.js';
import { createLocationFinder } from './finders/location.js';
import { createOrganizationFinder } from './finders/organization.js';
import { createPersonFinder } from './finders/person.js';
import { defaultModel } from './model/default.js';
import type { GazetteModel } from './model/model.js';
import { createModelResolver } from './model/resolver.js';
import type { Finder, Resolver } from './pipeline.js';
import { coreferenceResolver } from './resolve/coreference.js';
import { overlapResolver } from './resolve/overlaps.js';
import { runPipeline } from './run.js';
import type { Entity, ExtractOptions } from './types.js';

/** How to build an extractor: the stages, as plain data. */
export interface ExtractorConfig {
  /** The finders to run (default: `defaultFinders()`). */
  finders?: readonly Finder[];
  /** The resolvers to run in order (default: `defaultResolvers()`). */
  resolvers?: readonly Resolver[];
  /**
   * The learned model that runs between the finders and the resolvers (default: the shipped model);
   * a model object from `train()` or a model file (`JSON.parse`d), or `null` for the rules alone.
   */
  model?: GazetteModel | null;
}

/** An extractor: `extract` with its stages fixed. */
export interface Extractor {
  extract(text: string, options?: ExtractOptions): Entity[];
  readonly finders: readonly Finder[];
  readonly resolvers: readonly Resolver[];
}

/**
 * The finders of the default pipeline, in order: people, countries, organisations, places, dates.
 * @example createExtractor({ finders: defaultFinders().filter((f) => f.name !== 'location') })
 */
export function defaultFinders(): Finder[] {
  return [createPersonFinder(), createCountryFinder(), createOrganizationFinder(), createLocationFinder(), createDateFinder()];
}

/**
 * The resolvers of the default pipeline: overlaps, then coreference.
 * @example createExtractor({ resolvers: [...defaultResolvers(), myResolver] })
 */
export function defaultResolvers(): Resolver[] {
  return [overlapResolver, coreferenceResolver];
}

/**
 * Builds an extractor from stages. Nothing heavy runs here: data is unpacked on first use. The
 * model stage (the shipped model unless `model` says otherwise) runs before the resolvers.
 * @example
 * const datesOnly = createExtractor({ finders: [createDateFinder()], model: null });
 * datesOnly.extract('Créée en 2014, la Coalition…') // [{ type: 'date', text: '2014', … }]
 * const mine = createExtractor({ model: JSON.parse(readFileSync('my-model.json', 'utf8')) });
 */
export function createExtractor(config: ExtractorConfig = {}): Extractor {
  const finders = [...(config.finders ?? defaultFinders())];
  const model = config.model === undefined ? createModelResolver(defaultModel) : config.model === null ? null : createModelResolver(config.model);
  const resolvers = [...(model ? [model] : []), ...(config.resolvers ?? defaultResolvers())];
  return {
    finders,
    resolvers,
    extract: (text, options) => runPipeline(text, options, finders, resolvers),
  };
}

