import type { Doc } from '../../text/document.js';
import { breaksLine, type Token } from '../../text/tokenize.js';
import { writtenName, type OrgCandidate } from './candidate.js';
import type { OrganizationLexicon } from './lexicon.js';
import { openingRule, openingsOf } from './openings.js';
import { PEOPLES_AND_FAITHS, wordSet } from '../place-context.js';

/**
 * North American teams as French news names them: a plural nickname, then 'de' and the town
 * ('les Remparts de Québec', 'les Knights de London', 'les Whalers de Détroit', 'les Wolverines du
 * Michigan'). The same shape names peoples ('les Inuits du Québec', 'les Kurdes de Syrie'), so it is
 * read only in a text about sport, and never for a demonym ('les Libanais de Paris').
 */

// Words of a text about sport: one is enough to read 'les Knights de London' as a team.
const SPORT_WORDS = new Set([
  'match', 'matchs', 'saison', 'saisons', 'ligue', 'championnat', 'equipe', 'equipes', 'joueur', 'joueurs', 'joueuse',
  'entraineur', 'repechage', 'repeche', 'victoire', 'defaite', 'series', 'eliminatoires', 'finale', 'hockey', 'basket',
  'basketball', 'football', 'baseball', 'soccer', 'nba', 'nhl', 'lnh', 'mlb', 'nfl', 'ahl', 'lhjmq', 'echl', 'whl', 'ohl',
  'franchise', 'attaquant', 'defenseur', 'gardien', 'arriere', 'ailier', 'centre', 'buteur', 'passes', 'patinoire', 'stade',
]);
const TEAM_ARTICLES = new Set(['les', 'des', 'aux']);
// A nickname follows its article: the rule starts at the word after 'les', 'des', 'aux'.
const TEAMS = /* @__PURE__ */ openingRule(() => [{ words: TEAM_ARTICLES, after: true }]);
// Peoples and faiths that the country demonyms miss: 'les Kurdes de Syrie', 'les Inuits du Québec'.
const PEOPLES = /* @__PURE__ */ wordSet(() => [
  ...PEOPLES_AND_FAITHS, 'basques', 'corses', 'bretons', 'catalans', 'flamands', 'wallons', 'palestiniens', 'arabes', 'africains',
  'europeens', 'asiatiques', 'hindous', 'catholiques', 'protestants', 'quebecois', 'acadiens', 'cris', 'tchetchenes',
  // and events: 'les Championnats d'Europe', 'les Jeux de Paris'
  'championnats', 'jeux', 'mondiaux', 'internationaux', 'masters', 'olympiades',
]);
const OF = new Set(['de', 'du', "d'"]);
const MAX_TOWN_WORDS = 3;

/**
 * Teams named by a plural nickname and their town, in a text about sport.
 * @example findTeams(prepare('Il a joué trois saisons avec les Remparts de Québec.'), organizationLexicon()) // Remparts de Québec
 */
export function findTeams(doc: Doc, lex: OrganizationLexicon): OrgCandidate[] {
  const { tokens } = doc;
  let sport: boolean | undefined;
  const out: OrgCandidate[] = [];
  // Only after an article (openings.ts); a team found takes its tokens ('resume').
  let resume = 1;
  for (const i of openingsOf(tokens, TEAMS)) {
    if (i < resume) continue;
    if (i + 2 >= tokens.length) break;
    const t = tokens[i] as Token;
    if (!isNickname(t) || !TEAM_ARTICLES.has((tokens[i - 1] as Token).key) || lex.demonyms.has(t.key) || PEOPLES.has(t.key)) continue;
    const of = tokens[i + 1] as Token;
    if (!OF.has(of.key) || of.cap) continue;
    let k = i + 2;
    if ((tokens[k]?.key === 'la' || tokens[k]?.key === "l'") && !tokens[k]?.cap) k++;
    const end = townEnd(tokens, k);
    if (end <= k) continue;
    // 'les Bleus de Didier Deschamps': a coach's or an owner's name, not a town.
    if (end > k + 1 && lex.opensPersonName?.((tokens[k] as Token).key)) continue;
    sport ??= tokens.some((x) => x.kind === 'word' && SPORT_WORDS.has(x.key));
    if (!sport) return out;
    out.push({ first: i, last: end, score: 0.8, source: 'organization/team', value: { name: writtenName(doc, tokens, i, end) } });
    resume = end;
  }
  return out;
}

/** 'Remparts', 'Knights', 'Wolverines': one capitalised plural word, not in capitals. */
function isNickname(t: Token): boolean {
  return t.kind === 'word' && t.cap && !t.upper && !t.sentenceStart && t.text.length >= 4 && /s$/.test(t.text) && t.text.indexOf('-') < 0;
}

/** The end of the town's name at k: one to three capitalised words on the same line ('New York'). */
function townEnd(tokens: readonly Token[], k: number): number {
  let end = k;
  while (end < k + MAX_TOWN_WORDS) {
    const w = tokens[end];
    if (!w || w.kind !== 'word' || !w.cap || breaksLine(w)) break;
    end++;
  }
  return end;
}
