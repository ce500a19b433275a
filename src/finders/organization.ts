/**
 * The organisation finder: see src/finders/organization/ (one rule a file).
 * @example createOrganizationFinder().find(prepare("l'OTAN"), ctx)
 */
export {
  buildOrganizationLexicon, createOrganizationFinder, findOrganizationCandidates, organizationLexicon, parseOrganizationTable,
} from './organization/index.js';
export type { OrganizationLexicon, OrganizationRecord } from './organization/index.js';
