import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/en.json';
import sv from '../i18n/messages/sv.json';
import { createTranslator } from '../i18n';
import {
	columnDescriptionId,
	datasetTitle,
	exampleHeader,
	IMPORT_DATASETS,
	isDatasetName,
	uploadAction
} from './datasets';

/** The dataset contracts, generated from the API's definitions (`pnpm docs`). */
const docsDir = new URL('../../../../docs/datasets/', import.meta.url);
const documented = readdirSync(docsDir)
	.filter((file) => file.endsWith('.md'))
	.map((file) => ({
		name: file.replace(/\.md$/, ''),
		markdown: readFileSync(new URL(file, docsDir), 'utf8')
	}));

/** The rows of the column table: `| \`name\` | values | required | meaning |`. */
function documentedColumns(markdown: string): { name: string; values: string }[] {
	return [...markdown.matchAll(/^\| `([^`]+)` \| ([^|]*) \|/gm)].map((match) => ({
		name: match[1] ?? '',
		values: (match[2] ?? '').trim()
	}));
}

describe('IMPORT_DATASETS (against docs/datasets/*.md)', () => {
	it('has exactly the documented datasets', () => {
		expect(documented.length).toBeGreaterThan(0);
		expect(IMPORT_DATASETS.map((dataset) => dataset.name).sort()).toEqual(
			documented.map((doc) => doc.name).sort()
		);
	});

	it.each(documented)('lists every column of $name, in order', ({ name, markdown }) => {
		const dataset = IMPORT_DATASETS.find((candidate) => candidate.name === name);
		const columns = documentedColumns(markdown);
		expect(columns.length).toBeGreaterThan(0);
		expect(dataset?.columns).toEqual(columns.map((column) => column.name));
	});

	it.each(documented)('shows the example header row of $name', ({ name, markdown }) => {
		const dataset = IMPORT_DATASETS.find((candidate) => candidate.name === name);
		const example = /## Exempel på rubrikrad\s+```\s*\n([^\n]+)\n```/.exec(markdown)?.[1];
		expect(example).toBeDefined();
		expect(dataset && exampleHeader(dataset)).toBe(example);
	});

	it.each(documented)('names $name as the documentation does', ({ name, markdown }) => {
		const title = /^# (.+) \(`([^`]+)`\)$/m.exec(markdown);
		expect(title?.[2]).toBe(name);
		expect(isDatasetName(name)).toBe(true);
		if (isDatasetName(name)) expect(sv[`importDataset.${name}.title`]).toBe(title?.[1]);
	});

	it.each(documented)('mentions every allowed code of the columns of $name', ({ markdown }) => {
		for (const column of documentedColumns(markdown)) {
			const allowed = column.values.startsWith('en av: ')
				? column.values.slice('en av: '.length).split(', ')
				: column.name === 'aldersgrupp'
					? column.values.split(', ')
					: [];
			const id = `importColumn.${column.name}` as keyof typeof sv;
			for (const value of allowed) {
				expect(sv[id], `${column.name}: ${value}`).toContain(value);
				expect(en[id], `${column.name}: ${value}`).toContain(value);
			}
		}
	});

	it('translates every dataset and column', () => {
		for (const dataset of IMPORT_DATASETS) {
			for (const suffix of ['title', 'description', 'period']) {
				expect(Object.keys(sv)).toContain(`importDataset.${dataset.name}.${suffix}`);
			}
			for (const column of dataset.columns) {
				expect(Object.keys(sv)).toContain(columnDescriptionId(column));
			}
		}
	});
});

describe('dataset helpers', () => {
	const svT = createTranslator('sv');
	const enT = createTranslator('en');

	it('titles known datasets in the page language and shows unknown ones as named', () => {
		expect(datasetTitle(svT, 'befolkning')).toBe('Befolkning');
		expect(datasetTitle(enT, 'befolkning')).toBe('Population');
		expect(datasetTitle(svT, 'pv_kontakter')).toBe('Primärvårdens kontakter');
		expect(datasetTitle(svT, 'hemtjanst')).toBe('hemtjanst');
		expect(isDatasetName('toString')).toBe(false);
	});

	it('posts each upload to the API route of its dataset', () => {
		expect(uploadAction('pv_kontakter')).toBe('/api/import/pv_kontakter');
		expect(uploadAction('befolkning')).toBe('/api/import/befolkning');
	});
});
