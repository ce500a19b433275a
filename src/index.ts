/**
 * gazette: people, countries, organisations, places and dates in French news text, as
 * normalized entity records with exact offsets.
 * @packageDocumentation
 */
export { extract, findPeople, findCountries, findOrganizations, findLocations } from './api.js';
export { findDates } from './find-dates.js';
export { analyze } from './analyze.js';
export type { Analysis, AnalyzeOptions } from './analyze.js';
export { detectLanguage, MIN_LETTERS } from './language.js';
export type { LanguageGuess } from './language.js';
export { groupEntities, groupKey } from './unique.js';
export type { UniqueEntity, UniqueEntities } from './unique.js';
export { annotate, TYPE_COLORS } from './annotate.js';
export { entityTable } from './table.js';
export { escapeHtml, escapeMarkdown } from './display.js';
export type { Display } from './display.js';
export { createExtractor, defaultFinders, defaultResolvers } from './extractor.js';
export type { Extractor, ExtractorConfig } from './extractor.js';
export { createPersonFinder, buildPersonLexicon, personLexicon } from './finders/person.js';
export type { PersonLexicon, KnownPerson, PersonLexiconExtras } from './finders/person.js';
export { createCountryFinder, buildCountryGazetteer } from './finders/country.js';
export type { CountryRecord, CountryGazetteer } from './finders/country.js';
export { createOrganizationFinder, buildOrganizationLexicon } from './finders/organization.js';
export type { OrganizationRecord, OrganizationLexicon } from './finders/organization.js';
export { createLocationFinder, buildPlaceGazetteer } from './finders/location.js';
export type { PlaceRecord, PlaceGazetteer } from './finders/location.js';
export { createDateFinder } from './finders/date/index.js';
export { train } from './model/train.js';
export type { TrainOptions, EpochReport } from './model/train.js';
export type { GazetteModel } from './model/model.js';
export { compressModel } from './model/model.js';
export type { GoldDocument, SpanScores, PRF } from './model/gold.js';
export { createModelResolver } from './model/resolver.js';
export { defaultModel } from './model/default.js';
export type { ModelStageOptions } from './model/resolver.js';
export type { CombineOptions } from './model/combine.js';
export { overlapResolver, resolveOverlaps } from './resolve/overlaps.js';
export { coreferenceResolver, createCoreferenceResolver, resolvePersonCoreference } from './resolve/coreference.js';
export { prepare } from './text/document.js';
export type { Doc } from './text/document.js';
export type { Token, TokenKind } from './text/tokenize.js';
export type { Sentence } from './text/sentences.js';
export type { DateHeader } from './text/header.js';
export type { ReferenceDate } from './dates/reference.js';
export type { Finder, Resolver, FindContext } from './pipeline.js';
export { ENTITY_TYPES } from './types.js';
export type {
  Entity, EntityType, EntityOf, PersonEntity, CountryEntity, OrganizationEntity, LocationEntity, DateEntity,
  PersonValue, CountryValue, OrganizationValue, LocationValue, LocationKind, DateValue, DateGranularity,
  ExtractOptions, DebugEvent,
} from './types.js';
