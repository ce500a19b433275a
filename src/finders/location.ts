/**
 * The location finder: cities with their French exonyms, regions, continents, seas, named features
 * and places found by their context. The parts live in ./location/.
 * @example createLocationFinder().find(prepare('au Caire'), ctx) // 'Caire' → { name: 'Le Caire', countryCode: 'EG', kind: 'city' }
 */
export * from './location/index.js';
