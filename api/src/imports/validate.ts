import type { ReservedSql } from 'postgres';
import { typeSql } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { stagingTable } from './staging.ts';

export interface FileShape {
  /** Fields in the header: every line must have as many. */
  headerWidth: number;
  /** For each dataset column, its 0-based position in the file. */
  positions: readonly number[];
}

/**
 * Writes a reject for every staged value that breaks the contract, column by column, each in one
 * set-based statement. Returns the number of rejected lines (a line may break several rules).
 */
export async function rejectInvalidRows(
  sql: ReservedSql,
  dataset: Dataset,
  batchId: string,
  shape: FileShape,
): Promise<number> {
  const staging = sql(stagingTable);
  const fileColumn = (name: string) => (shape.positions[dataset.columns.findIndex((c) => c.name === name)] ?? 0) + 1;

  await sql`
    insert into import_reject (batch_id, line_number, reason)
    select ${batchId}, line_number,
           'Raden har ' || field_count || ' fält men rubrikraden har ' || ${shape.headerWidth}::integer
    from ${staging}
    where field_count <> ${shape.headerWidth}`;

  for (const column of dataset.columns) {
    const v = sql`${sql(column.name)}`;
    const rule = typeSql(sql, column.type);
    const emptyIsWrong = column.optional ? sql`false` : sql`true`;
    await sql`
      insert into import_reject (batch_id, line_number, column_name, column_number, value, reason)
      select ${batchId}, line_number, ${column.name}, ${fileColumn(column.name)}, ${v},
             case when btrim(${v}) = '' then 'Värdet saknas – kolumnen är obligatorisk' else ${rule.reason(v)} end
      from ${staging}
      where field_count = ${shape.headerWidth}
        and case when btrim(${v}) = '' then ${emptyIsWrong} else not (${rule.valid(v)}) end`;
  }

  if (dataset.uniqueColumn) {
    const v = sql`${sql(dataset.uniqueColumn)}`;
    await sql`
      insert into import_reject (batch_id, line_number, column_name, column_number, value, reason)
      select ${batchId}, line_number, ${dataset.uniqueColumn}, ${fileColumn(dataset.uniqueColumn)}, id,
             'Id ' || id || ' finns redan på rad ' || first_line || ' – varje id får bara förekomma en gång i filen'
      from (
        select line_number, btrim(${v}) as id,
               first_value(line_number) over (partition by btrim(${v}) order by line_number) as first_line
        from ${staging}
        where btrim(${v}) <> ''
      ) numbered
      where line_number <> first_line`;
  }

  const [counted] = await sql<{ lines: number }[]>`
    select count(distinct line_number)::int as lines from import_reject where batch_id = ${batchId}`;
  return counted?.lines ?? 0;
}
