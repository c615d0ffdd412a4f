/**
 * The datasets the web can upload, with the columns of their file contract, so the upload page can
 * summarise the file format (`docs/datasets/<name>.md` is not served). A unit test checks this
 * list against those documents, which are generated from the API's own dataset definitions.
 *
 * Titles, descriptions and what each column holds are translated in the message catalogues
 * (`importDataset.<name>.*`, `importColumn.<column>`).
 */
import type { MessageId, Translator } from '../i18n';

export interface ImportDataset {
	/** As in `POST /api/import/<name>` and `ImportBatch.dataset`. */
	readonly name: string;
	/** Whether a row's period is a month or a year. */
	readonly period: 'month' | 'year';
	/** Every column the header row must have, in the order of the documentation. */
	readonly columns: readonly string[];
}

export const IMPORT_DATASETS = [
	{
		name: 'pv_kontakter',
		period: 'month',
		columns: [
			'kontakt_id',
			'vardenhet_id',
			'kommun',
			'kon',
			'aldersgrupp',
			'kontaktdatum',
			'forsta_kontakt_datum',
			'yrkeskategori',
			'kontaktform',
			'vardgaranti',
			'medicinsk_bedomning'
		]
	},
	{
		name: 'utskrivningsklara',
		period: 'month',
		columns: [
			'vardtillfalle_id',
			'kommun',
			'kon',
			'aldersgrupp',
			'inskrivningsdatum',
			'inskrivningsmeddelande_tid',
			'utskrivningsklar_datum',
			'utskrivningsdatum',
			'behov_av_insatser',
			'fast_vardkontakt',
			'sip_datum',
			'aterinskriven_30d'
		]
	},
	{
		name: 'specialiserad_vantande',
		period: 'month',
		columns: [
			'remiss_id',
			'matdatum',
			'kommun',
			'kon',
			'aldersgrupp',
			'vardtyp',
			'specialitet',
			'vantedagar',
			'patientvald_vantan'
		]
	},
	{
		name: 'befolkning',
		period: 'year',
		columns: ['ar', 'kommun', 'kon', 'aldersgrupp', 'antal']
	},
	{
		name: 'kolada',
		period: 'year',
		columns: ['kpi', 'kommun', 'ar', 'kon', 'varde']
	}
] as const satisfies readonly ImportDataset[];

/** One of the datasets above, with its literal name and columns. */
export type KnownDataset = (typeof IMPORT_DATASETS)[number];
export type DatasetName = KnownDataset['name'];
export type ImportColumnName = KnownDataset['columns'][number];

export function isDatasetName(value: unknown): value is DatasetName {
	return typeof value === 'string' && IMPORT_DATASETS.some((dataset) => dataset.name === value);
}

/** "Befolkning" for `befolkning`; the name as it is for a dataset this web does not know yet. */
export function datasetTitle(i18n: Translator, name: string): string {
	return isDatasetName(name) ? i18n.t(`importDataset.${name}.title`) : name;
}

/** What a column holds, e.g. "SCB:s fyrsiffriga kommunkod …" for `kommun`. */
export function columnDescriptionId(column: ImportColumnName): MessageId {
	return `importColumn.${column}`;
}

/** The header row a file can start with: the columns, separated by semicolons. */
export function exampleHeader(dataset: ImportDataset): string {
	return dataset.columns.join(';');
}

/** Where the upload form of a dataset posts: the API streams the file straight into the import. */
export function uploadAction(name: DatasetName): string {
	return `/api/import/${name}`;
}
