import type { Sql } from '../db/client.ts';

/** The tables that hold anything about surveys, their distribution or their responses. */
export async function surveyTables(sql: Sql): Promise<{ table: string; column: string; type: string }[]> {
  return sql<{ table: string; column: string; type: string }[]>`
    select table_name as table, column_name as column, data_type as type from information_schema.columns
    where table_schema = current_schema() and (table_name like 'survey%' or table_name like 'questionnaire%')
    order by table_name, ordinal_position`;
}

/** Every value of every column of every survey table, as text, with where it was found. */
export async function surveyTableValues(sql: Sql): Promise<{ where: string; value: string }[]> {
  const values: { where: string; value: string }[] = [];
  for (const { table, column } of await surveyTables(sql)) {
    const rows = await sql<{ value: string | null }[]>`select ${sql(column)}::text as value from ${sql(table)}`;
    for (const row of rows) if (row.value !== null) values.push({ where: `${table}.${column}`, value: row.value });
  }
  return values;
}
