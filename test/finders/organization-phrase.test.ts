import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../src/index.js';
import { pairs } from '../helpers.js';

const orgs = (s: string) => findOrganizations(s).map((e) => [e.text, e.normalized.name]);

describe('findOrganizations: names built on a head noun', () => {
  it.each([
    ['la Banque centrale du Nigeria a relevé son taux', [['Banque centrale du Nigeria', 'Banque centrale du Nigeria']]],
    ['Le Conseil national pour la sauvegarde de la patrie a pris le pouvoir', [['Conseil national pour la sauvegarde de la patrie', 'Conseil national pour la sauvegarde de la patrie']]],
    ["l'Institut national de gestion et de réduction des risques de catastrophes", [['Institut national de gestion et de réduction des risques de catastrophes', 'Institut national de gestion et de réduction des risques de catastrophes']]],
    ["le Commissariat à l’énergie atomique", [['Commissariat à l’énergie atomique', "Commissariat à l'énergie atomique"]]],
    ['le Centre de lutte contre les criminalités numériques', [['Centre de lutte contre les criminalités numériques', 'Centre de lutte contre les criminalités numériques']]],
    ['le Parti communiste chinois ouvre son congrès', [['Parti communiste chinois', 'Parti communiste chinois']]],
    ['La Fédération française de rugby a élu son président', [['Fédération française de rugby', 'Fédération française de rugby']]],
    ["l'Organisation de l’énergie atomique d’Iran", [['Organisation de l’énergie atomique d’Iran', "Organisation de l'énergie atomique d'Iran"]]],
    ['la Banque centrale de la République argentine', [['Banque centrale de la République argentine', 'Banque centrale de la République argentine']]],
    ['le Grand Musée égyptien ouvrira en novembre', [['Grand Musée égyptien', 'Grand Musée égyptien']]],
    ['le Fonds Amazonie et l’Institut Max-Planck', [['Fonds Amazonie', 'Fonds Amazonie'], ['Institut Max-Planck', 'Institut Max-Planck']]],
    ['la Bourse de Paris a chuté', [['Bourse de Paris', 'Bourse de Paris']]],
  ])('capitalised head: %s', (input, expected) => {
    expect(orgs(input)).toEqual(expected);
  });

  it.each([
    ["selon le ministère de l’Intérieur", [['ministère de l’Intérieur', "ministère de l'Intérieur"]]],
    ['au ministère des Armées et au ministère du Tourisme et des Antiquités', [['ministère des Armées', 'ministère des Armées'], ['ministère du Tourisme et des Antiquités', 'ministère du Tourisme et des Antiquités']]],
    ['le ministère de la Transition écologique', [['ministère de la Transition écologique', 'ministère de la Transition écologique']]],
    ['le ministère des Affaires étrangères a convoqué', [['ministère des Affaires étrangères', 'ministère des Affaires étrangères']]],
    ['le ministère ukrainien de la Défense', [['ministère ukrainien de la Défense', 'ministère ukrainien de la Défense']]],
    ['le porte-parole du ministère des Chemins de fer', [['ministère des Chemins de fer', 'ministère des Chemins de fer']]],
    ['devant le tribunal correctionnel de Paris', [['tribunal correctionnel de Paris', 'tribunal correctionnel de Paris']]],
    ["la cour d'appel de Paris et le parquet de Nanterre", [["cour d'appel de Paris", "cour d'appel de Paris"], ['parquet de Nanterre', 'parquet de Nanterre']]],
    ['le conseil régional de Bretagne', [['conseil régional de Bretagne', 'conseil régional de Bretagne']]],
    ["à l’université Harvard et à l'université de Lund", [['université Harvard', 'université Harvard'], ['université de Lund', 'université de Lund']]],
    ['le cartel de Sinaloa', [['cartel de Sinaloa', 'Cartel de Sinaloa']]],
  ])('lower-case head: %s', (input, expected) => {
    expect(orgs(input)).toEqual(expected);
  });

  it.each([
    // The example: the Council and the city, not one long span.
    ['le Conseil européen se réunira à Bruxelles', [['organization', 'Conseil européen'], ['location', 'Bruxelles']]],
    // An organisation named after a place is one organisation.
    ['la Banque de France et le Paris Saint-Germain', [['organization', 'Banque de France'], ['organization', 'Paris Saint-Germain']]],
    ["la Banque d'Angleterre", [['organization', "Banque d'Angleterre"]]],
    ["le PSG domine l'Inter Milan", [['organization', 'PSG'], ['organization', 'Inter Milan']]],
    // A demonym after a complete known name stays out of it.
    ['la Réserve fédérale américaine se réunira', [['organization', 'Réserve fédérale'], ['country', 'américaine']]],
    // A head and a demonym alone are not a name.
    ['la présidente du Conseil italien, Giorgia Meloni', [['country', 'italien'], ['person', 'Giorgia Meloni']]],
  ])('boundaries: %s', (input, expected) => {
    expect(pairs(input).filter(([t]) => t !== 'date')).toEqual(expected);
  });

  it.each([
    // The owner or leader after a complete name is not part of it.
    ['le Parti communiste chinois de Xi Jinping', 'Parti communiste chinois'],
    ['le Rassemblement national de Jordan Bardella', 'Rassemblement national'],
    // A verb ends the name.
    ['La Banque centrale européenne indique que', 'Banque centrale européenne'],
    ['la Commission européenne a proposé', 'Commission européenne'],
  ])('stops before what is not the name: %s', (input, expected) => {
    expect(findOrganizations(input).map((e) => e.text)).toEqual([expected]);
  });

  it.each([
    'la cour de l’Élysée', // a courtyard
    'le conseil d’administration du FMI', // a part of another organisation
    'le conseil des gouverneurs de l’Agence internationale de l’énergie atomique',
    'sur le parquet des Lakers', // a floor
    'la Commission a rendu son avis', // a short generic reference
    'en direction de Naples', // no head
    'Centre de loisirs ouvert tout l’été', // a common noun first in its sentence
  ])('makes no name of a head alone or of a part: %s', (input) => {
    const found = findOrganizations(input).map((e) => e.text);
    for (const t of found) expect(['FMI', 'Agence internationale de l’énergie atomique', 'Élysée']).toContain(t);
  });
});

describe('findOrganizations: generic institutions of every country', () => {
  it.each([
    ['la Banque centrale de Russie a relevé son taux', ['Banque centrale de Russie']],
    ['la Cour suprême du Brésil', ['Cour suprême du Brésil']],
    ['la Cour suprême indienne a tranché', ['Cour suprême']],
    ["l'Union soviétique et la Communauté internationale", []],
  ])('%s', (input, expected) => {
    expect(findOrganizations(input).map((e) => e.text)).toEqual(expected);
  });
});
