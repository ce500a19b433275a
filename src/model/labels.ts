import type { EntityType } from '../types.js';

/** The three kinds of name the model tags: a country by name is a place (LOC) to it. */
export type ModelType = 'PER' | 'LOC' | 'ORG';

/** Token labels, BIO: 'B-PER' starts a person, 'I-PER' goes on with it, 'O' is outside any name. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;

export const MODEL_TYPES: readonly ModelType[] = ['PER', 'LOC', 'ORG'];

/**
 * The B- label of a type (its I- label is the next one).
 * @example LABELS[beginLabel('LOC')] // 'B-LOC'
 */
export function beginLabel(type: ModelType): number {
  return 1 + 2 * MODEL_TYPES.indexOf(type);
}

/**
 * The type of a label, or null for 'O'.
 * @example labelType(4) // 'LOC' ('I-LOC')
 */
export function labelType(label: number): ModelType | null {
  return label <= 0 ? null : (MODEL_TYPES[(label - 1) >> 1] ?? null);
}

/**
 * True for an I- label ('Hushovd' in 'Thor Hushovd').
 * @example isInside(LABELS.indexOf('I-PER')) // true
 */
export const isInside = (label: number): boolean => label > 0 && (label & 1) === 0;

/**
 * The model type of a gold label of `../shared/data` or of the corpus: PER, LOC and ORG as they are, a
 * country by name (CTRY) is a place; demonyms (CADJ), dates and MISC are not names the model tags.
 * @example goldType('CTRY') // 'LOC'
 */
export function goldType(type: string): ModelType | null {
  if (type === 'PER' || type === 'LOC' || type === 'ORG') return type;
  if (type === 'CTRY') return 'LOC';
  return null;
}

/**
 * The model type of an entity found by the rules: 'la France' is a place to the model, 'marocain' (a
 * demonym) and dates are not names.
 * @example entityModelType({ type: 'country', normalized: { form: 'name' } }) // 'LOC'
 */
export function entityModelType(e: { type: EntityType; normalized: unknown }): ModelType | null {
  switch (e.type) {
    case 'person':
      return 'PER';
    case 'organization':
      return 'ORG';
    case 'location':
      return 'LOC';
    case 'country':
      return (e.normalized as { form?: string }).form === 'demonym' ? null : 'LOC';
    default:
      return null;
  }
}
