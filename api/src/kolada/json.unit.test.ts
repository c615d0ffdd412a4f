import { describe, expect, it } from 'vitest';
import { koladaCsvHeader, KoladaShapeError, nextPageLink, pageToCsv } from './json.ts';

/** Shaped like the answers of api.kolada.se (v2 and v3), cut down to a few rows. */
const v2Page = {
  count: 2,
  values: [
    {
      kpi: 'N21704',
      period: 2023,
      municipality: '1480',
      values: [
        { gender: 'T', value: 12.3, count: 1, status: '' },
        { gender: 'K', value: 14.05, count: 1, status: '' },
        { gender: 'M', value: null, count: 0, status: '..' },
      ],
    },
    { kpi: 'N21704', period: 2023, municipality: '0014', values: [{ gender: 'T', value: 9, count: 1, status: '' }] },
  ],
  next_page: 'https://api.kolada.se/v2/data/kpi/N21704/municipality/1480,0014/year/2023?page=2&per_page=5000',
};

const v3Page = {
  values: [
    {
      kpi: 'U21401',
      period: '2024',
      municipality: '1490',
      values: [
        { gender: 'T', value: null, count: 0, status: '-' },
        { gender: 'K', value: null, count: 0, status: '.' },
        { gender: 'M', value: null, count: 0, status: null },
      ],
    },
    {
      kpi: 'U21401',
      period: 2024,
      municipality: '1491',
      values: [
        { gender: 'T', value: 0, count: 1, status: '' },
        { gender: 'K', value: -2.5, count: 1 },
        { gender: 'M', value: 1e-7, count: 1, status: '' },
      ],
    },
  ],
  next_url: '/v3/data/kpi/U21401/municipality/1490,1491/year/2024?page=2',
  previous_url: null,
  total_count: 9,
};

describe('Kolada JSON pages as CSV', () => {
  it('has the kolada dataset header', () => {
    expect(koladaCsvHeader).toBe('kpi;kommun;ar;kon;varde\n');
  });

  it('writes one line per value of a v2 page, with a missing value as its marker', () => {
    expect(pageToCsv(v2Page)).toBe(['N21704;1480;2023;T;12.3', 'N21704;1480;2023;K;14.05', 'N21704;1480;2023;M;..', 'N21704;0014;2023;T;9', ''].join('\n'));
  });

  it('reads v3 pages: a year as text, each of Kolada\'s markers, zero as zero and no exponents', () => {
    expect(pageToCsv(v3Page)).toBe(
      ['U21401;1490;2024;T;-', 'U21401;1490;2024;K;.', 'U21401;1490;2024;M;', 'U21401;1491;2024;T;0', 'U21401;1491;2024;K;-2.5', 'U21401;1491;2024;M;0.0000001', ''].join(
        '\n',
      ),
    );
  });

  it('leaves an unknown status as an empty value and quotes a field that would break the line', () => {
    const page = { values: [{ kpi: 'N2;1704', period: 2023, municipality: '1480', values: [{ gender: 'T', value: null, status: 'X' }] }] };
    expect(pageToCsv(page)).toBe('"N2;1704";1480;2023;T;\n');
  });

  it('finds the next page in v2 and v3, and none on the last page', () => {
    expect(nextPageLink(v2Page)).toBe(v2Page.next_page);
    expect(nextPageLink(v3Page)).toBe(v3Page.next_url);
    expect(nextPageLink({ values: [], next_page: null })).toBeUndefined();
    expect(nextPageLink({ values: [], next_url: '' })).toBeUndefined();
  });

  it('says where a page breaks Kolada\'s shape', () => {
    const problem = (page: unknown) => {
      try {
        pageToCsv(page);
      } catch (error) {
        expect(error).toBeInstanceOf(KoladaShapeError);
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(problem([])).toBe('sidan: ska vara ett objekt med fältet values (en lista), som Kolada:s svar');
    expect(problem({ values: [{ period: 2023, municipality: '1480', values: [] }] })).toBe('values[0].kpi: saknas eller är inte text');
    expect(problem({ values: [{ kpi: 'N1', period: 23.5, municipality: '1480', values: [] }] })).toBe('values[0].period: ska vara ett år, t.ex. 2024');
    expect(problem({ values: [{ kpi: 'N1', period: 2023, municipality: '1480', values: [{ gender: 'T', value: '12' }] }] })).toBe(
      'values[0].values[0].value: ska vara ett tal eller null',
    );
  });
});
