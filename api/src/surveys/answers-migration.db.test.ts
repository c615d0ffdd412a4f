import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../db/migrate.ts';
import { seedReferenceData } from '../seed/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';

/**
 * Migration 0018 moves every response's answers from the table survey_answer into arrays in the response's row; the
 * view that replaces the table must show exactly the rows the table held, and the row keeps the table's rules.
 */

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  const migrations = await readMigrations();
  await migrate(db.sql, migrations.filter((m) => m.name < '0018'));
  await seedReferenceData(db.sql);
});
afterAll(async () => {
  await db.drop();
});

describe('migration 0018: answers in the response', () => {
  it('keeps every answer of every response, and a response without answers', async () => {
    const [questionnaire] = await db.sql<{ id: string }[]>`select id::text as id from questionnaire where key = 'patientupplevelse'`;
    const responses = await db.sql<{ id: string }[]>`
      insert into survey_response (questionnaire_id, version, org_unit_code, kommun, week)
      values (${questionnaire!.id}, 1, '1480', '1480', '2026-03-09'), (${questionnaire!.id}, 1, '1481', '1481', '2026-03-16'),
        (${questionnaire!.id}, 1, '1482', '1482', '2026-03-16')
      returning id::text as id`;
    const [first, second, empty] = responses.map((r) => r.id) as [string, string, string];
    const answers = [
      [first, '1480', '2026-03-09', 'hi_helhet', 'helhetsintryck', 'mycket_bra', 'positive', null],
      [first, '1480', '2026-03-09', 'hi_hjalp_svara', 'helhetsintryck', 'narstaende', null, null],
      [first, '1480', '2026-03-09', 'hi_hjalp_svara', 'helhetsintryck', 'tolk', null, null],
      [first, '1480', '2026-03-09', 'hi_fritext', 'helhetsintryck', null, null, 'Bra, ring [telefonnummer].'],
      [second, '1481', '2026-03-16', 'tg_kontakt', 'tillganglighet', 'vet_inte', 'excluded', null],
      [second, '1481', '2026-03-16', 'kk_vart_vanda', 'kontinuitet_koordinering', 'nej', 'negative', null],
    ] as const;
    for (const [response, kommun, week, question, dimension, option, valuation, text] of answers) {
      await db.sql`
        insert into survey_answer (response_id, kommun, week, question_key, dimension, option_key, valuation, free_text)
        values (${response}, ${kommun}, ${week}, ${question}, ${dimension}, ${option}, ${valuation}, ${text})`;
    }

    expect(await migrate(db.sql)).toEqual(['0018_survey_answers_in_the_response.sql']);

    const rows = await db.sql`
      select response_id::text, kommun, week::text, question_key, dimension, option_key, valuation, free_text from survey_answer
      order by response_id = ${first} desc, question_key, option_key`;
    // The first response's answers, then the second's, each by question and option.
    expect(rows.map((r) => Object.values(r))).toEqual([answers[3], answers[0], answers[1], answers[2], answers[5], answers[4]]);
    const [stored] = await db.sql`select question_keys, option_keys from survey_response where id = ${empty}`;
    expect(stored).toEqual({ question_keys: [], option_keys: [] });
  });

  it('refuses arrays of different lengths, an answer with both an option and a text, and an unknown valuation', async () => {
    const insert = (keys: string[], options: (string | null)[], valuations: (string | null)[], texts: (string | null)[]) =>
      db.sql`
        insert into survey_response (questionnaire_id, version, org_unit_code, kommun, week, question_keys, dimensions,
          option_keys, valuations, free_texts)
        select id, 1, '1480', '1480', '2026-03-09', ${keys}::text[], ${keys.map(() => 'helhetsintryck')}::text[],
          ${options}::text[], ${valuations}::text[], ${texts}::text[]
        from questionnaire where key = 'patientupplevelse'`;
    const refused = { code: '23514', constraint_name: 'survey_response_answers_check' };
    await expect(insert(['hi_helhet'], ['mycket_bra', 'tolk'], ['positive'], [null])).rejects.toMatchObject(refused);
    await expect(insert(['hi_fritext'], ['x'], [null], ['text'])).rejects.toMatchObject(refused);
    await expect(insert(['hi_fritext'], [null], [null], [null])).rejects.toMatchObject(refused);
    await expect(insert(['hi_helhet'], ['mycket_bra'], ['bra'], [null])).rejects.toMatchObject(refused);
    await expect(insert(['hi_fritext'], [null], [null], ['x'.repeat(4001)])).rejects.toMatchObject(refused);
    await expect(insert(['hi_helhet', 'hi_fritext'], ['mycket_bra', null], ['positive', null], [null, 'x'.repeat(4000)])).resolves.toHaveLength(0);
  });
});
