import type { Token } from '../text/tokenize.js';
import { ARTICLES } from './place-context.js';

/**
 * 'l'Amérique' for the United States. French news writes the continent's name for the country when the
 * text sets it beside another country ('les relations entre la France et l'Amérique', 'l'Amérique et la
 * Chine') or gives it a president ('l'Amérique de Trump'). Everywhere else it stays the continent: 'en
 * Amérique', 'l'Amérique latine', 'l'Amérique du Sud', 'l'Amérique et l'Europe'.
 */

const LINKS = new Set(['et', 'ou', ',', 'contre', 'avec']);

/**
 * Whether the 'Amérique' at token `i` stands for the United States.
 * @example americaIsCountry(prepare("entre la France et l'Amérique").tokens, 5, isCountry, isPerson) // true
 */
export function americaIsCountry(tokens: readonly Token[], i: number, isCountryName: (t: Token) => boolean, isPersonName: (key: string) => boolean): boolean {
  const t = tokens[i] as Token;
  if (t.key !== 'amerique' || !t.cap) return false;
  const next = tokens[i + 1];
  // 'l'Amérique de Trump', 'l'Amérique de Joe Biden': a well-known person after 'de' ('l'Amérique de
  // l'Ouest' is a region).
  if (next && (next.key === 'de' || next.key === "d'") && !next.cap) {
    const owner = tokens[i + 2];
    const family = owner && isPersonName(owner.key) ? owner : tokens[i + 3];
    return !!owner && owner.kind === 'word' && owner.cap && !!family && family.cap && isPersonName(family.key);
  }
  // 'la France et l'Amérique': a country right before the link.
  const before = tokens[i - 1] && ARTICLES.has((tokens[i - 1] as Token).key) ? i - 2 : i - 1;
  const link = tokens[before];
  if (link && LINKS.has(link.key) && isCountryToken(tokens[before - 1], isCountryName)) return true;
  // 'l'Amérique et la Chine': a country right after the link.
  if (next && LINKS.has(next.key)) {
    const after = tokens[i + 2] && ARTICLES.has((tokens[i + 2] as Token).key) ? i + 3 : i + 2;
    return isCountryToken(tokens[after], isCountryName);
  }
  return false;
}

function isCountryToken(t: Token | undefined, isCountryName: (t: Token) => boolean): boolean {
  return !!t && t.kind === 'word' && t.cap && isCountryName(t);
}
