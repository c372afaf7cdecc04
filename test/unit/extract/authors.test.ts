import { describe, expect, it } from 'vitest';
import { chooseAuthors } from '@/lib/extract/author-choice';
import { cleanAuthorNames, isUsername, recaseName, reorderLastFirst } from '@/lib/extract/authors';

describe('cleanAuthorNames', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By: Jane Doe', ['Jane Doe']],
    ['Jane Doe and Bo Chen', ['Jane Doe', 'Bo Chen']],
    ['Jane Doe & Bo Chen', ['Jane Doe', 'Bo Chen']],
    ['Jane Doe, Bo Chen, Ann Lee', ['Jane Doe', 'Bo Chen', 'Ann Lee']],
    ['Jane Doe | Bo Chen', ['Jane Doe', 'Bo Chen']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['Jane Doe, Contributor', ['Jane Doe']],
    ['Sam Stein Senior Politics Editor', ['Sam Stein']],
    ['By Emily Kirkpatrick Updated on December 12, 2016 09:22 AM', ['Emily Kirkpatrick']],
    ['By Madeleine Howell 30 August 2023 • 4:45pm', ['Madeleine Howell']],
    ['Mike Cason | mcason@al.com', ['Mike Cason']],
    ['By Eric Levitz @EricLevitz', ['Eric Levitz']],
    ['Jane Doe https://example.com/jane', ['Jane Doe']],
    ['By KATE DAVIDSON', ['Kate Davidson']],
    ['TMZ STAFF', ['TMZ Staff']],
    ['Posted on September 21, 2020 by Adi Tzlil', ['Adi Tzlil']],
    ['Written by Michael Larabel in Valve on 1 June 2019', ['Michael Larabel']],
    ['Politik · Jochen Bittner, Tina Hildebrandt', ['Jochen Bittner', 'Tina Hildebrandt']],
    ['Adam Vidler, AP', ['Adam Vidler', 'AP']],
    ['Photograph by Ed Marshall', []],
    ['Name *', []],
    ['Laura Jedeed is a freelance journalist based in New York City.', []],
    ['Jane Doe, JANE DOE', ['Jane Doe']],
    ['Brazil, Rachel', ['Rachel Brazil']],
    ["Daniel O'Mahony", ["Daniel O'Mahony"]],
    ['Michelina C. de la Maza', ['Michelina C. de la Maza']],
    ['By Cindy mangomini December 21, 2016', ['Cindy mangomini']],
    ['Read more', []],
    ['Author: Bo2man am 29.12.2010, 13:36 Uhr', ['Bo2man']],
    ['von freeman1984', ['freeman1984']],
    ['ThE_PaiN', ['ThE_PaiN']],
    ['Jane Doe 2019', ['Jane Doe']],
    ['Hawey schreibt am 3. Mai 2019', []],
    ['Richard David Precht im Gespräch mit Karin Fischer', ['Richard David Precht', 'Karin Fischer']],
    ['《 KT 》', ['KT']],
  ])('%s → %j', (raw, expected) => {
    expect(cleanAuthorNames([raw])).toEqual(expected);
  });

  it('merges duplicates across strings', () => {
    expect(cleanAuthorNames(['By Jane Doe', 'Jane Doe', 'JANE DOE'])).toEqual(['Jane Doe']);
  });
});

describe('name helpers', () => {
  it('reorders "Last, First"', () => expect(reorderLastFirst('Markus, Havell')).toBe('Havell Markus'));
  it('re-cases all-caps names but keeps vowel-less acronyms', () => {
    expect(recaseName('VÍCTOR CASTELLANOS')).toBe('Víctor Castellanos');
    expect(recaseName('TMZ')).toBe('TMZ');
    expect(recaseName('Kate McDonald')).toBe('Kate McDonald');
  });
  it('recognises logins', () => {
    expect(isUsername('mikecason')).toBe(true);
    expect(isUsername('JanBeek')).toBe(true);
    expect(isUsername('McDonald')).toBe(false);
    expect(isUsername('Jane Doe')).toBe(false);
  });
});

describe('chooseAuthors', () => {
  it('drops a lowercase site login after a given name', () => {
    expect(chooseAuthors([{ from: 'byline', names: ['Matthias herrpfleger'], structured: false }], [], 'www.herrpfleger.de')).toEqual(['Matthias']);
  });

  it('keeps a surname typed in lowercase that merely resembles the host', () => {
    expect(chooseAuthors([{ from: 'json-ld', names: ['Mobasir hassan'], structured: true }], [], 'www.hassanchef.com')).toEqual(['Mobasir hassan']);
  });
});

describe('chooseAuthors and the site name', () => {
  it('leaves an organisation whose name ends in the site name whole ("Bund der …")', () => {
    const signals = [{ from: 'author', names: ['Bund der Energieverbraucher'], structured: true }];
    expect(chooseAuthors(signals, [], 'www.energieverbraucher.de')).toEqual(['Bund der Energieverbraucher']);
  });
});

describe('chooseAuthors and a site address', () => {
  it('reads "site, City, Country" as the site signing, not two people', () => {
    const signals = [{ from: 'author', names: ['example.de, Frankfurt, Germany'], structured: true }];
    expect(chooseAuthors(signals, ['example.de'], 'www.example.de')).toEqual(['example.de']);
  });

  it('still takes a person named beside the site', () => {
    const signals = [{ from: 'author', names: ['Jane Doe, Example News'], structured: true }];
    expect(chooseAuthors(signals, ['Example News'], 'www.example-news.com')).toEqual(['Jane Doe']);
  });
});
