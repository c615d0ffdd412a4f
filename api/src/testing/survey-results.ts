import { cliActor } from '../audit/record.ts';
import type { SqlPool } from '../db/client.ts';
import { createLink } from '../surveys/links.ts';
import { submitResponse } from '../surveys/submit.ts';

/**
 * Responses to the patient questionnaire in the first quarter of 2026, through the submission path, with values
 * that the results tests (database and browser) assert:
 * - Göteborg's own link: 40 responses. hi_helhet: 25 Mycket bra, 5 Ganska bra, 6 Ganska dåligt, 4 Vet inte;
 *   hi_hjalp from the last 32: 20 Ganska bra, 12 Mycket dåligt; two free texts, one with a phone number.
 * - Vårdcentralen Test (VC-TEST), a care unit in Göteborg: 12 responses, hi_helhet Mycket bra; one free text.
 * - Mölndal: 35 responses, hi_helhet Ganska bra; Kungälv: 10, hi_helhet Mycket dåligt; one free text each.
 * Returns the questionnaire's id.
 */
export async function submitSurveyResultsFixture(sql: SqlPool): Promise<string> {
  const [questionnaire] = await sql<{ id: string }[]>`select id::text as id from questionnaire where key = 'patientupplevelse'`;
  const questionnaireId = questionnaire!.id;
  await sql`insert into org_unit (code, name, kind, parent_code, valid_from) values ('VC-TEST', 'Vårdcentralen Test', 'care_unit', '1480', '2020-01-01')`;
  for (const [unit, slug] of [['1480', 'gbg-test'], ['VC-TEST', 'vc-test'], ['1481', 'molndal-test'], ['1482', 'kungalv-test']] as const) {
    await createLink(sql, cliActor, { questionnaireId, orgUnitCode: unit, slug });
  }
  const respond = async (slug: string, i: number, entries: Record<string, string>) => {
    const answers = new Map(Object.entries(entries).map(([key, value]) => [key, [value]]));
    const answeredAt = new Date(Date.UTC(2026, 0, 5 + 7 * (i % 8), 10));
    const result = await submitResponse(sql, { target: { slug }, version: 1, answers, answeredAt });
    if (result.status !== 'stored') throw new Error(`fixture response not stored: ${JSON.stringify(result)}`);
  };
  for (let i = 0; i < 40; i++) {
    const helhet = i < 25 ? 'mycket_bra' : i < 30 ? 'ganska_bra' : i < 36 ? 'ganska_daligt' : 'vet_inte';
    const hjalp: Record<string, string> = i < 8 ? {} : { hi_hjalp: i < 28 ? 'ganska_bra' : 'mycket_daligt' };
    const text: Record<string, string> = i === 0 ? { hi_fritext: 'Ring mig på 070-123 45 67, tack.' } : i === 1 ? { hi_fritext: 'Bra bemötande.' } : {};
    await respond('gbg-test', i, { hi_helhet: helhet, ...hjalp, ...text });
  }
  for (let i = 0; i < 12; i++) await respond('vc-test', i, { hi_helhet: 'mycket_bra', ...(i === 0 ? { hi_fritext: 'Vårdcentralens kommentar' } : {}) });
  for (let i = 0; i < 35; i++) await respond('molndal-test', i, { hi_helhet: 'ganska_bra', ...(i === 0 ? { hi_fritext: 'Mölndals kommentar' } : {}) });
  for (let i = 0; i < 10; i++) await respond('kungalv-test', i, { hi_helhet: 'mycket_daligt', ...(i === 0 ? { hi_fritext: 'Kungälvs kommentar' } : {}) });
  return questionnaireId;
}
