import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';
import type { Entity, ExtractOptions } from '../src/index.js';

/** `../shared` exists on developer machines and in CI, not on a user's machine. */
export const sharedDir = fileURLToPath(new URL('../../shared/', import.meta.url));
export const hasShared = existsSync(sharedDir);

/** The entities of a sentence as [type, text] pairs, for readable tables. */
export function pairs(text: string, options?: ExtractOptions): Array<[Entity['type'], string]> {
  return extract(text, options).map((e) => [e.type, e.text]);
}

/** The one entity of a type whose text is `surface`, or a failing lookup. */
export function entityOf<T extends Entity['type']>(text: string, type: T, surface: string, options?: ExtractOptions): Extract<Entity, { type: T }> {
  const e = extract(text, options).find((x) => x.type === type && x.text === surface);
  if (!e) throw new Error(`no ${type} '${surface}' in: ${JSON.stringify(extract(text, options).map((x) => [x.type, x.text]))}`);
  return e as Extract<Entity, { type: T }>;
}
