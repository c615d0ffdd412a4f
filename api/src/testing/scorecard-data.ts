import { Readable } from 'node:stream';
import type { IndicatorDefinition } from '@samsyn/indicators';
import { expect } from 'vitest';
import { cliActor } from '../audit/record.ts';
import { recompute } from '../engine/materialise.ts';
import type { Dataset } from '../imports/dataset.ts';
import { kolada } from '../imports/datasets/kolada.ts';
import { pvKontakter } from '../imports/datasets/pv-kontakter.ts';
import { runImport } from '../imports/run-import.ts';
import { seedIndicatorDefinitions } from '../seed/indicators.ts';
import { readVgrOrgUnits, seedOrgUnits } from '../seed/org-units.ts';
import { assessedContacts, contactsHeader } from './contacts.ts';
import type { TestDatabase } from './database.ts';
import { testIndicator } from './indicators.ts';

/**
 * The values behind the scorecard grid and unit profile tests (grid.db.test.ts, profile.db.test.ts): contacts and
 * Kolada figures imported as users import them, three test indicators in three areas with three principals,
 * recomputed.
 *
 * Contacts assessed within 3 days / all, K + M:
 *   Göteborg 1480   2025-09 10/40, 2025-10 22/40, 2025-11 26/40, 2025-12 30/40, 2026-01 36/40 (improving)
 *   Trollhättan 1488  2026-01 44/55 = 80 %;  Uddevalla 1485  2026-01 14/22
 *   Borås 1490  2026-01 60/80;  Tranemo 1452  2026-01 5/8 (suppressed: under 20)
 *   Kungälv 1482 and every other municipality: no contacts at all.
 * Kolada N21704 for 2025: Göteborg 12,5, Trollhättan `-`, Uddevalla `.`, the county 11,2.
 * The data ends with January 2026, so 2026-Q1 and 2026 are cut short.
 */

const proportion = {
  kind: 'proportion',
  dataset: 'pv_kontakter',
  periodField: 'kontaktdatum',
  denominatorWhere: [
    { op: 'eq', field: 'vardgaranti', value: true },
    { op: 'eq', field: 'medicinsk_bedomning', value: true },
  ],
  numeratorWhere: [{ op: 'daysBetween', from: 'forsta_kontakt_datum', to: 'kontaktdatum', max: 3 }],
} as const satisfies IndicatorDefinition['computation'];

export const definitions: IndicatorDefinition[] = [
  // Listed out of the catalogue's order on purpose: the grid sorts by area, then id.
  testIndicator('test-c-kolada', {
    unit: 'percent',
    area: 'elderly_care',
    principal: 'municipality',
    frequency: 'year',
    polarity: 'higher_is_better',
    assessment: { method: 'relative_quartiles' },
    disclosure: { minDenominator: 1, minCell: 0 },
    computation: { kind: 'kolada', kpi: 'N21704' },
  }),
  testIndicator('test-a-mal', {
    unit: 'percent',
    area: 'accessibility',
    principal: 'region',
    polarity: 'higher_is_better',
    assessment: { method: 'target', green: 80, yellow: 70 },
    computation: proportion,
  }),
  testIndicator('test-b-kvartil', {
    unit: 'percent',
    area: 'continuity',
    principal: 'joint',
    polarity: 'higher_is_better',
    assessment: { method: 'relative_quartiles' },
    computation: proportion,
  }),
];

/** Half the contacts for women, half for men, each with half the assessed ones. */
function bothSexes(kommun: string, date: string, count: number, within: number): string[] {
  return [
    ...assessedContacts(kommun, 'K', date, count / 2, Math.ceil(within / 2)),
    ...assessedContacts(kommun, 'M', date, count / 2, Math.floor(within / 2)),
  ];
}

const contactsFile = [
  contactsHeader,
  ...bothSexes('1480', '2025-09-10', 40, 10),
  ...bothSexes('1480', '2025-10-10', 40, 22),
  ...bothSexes('1480', '2025-11-10', 40, 26),
  ...bothSexes('1480', '2025-12-10', 40, 30),
  ...bothSexes('1480', '2026-01-10', 40, 36),
  ...assessedContacts('1488', 'K', '2026-01-15', 30, 24),
  ...assessedContacts('1488', 'M', '2026-01-20', 25, 20),
  ...assessedContacts('1485', 'K', '2026-01-12', 12, 9),
  ...assessedContacts('1485', 'M', '2026-01-13', 10, 5),
  ...bothSexes('1490', '2026-01-14', 80, 60),
  ...assessedContacts('1452', 'K', '2026-01-16', 8, 5),
].join('\n');

const koladaFile = ['kpi;kommun;ar;kon;varde', 'N21704;1480;2025;T;12,5', 'N21704;1488;2025;T;-', 'N21704;1485;2025;T;.', 'N21704;0014;2025;T;11,2'].join(
  '\n',
);

async function importFile(db: TestDatabase, name: string, dataset: Dataset, text: string): Promise<void> {
  const result = await runImport({
    sql: db.sql,
    embedded: db.backend === 'pglite',
    dataset,
    input: Readable.from([Buffer.from(`${text}\n`)]),
    fileName: `${name}.csv`,
    policy: 'all_or_nothing',
    actor: cliActor,
  });
  expect(result, name).toMatchObject({ status: 'published', rowsRejected: 0 });
}

/** Org units, the three definitions, both files, and a recompute, into a migrated database. */
export async function seedScorecardData(db: TestDatabase): Promise<void> {
  await seedOrgUnits(db.sql, await readVgrOrgUnits());
  await seedIndicatorDefinitions(db.sql, definitions);
  await importFile(db, 'contacts', pvKontakter, contactsFile);
  await importFile(db, 'kolada', kolada, koladaFile);
  await recompute(db.sql, { indicators: definitions.map((d) => d.id) });
}
