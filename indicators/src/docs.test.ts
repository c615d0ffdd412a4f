import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fall80 } from './catalogue/fall-80.ts';
import { hkPersonalkontinuitet } from './catalogue/hk-personalkontinuitet.ts';
import { catalogue } from './catalogue/index.ts';
import { peTryggHemgang } from './catalogue/pe-trygg-hemgang.ts';
import { pvBedomning3d } from './catalogue/pv-bedomning-3d.ts';
import { pvHembesok80 } from './catalogue/pv-hembesok-80.ts';
import { ukAterinskrivning30d } from './catalogue/uk-aterinskrivning-30d.ts';
import { ukDagar } from './catalogue/uk-dagar.ts';
import { ukInskrivningsmeddelande24h } from './catalogue/uk-inskrivningsmeddelande-24h.ts';
import { ukSip30d } from './catalogue/uk-sip-30d.ts';
import {
  areaTitles,
  catalogueMarkdown,
  describeAssessment,
  describeComputation,
  describeDisclosure,
  describeFilter,
  formatValue,
} from './docs.ts';
import { indicatorAreas } from './definition.ts';
import { indicatorDocsFile } from './write-docs.ts';

describe('docs/indicators.md', () => {
  it('is generated from the catalogue (run pnpm docs)', async () => {
    expect(await readFile(indicatorDocsFile, 'utf8')).toBe(catalogueMarkdown(catalogue));
  });

  it('has one section per area, in order, with every indicator once under its area', () => {
    const markdown = catalogueMarkdown(catalogue);
    const areaHeadings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(areaHeadings).toEqual(indicatorAreas.map((area) => `## ${areaTitles[area]}`));
    const sections = markdown.split(/^## /m).slice(1);
    for (const definition of catalogue) {
      const section = sections[indicatorAreas.indexOf(definition.area)]!;
      expect(section).toContain(`### ${definition.title.sv}\n`);
      expect(markdown.split(`<a id="${definition.id}"></a>`)).toHaveLength(2);
      expect(markdown).toContain(`](#${definition.id})`);
    }
  });

  it('shows all metadata of an indicator in Swedish', () => {
    const markdown = catalogueMarkdown([pvBedomning3d]);
    for (const text of [
      pvBedomning3d.title.sv,
      pvBedomning3d.shortTitle.sv,
      `*${pvBedomning3d.title.en}*`,
      pvBedomning3d.definition.sv,
      `**Syfte.** ${pvBedomning3d.rationale.sv}`,
      `**Täljare.** ${pvBedomning3d.numerator.sv}`,
      `**Nämnare.** ${pvBedomning3d.denominator.sv}`,
      `**Källa.** ${pvBedomning3d.source.sv}`,
      `**Metod.** ${pvBedomning3d.method.sv}`,
      `**Att tänka på.** ${pvBedomning3d.caveats.sv}`,
      '| Huvudman | Regionen |',
      '| Frekvens | Varje månad |',
      '| Enhet | Procent |',
      '| Riktning | Högre värde är bättre |',
      '| Redovisning | Värden som bygger på färre än 20 observationer redovisas inte. |',
      '| Ansvarig grupp | Arbetsgrupp tillgänglighet |',
      '| Version | 2 |',
      '| Giltig från | 2026-01-01 |',
      '| Nästa översyn | 2027-06-30 |',
    ]) {
      expect(markdown).toContain(text);
    }
  });

  it('says so when an area has no indicators yet, and keeps a pipe inside its table cell', () => {
    const markdown = catalogueMarkdown([{ ...pvBedomning3d, ownerGroup: 'Tillgänglighet | primärvård' }]);
    expect(markdown).toContain('## Kontinuitet\n\nInga indikatorer ännu.');
    expect(markdown).toContain('| Ansvarig grupp | Tillgänglighet \\| primärvård |');
    expect(markdown).toContain('1 indikatorer i 1 områden');
  });
});

describe('the computation in words', () => {
  it('names the rows of the numerator and denominator of a proportion', () => {
    expect(describeComputation(pvBedomning3d.computation, 'month')).toEqual([
      'Underlag: [`pv_kontakter`](datasets/pv_kontakter.md); en rad hör till den månad som datumet i `kontaktdatum` ligger i.',
      'Nämnare: rader i `pv_kontakter` där `vardgaranti` = ja och `medicinsk_bedomning` = ja.',
      'Täljare: de av nämnarens rader där antalet dagar från `forsta_kontakt_datum` till `kontaktdatum` är högst 3.',
      'Värde: täljaren delad med nämnaren, i procent.',
    ]);
    expect(describeComputation(ukAterinskrivning30d.computation, 'quarter')[1]).toBe(
      'Nämnare: rader i `utskrivningsklara` där `utskrivningsdatum` är ifyllt och `aldersgrupp` är en av `65-79` eller `80+`.',
    );
  });

  it('describes a rate per population, a mean and the published sources', () => {
    expect(describeComputation(pvHembesok80.computation, 'quarter')).toEqual([
      'Underlag: [`pv_kontakter`](datasets/pv_kontakter.md) och [`befolkning`](datasets/befolkning.md); en rad i `pv_kontakter` hör till det kvartal som datumet i `kontaktdatum` ligger i.',
      'Täljare: antalet rader i `pv_kontakter` där `kontaktform` = `hembesok` och `aldersgrupp` = `80+`.',
      'Nämnare: invånare i åldersgruppen 80+ enligt `befolkning`, av radens kön när värdet redovisas per kön.',
      'Värde: täljaren delad med nämnaren, gånger 1 000.',
    ]);
    expect(describeComputation(ukDagar.computation, 'month').slice(1)).toEqual([
      'Ingår: rader i `utskrivningsklara` där `utskrivningsdatum` är ifyllt, `utskrivningsklar_datum` är ifyllt och antalet dagar från `utskrivningsklar_datum` till `utskrivningsdatum` är minst 1.',
      'Värde: medelvärdet av antalet dagar från `utskrivningsklar_datum` till `utskrivningsdatum` över dessa rader.',
    ]);
    expect(describeComputation(fall80.computation, 'year')[0]).toBe('Underlag: [`kolada`](datasets/kolada.md), nyckeltal `N20402`.');
    expect(describeComputation(peTryggHemgang.computation, 'quarter')[0]).toBe('Underlag: patientenkäten, dimensionen `trygg_hemgang`.');
  });

  it('spells out every kind of condition', () => {
    expect(describeFilter({ op: 'eq', field: 'patientvald_vantan', value: false })).toBe('`patientvald_vantan` = nej');
    expect(describeFilter({ op: 'in', field: 'kontaktform', values: ['video'] })).toBe('`kontaktform` är `video`');
    expect(describeFilter({ op: 'between', field: 'vantedagar', min: 0, max: 90 })).toBe('`vantedagar` är minst 0 och högst 90');
    expect(describeFilter({ op: 'isNull', field: 'sip_datum', value: true })).toBe('`sip_datum` är tomt');
    expect(describeFilter(ukSip30d.computation.numeratorWhere[1]!)).toBe(
      'antalet dagar från `utskrivningsdatum` till `sip_datum` är minst 0 och högst 30',
    );
    expect(describeFilter(ukInskrivningsmeddelande24h.computation.numeratorWhere[1]!)).toBe(
      'tiden från `inskrivningsdatum` (från dygnets början när det är ett datum) till `inskrivningsmeddelande_tid` är högst 24 timmar',
    );
  });
});

describe('assessment and disclosure in words', () => {
  it('turns the comparison with the polarity and writes Swedish numbers', () => {
    expect(describeAssessment(ukDagar.assessment, ukDagar.polarity, ukDagar.unit)).toBe(
      'Mot målnivåer: grön vid ≤ 1,5 dagar, gul vid ≤ 3 dagar, annars röd. Ett värde på gränsen får den bättre färgen.',
    );
    expect(describeAssessment(pvBedomning3d.assessment, pvBedomning3d.polarity, pvBedomning3d.unit)).toMatch(/^Mot målnivåer: grön vid ≥ 90 %, gul vid ≥ 80 %/);
    expect(describeAssessment(fall80.assessment, fall80.polarity, fall80.unit)).toMatch(/^Relativt: den bästa fjärdedelen/);
    expect(formatValue(12.5, 'per_thousand')).toBe('12,5 per 1 000');
    expect(formatValue(1, 'days')).toBe('1 dag');
  });

  it('says who suppresses what', () => {
    expect(describeDisclosure(hkPersonalkontinuitet)).toEqual([
      'Kolada undertrycker själv värden som bygger på för få personer eller svar och markerar dem med `..`; de visas som undertryckta.',
      'Samsyn lägger inte till någon egen gräns.',
    ]);
    expect(describeDisclosure(peTryggHemgang)).toEqual(['Värden som bygger på färre än 30 svar redovisas inte.']);
    expect(describeDisclosure(pvHembesok80)).toEqual(['Värden som bygger på färre än 20 invånare i nämnaren redovisas inte.']);
    expect(describeDisclosure({ ...pvBedomning3d, disclosure: { minDenominator: 1, minCell: 5 } })).toEqual([
      'Värden redovisas inte heller när täljaren, eller skillnaden mellan nämnare och täljare, är mindre än 5.',
    ]);
    expect(describeDisclosure({ ...pvBedomning3d, disclosure: { minDenominator: 1, minCell: 0 } })).toEqual(['Alla värden redovisas.']);
  });
});
