import { DEFAULT_MODEL } from '../data/model.js';
import type { GazetteModel } from './model.js';

/**
 * The shipped model (src/data/model.ts, made by scripts/gen-model.mjs from redistributable data
 * only). Its weights are unpacked by the model stage on first use, not at import.
 * @example createExtractor({ model: defaultModel() }) // the same as createExtractor()
 */
export function defaultModel(): GazetteModel {
  return DEFAULT_MODEL;
}
