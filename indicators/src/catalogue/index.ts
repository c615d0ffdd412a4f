import type { IndicatorDefinition } from '../definition.ts';
import { pvBedomning3d } from './pv-bedomning-3d.ts';
import { pvDigitala } from './pv-digitala.ts';
import { pvKontaktSammaDag } from './pv-kontakt-samma-dag.ts';

/** The reviewed catalogue, in presentation order. Adding an indicator means adding its file here. */
export const catalogue: readonly IndicatorDefinition[] = [pvBedomning3d, pvKontaktSammaDag, pvDigitala];
