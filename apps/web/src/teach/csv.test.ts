import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { attachment, toCsv } from './csv';

const columns = [
  { header: 'Name', value: (r: { name: string; score: number | null }) => r.name },
  { header: 'Score', value: (r: { name: string; score: number | null }) => r.score },
];

const parse = (csv: string) => Papa.parse<string[]>(csv, { newline: '\r\n' }).data;

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks so a spreadsheet reads each value whole', () => {
    const rows = [
      { name: 'Lovelace, Ada', score: 1 },
      { name: 'Said "hi"', score: 0.5 },
      { name: 'two\nlines', score: null },
      { name: 'Zoë 🚀', score: 0 },
    ];
    const csv = toCsv(columns, rows);
    expect(csv).toBe(
      'Name,Score\r\n"Lovelace, Ada",1\r\n"Said ""hi""",0.5\r\n"two\nlines",\r\nZoë 🚀,0',
    );
    expect(parse(csv)).toEqual([
      ['Name', 'Score'],
      ['Lovelace, Ada', '1'],
      ['Said "hi"', '0.5'],
      ['two\nlines', ''],
      ['Zoë 🚀', '0'],
    ]);
  });

  it.each([
    '=HYPERLINK("http://evil.example","click")',
    '+1+cmd|" /C calc"!A0',
    '-2+3',
    '@SUM(A1:A9)',
    '\t=1+1',
    '\r=1+1',
    '  =1+1',
    '=1+1\nsecond line',
  ])('guards %j against formula injection: it opens as text', (name) => {
    const csv = toCsv(columns, [{ name, score: 1 }], { header: false });
    const [[cell]] = parse(csv) as [[string]];
    expect(cell).toBe(`'${name}`);
  });

  it('leaves numbers and harmless text alone (negative numbers stay numbers)', () => {
    const csv = toCsv(
      [
        { header: 'a', value: () => 'plain text' },
        { header: 'b', value: () => -0.5 },
        { header: 'c', value: () => 'a = b' },
      ],
      [{}],
      { header: false },
    );
    expect(csv).toBe('plain text,-0.5,a = b');
  });
});

describe('attachment', () => {
  it('gives an ASCII file name and the exact UTF-8 one', () => {
    expect(attachment('Zoë’s class — gradebook.csv')).toBe(
      `attachment; filename="Zo-s-class-gradebook.csv"; filename*=UTF-8''Zo%C3%AB%E2%80%99s%20class%20%E2%80%94%20gradebook.csv`,
    );
  });
});
