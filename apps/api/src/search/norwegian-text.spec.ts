import { foldNorwegian, queryTerms } from './norwegian-text';
import { withSynonyms } from './search-synonyms';

describe('foldNorwegian', () => {
  it.each([
    ['Bærum', 'baerum'],
    ['Baerum', 'baerum'],
    ['søknad', 'soknad'],
    ['soeknad', 'soknad'],
    ['Startlån', 'startlan'],
    ['startlaan', 'startlan'],
    ['Kafé', 'kafe'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldNorwegian(text)).toBe(folded);
  });
});

describe('queryTerms', () => {
  it('splits on anything but letters and digits, without duplicates', () => {
    expect(queryTerms('  Byggesøknad, (garasje) byggesoknad 2024! ')).toEqual([
      'byggesoknad',
      'garasje',
      '2024',
    ]);
  });

  it('gives nothing for blank or punctuation-only text', () => {
    expect(queryTerms('  -- !! ')).toEqual([]);
  });
});

describe('withSynonyms', () => {
  it('expands every member of a group to the whole group, the term first', () => {
    expect(withSynonyms('rpa')).toEqual(['rpa', 'robot', 'robotisering', 'programvarerobot']);
    expect(withSynonyms('robot')).toContain('rpa');
  });

  it('leaves a word without synonyms alone', () => {
    expect(withSynonyms('barnehage')).toEqual(['barnehage']);
  });
});
