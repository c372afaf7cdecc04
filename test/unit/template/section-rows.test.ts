import { describe, expect, it } from 'vitest';
import { newSectionRow, type SectionRow, sectionRenames, sectionRowsOf, sectionsOf, storedNamesAfter, storedNamesOf } from '@/lib/template/section-rows';

const sections = [
  { name: 'Managing Teams', briefs: false },
  { name: 'Random', briefs: true },
];

function teamsAndRandom(): [SectionRow, SectionRow] {
  const [teams, random] = sectionRowsOf(sections);
  if (!teams || !random) throw new Error('two rows expected');
  return [teams, random];
}

describe('section rows', () => {
  it('round-trips the template’s sections, each row with its own key', () => {
    const rows = sectionRowsOf(sections);
    expect(sectionsOf(rows)).toEqual(sections);
    expect(new Set([...rows, newSectionRow()].map((r) => r.key)).size).toBe(3);
  });

  it('drops unnamed rows and trims names', () => {
    const [teams, random] = teamsAndRandom();
    expect(sectionsOf([{ ...random, name: ' Odds ' }, newSectionRow(), teams])).toEqual([
      { name: 'Odds', briefs: true },
      { name: 'Managing Teams', briefs: false },
    ]);
  });

  it('a row whose stored name changed is a rename; a new or emptied row is not', () => {
    const [teams, random] = teamsAndRandom();
    const stored = storedNamesOf([teams, random]);
    const edited = [
      { ...teams, name: 'Leading Teams ' },
      { ...random, name: '' },
      { ...newSectionRow(), name: 'Books' },
    ];
    expect(sectionRenames(edited, stored)).toEqual([{ from: 'Managing Teams', to: 'Leading Teams' }]);
  });

  it('after a save the new names are the stored ones, so a second rename starts from them', () => {
    const [teams, random] = teamsAndRandom();
    const first = [
      { ...teams, name: 'Leading Teams' },
      { ...random, name: '' },
    ];
    const stored = storedNamesAfter(first, storedNamesOf([teams, random]));
    expect([...stored.values()]).toEqual(['Leading Teams', 'Random']);
    const second = [
      { ...teams, name: 'Leading People' },
      { ...random, name: 'Odds' },
    ];
    expect(sectionRenames(second, stored)).toEqual([
      { from: 'Leading Teams', to: 'Leading People' },
      { from: 'Random', to: 'Odds' },
    ]);
  });
});
