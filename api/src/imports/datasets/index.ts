import { UserFacingError } from '../../errors.ts';
import type { Dataset } from '../dataset.ts';
import { befolkning } from './befolkning.ts';
import { kolada } from './kolada.ts';
import { pvKontakter } from './pv-kontakter.ts';
import { specialiseradVantande } from './specialiserad-vantande.ts';
import { utskrivningsklara } from './utskrivningsklara.ts';

export const datasets: readonly Dataset[] = [pvKontakter, utskrivningsklara, specialiseradVantande, befolkning, kolada];

export function findDataset(name: string): Dataset {
  const dataset = datasets.find((d) => d.name === name);
  if (!dataset) {
    throw new UserFacingError(
      `Okänd datamängd "${name}": välj ${datasets.map((d) => d.name).join(', ')} / unknown dataset`,
      { code: 'NOT_FOUND', exitCode: 2 },
    );
  }
  return dataset;
}
