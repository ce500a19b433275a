import type { Context, Found } from './found.js';

/**
 * A refiner: a pass over all the dates found in a sentence, in order, that cuts their spans, joins
 * or drops them. gazette's enforce its span conventions and drop what is not a date.
 */
export type DateRefiner = (context: Context, found: Found[]) => Found[];
