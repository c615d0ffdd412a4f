import type { IndicatorDefinition } from '../definition.ts';
import { registerDataDisclosure } from './common.ts';

export const svForstabesok90d = {
  id: 'sv-forstabesok-90d',
  version: 1,
  title: {
    sv: 'Väntat högst 90 dagar på förstabesök i den specialiserade vården',
    en: 'Waited at most 90 days for a first visit in specialised care',
  },
  shortTitle: { sv: 'Förstabesök inom 90 dagar', en: 'First visit within 90 days' },
  area: 'accessibility',
  definition: {
    sv: 'Andel av dem som på mätdagen väntar på ett förstabesök i den specialiserade vården som har väntat högst 90 dagar. Väntan som patienten själv har valt räknas inte.',
    en: 'Share of those waiting for a first visit in specialised care on the measurement day who have waited at most 90 days. Waiting chosen by the patient is excluded.',
  },
  rationale: {
    sv: 'Vårdgarantin ger rätt till ett förstabesök i den specialiserade vården inom 90 dagar. När mer vård ges i primärvården behöver de patienter som remitteras vidare komma till specialistvården i tid.',
    en: 'The care guarantee entitles patients to a first visit in specialised care within 90 days. As more care is given in primary care, the patients who are referred on need to reach specialised care in time.',
  },
  numerator: {
    sv: 'Väntande som på mätdagen har väntat 0–90 dagar.',
    en: 'Those waiting who have waited 0–90 days on the measurement day.',
  },
  denominator: {
    sv: 'Alla som på mätdagen väntar på ett förstabesök, utom de som själva har valt att vänta längre.',
    en: 'Everyone waiting for a first visit on the measurement day, except those who chose to wait longer.',
  },
  source: {
    sv: 'Regionens väntelistor för den specialiserade vården, samma mätning som rapporteras till Väntetider i vården.',
    en: "The region's waiting lists for specialised care, the same measurement as reported to the national waiting-time database.",
  },
  method: {
    sv: 'Räknas per månad och patientens hemkommun från väntelistan på mätdagen. Andelen skattas med Wilsons konfidensintervall; högre nivåer summerar täljare och nämnare.',
    en: 'Counted per month and municipality of residence from the waiting list on the measurement day. Wilson confidence interval; higher levels sum numerators and denominators.',
  },
  caveats: {
    sv: 'Måttet är en ögonblicksbild av dem som fortfarande väntar, inte av dem som redan har fått sitt besök; den som fick komma snabbt syns inte. Väntan på operation eller annan åtgärd ingår inte. Har en månad flera mätdagar räknas varje väntande remiss en gång per mätdag.',
    en: 'The measure is a snapshot of those still waiting, not of those who have had their visit; whoever was seen quickly does not show. Waiting for an operation or other treatment is not included. If a month has several measurement days, each waiting referral counts once per measurement day.',
  },
  unit: 'percent',
  polarity: 'higher_is_better',
  principal: 'region',
  frequency: 'month',
  assessment: { method: 'target', green: 90, yellow: 75 },
  disclosure: registerDataDisclosure,
  computation: {
    kind: 'proportion',
    dataset: 'specialiserad_vantande',
    periodField: 'matdatum',
    denominatorWhere: [
      { op: 'eq', field: 'vardtyp', value: 'forstabesok' },
      { op: 'eq', field: 'patientvald_vantan', value: false },
    ],
    numeratorWhere: [{ op: 'between', field: 'vantedagar', min: 0, max: 90 }],
  },
  ownerGroup: 'Arbetsgrupp tillgänglighet',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
