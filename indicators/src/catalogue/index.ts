import type { IndicatorDefinition } from '../definition.ts';
import { fall80 } from './fall-80.ts';
import { hkHemtjanst80 } from './hk-hemtjanst-80.ts';
import { hkNojdhetHemtjanst } from './hk-nojdhet-hemtjanst.ts';
import { hkNojdhetSabo } from './hk-nojdhet-sabo.ts';
import { hkPersonalkontinuitet } from './hk-personalkontinuitet.ts';
import { peDelaktighet } from './pe-delaktighet.ts';
import { peHelhetsintryck } from './pe-helhetsintryck.ts';
import { peKontinuitet } from './pe-kontinuitet.ts';
import { peTryggHemgang } from './pe-trygg-hemgang.ts';
import { pvBedomning3d } from './pv-bedomning-3d.ts';
import { pvDigitala } from './pv-digitala.ts';
import { pvEjLakare } from './pv-ej-lakare.ts';
import { pvHembesok80 } from './pv-hembesok-80.ts';
import { pvKontaktSammaDag } from './pv-kontakt-samma-dag.ts';
import { svForstabesok90d } from './sv-forstabesok-90d.ts';
import { ukAterinskrivning30d } from './uk-aterinskrivning-30d.ts';
import { ukDagar } from './uk-dagar.ts';
import { ukFastVardkontakt } from './uk-fast-vardkontakt.ts';
import { ukInskrivningsmeddelande24h } from './uk-inskrivningsmeddelande-24h.ts';
import { ukSip30d } from './uk-sip-30d.ts';

/**
 * The reviewed catalogue, in presentation order: by area (in the order of `indicatorAreas`), and within an
 * area as the patient meets the care. Adding an indicator means adding its file here.
 */
export const catalogue: readonly IndicatorDefinition[] = [
  // Tillgänglighet
  pvBedomning3d,
  pvKontaktSammaDag,
  pvDigitala,
  pvEjLakare,
  pvHembesok80,
  svForstabesok90d,
  // Kontinuitet
  hkPersonalkontinuitet,
  ukFastVardkontakt,
  // Samverkan vid in- och utskrivning
  ukInskrivningsmeddelande24h,
  ukDagar,
  ukSip30d,
  ukAterinskrivning30d,
  // Hemtjänst och äldreomsorg
  hkHemtjanst80,
  hkNojdhetHemtjanst,
  hkNojdhetSabo,
  fall80,
  // Patientens upplevelse
  peHelhetsintryck,
  peTryggHemgang,
  peKontinuitet,
  peDelaktighet,
];
