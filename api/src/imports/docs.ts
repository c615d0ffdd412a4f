import { describeType, type Column } from './columns.ts';
import type { Dataset } from './dataset.ts';

/** The reason an empty value stands for, when the column's type names one (Kolada: saknas). */
function emptyReason(column: Column): string | undefined {
  return column.type.kind === 'decimal' ? column.type.missing?.markers[''] : undefined;
}

/** Which rows a new file replaces: its periods, or only its combinations of period and `replaceBy`. */
function replacement(dataset: Dataset): string {
  const [unit, units] = dataset.period.granularity === 'month' ? ['Månaden', 'månader'] : ['Året', 'år'];
  const decides = `${unit} i \`${dataset.period.column}\` avgör vilken period en rad hör till.`;
  if (!dataset.replaceBy) return `${decides} En ny fil ersätter alla rader för de ${units} den innehåller.`;
  const key = [unit.toLowerCase(), ...dataset.replaceBy.map((name) => `\`${name}\``)].join(' och ');
  return `${decides} En ny fil ersätter raderna för varje kombination av ${key} som den innehåller; andra rader för samma period lämnas orörda.`;
}

/** docs/datasets/<name>.md, written from the same definition the importer validates with. */
export function datasetMarkdown(dataset: Dataset): string {
  const rows = dataset.columns.map(
    (c) => `| \`${c.name}\` | ${describeType(c.type)} | ${c.optional ? `nej (tomt = ${emptyReason(c) ?? 'ej aktuellt'})` : 'ja'} | ${c.description} |`,
  );
  const example = dataset.columns.map((c) => c.name).join(';');
  return [
    `# ${dataset.title} (\`${dataset.name}\`)`,
    '',
    '<!-- Genererad från api/src/imports/datasets/ med `pnpm docs`. Ändra inte för hand. -->',
    '',
    dataset.description,
    '',
    `**Källa:** ${dataset.source}`,
    '',
    '## Kolumner',
    '',
    'Rubrikraden måste innehålla alla kolumner; ordningen är fri och andra kolumner ignoreras. Namnen jämförs utan',
    'hänsyn till stora och små bokstäver, mellanslag runt namnet och å/ä/ö mot a/a/o.',
    '',
    '| kolumn | värden | obligatorisk | betydelse |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## Filformat',
    '',
    '- Teckenkodning UTF-8 (med eller utan BOM) eller Windows-1252, som Excel sparar; känns igen automatiskt.',
    '- Skiljetecken semikolon, komma eller tabb; känns igen från rubrikraden. Radslut CRLF eller LF; citattecken runt fält.',
    '- Datum som ÅÅÅÅ-MM-DD eller ÅÅÅÅMMDD.',
    dataset.columns.some((c) => c.type.kind === 'timestamp')
      ? '- Tidpunkter som ÅÅÅÅ-MM-DD TT:MM eller ÅÅÅÅ-MM-DD TT:MM:SS (även med T mellan datum och tid), i svensk tid.'
      : '',
    dataset.columns.some((c) => c.optional && emptyReason(c) === undefined)
      ? '- Ett tomt värde i en frivillig kolumn betyder ej aktuellt eller ännu inte inträffat.'
      : '',
    dataset.uniqueColumn ? `- \`${dataset.uniqueColumn}\` får bara förekomma en gång i filen.` : '',
    '',
    '## Publicering',
    '',
    replacement(dataset),
    'Samma fil två gånger ändrar ingenting. En enda felaktig rad avvisar hela filen, om inte `--accept-valid` anges.',
    '',
    '## Exempel på rubrikrad',
    '',
    '```',
    example,
    '```',
    '',
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');
}
