import type { IndicatorDefinition } from '../definition.ts';
import { byDischarge, careTransitionsSource, discharged } from './care-transitions.ts';
import { registerDataDisclosure } from './common.ts';

export const ukDagar = {
  id: 'uk-dagar',
  version: 1,
  title: {
    sv: 'Dagar i slutenvården efter att patienten bedömts utskrivningsklar',
    en: 'Days in inpatient care after the patient was judged ready for discharge',
  },
  shortTitle: { sv: 'Dagar som utskrivningsklar', en: 'Days as discharge-ready' },
  area: 'care_transitions',
  definition: {
    sv: 'Medelantal dagar som patienter stannar kvar i slutenvården efter att ha bedömts utskrivningsklara, för vårdtillfällen som avslutades under månaden och hade minst en sådan dag.',
    en: 'Mean number of days patients stay in inpatient care after being judged ready for discharge, for episodes that ended during the month with at least one such day.',
  },
  rationale: {
    sv: 'Den som är färdigbehandlad på sjukhuset ska kunna komma hem eller till rätt boende så snart som möjligt. Varje onödig dag på sjukhus ökar risken för vårdskador och försämrad funktion. Kommunen ansvarar för att ta emot patienten, och måttet följs upp nationellt.',
    en: 'Patients whose hospital treatment is complete should be able to go home, or to the right housing, as soon as possible. Every unnecessary day in hospital adds to the risk of harm and loss of function. The municipality is responsible for receiving the patient, and the measure is followed up nationally.',
  },
  numerator: {
    sv: 'Summan av dagarna från den dag patienten bedömdes utskrivningsklar till utskrivningsdagen.',
    en: 'The sum of the days from the day the patient was judged ready for discharge to the day of discharge.',
  },
  denominator: {
    sv: 'Vårdtillfällen som avslutades under månaden och hade minst en dag som utskrivningsklar.',
    en: 'Episodes that ended during the month with at least one day as discharge-ready.',
  },
  source: careTransitionsSource,
  method: {
    sv: 'Räknas per månad och patientens hemkommun; vårdtillfället hör till den månad då patienten skrevs ut. Dagarna räknas i hela kalenderdagar: utskrivningsdatum minus datum för utskrivningsklar. Medelvärdet redovisas med konfidensintervall enligt Students t; högre nivåer räknas från antal, summa och kvadratsumma, inte som ett medelvärde av kommunernas medelvärden.',
    en: "Counted per month and municipality of residence; an episode belongs to the month of its discharge. Days are whole calendar days: the discharge date minus the date judged ready for discharge. The mean has a Student's t confidence interval; higher levels are computed from counts, sums and sums of squares, not as an average of the municipalities' means.",
  },
  caveats: {
    sv: 'Vårdtillfällen där patienten skrevs ut samma dag som hen bedömdes utskrivningsklar ingår inte, och inte heller vårdtillfällen som ännu inte är avslutade. Några få långa vårdtillfällen kan höja medelvärdet mycket i en liten kommun.',
    en: 'Episodes where the patient was discharged on the day judged ready for discharge are not included, nor are episodes that have not yet ended. A few long episodes can raise the mean a lot in a small municipality.',
  },
  unit: 'days',
  polarity: 'lower_is_better',
  principal: 'municipality',
  frequency: 'month',
  assessment: { method: 'target', green: 1.5, yellow: 3 },
  disclosure: registerDataDisclosure,
  computation: {
    kind: 'mean',
    ...byDischarge,
    value: { daysBetween: ['utskrivningsklar_datum', 'utskrivningsdatum'] },
    where: [
      discharged,
      { op: 'isNull', field: 'utskrivningsklar_datum', value: false },
      { op: 'daysBetween', from: 'utskrivningsklar_datum', to: 'utskrivningsdatum', min: 1 },
    ],
  },
  ownerGroup: 'Arbetsgrupp samverkan vid in- och utskrivning',
  validFrom: '2026-01-01',
  nextReviewDate: '2027-06-30',
} satisfies IndicatorDefinition;
