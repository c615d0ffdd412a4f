import { yearsOf } from '../calendar.ts';
import { demoFileName, type DemoGenerator } from '../context.ts';

/**
 * Population by year, municipality, sex and age band for every year the demo months touch. Not a
 * sample: these are the denominators, at their approximate real size.
 */
export const befolkningGenerator: DemoGenerator = {
  dataset: 'befolkning',
  header: ['ar', 'kommun', 'kon', 'aldersgrupp', 'antal'],
  files: (context, dataset) => [
    {
      name: demoFileName(dataset.name),
      *rows() {
        for (const year of yearsOf(context.months)) {
          for (const municipality of context.municipalities) {
            for (const cell of context.population(municipality, year)) {
              yield [String(year), municipality.code, cell.sex, cell.ageBand, String(cell.count)];
            }
          }
        }
      },
    },
  ],
};
