import { describe, expect, it } from 'vitest';
import { buildOrgTree, countDescendants, type OrgTreeNode, type OrgUnitLike } from './tree';

/** The 49 municipalities of Västra Götaland by sub-region (SCB codes). */
const MUNICIPALITIES: Record<string, [string, string][]> = {
	FYRBODAL: [
		['1460', 'Bengtsfors'], ['1438', 'Dals-Ed'], ['1439', 'Färgelanda'], ['1484', 'Lysekil'],
		['1461', 'Mellerud'], ['1430', 'Munkedal'], ['1421', 'Orust'], ['1427', 'Sotenäs'],
		['1486', 'Strömstad'], ['1435', 'Tanum'], ['1488', 'Trollhättan'], ['1485', 'Uddevalla'],
		['1487', 'Vänersborg'], ['1492', 'Åmål']
	],
	SKARABORG: [
		['1445', 'Essunga'], ['1499', 'Falköping'], ['1444', 'Grästorp'], ['1447', 'Gullspång'],
		['1471', 'Götene'], ['1497', 'Hjo'], ['1446', 'Karlsborg'], ['1494', 'Lidköping'],
		['1493', 'Mariestad'], ['1495', 'Skara'], ['1496', 'Skövde'], ['1472', 'Tibro'],
		['1498', 'Tidaholm'], ['1473', 'Töreboda'], ['1470', 'Vara']
	],
	GR: [
		['1440', 'Ale'], ['1489', 'Alingsås'], ['1480', 'Göteborg'], ['1401', 'Härryda'],
		['1482', 'Kungälv'], ['1441', 'Lerum'], ['1462', 'Lilla Edet'], ['1481', 'Mölndal'],
		['1402', 'Partille'], ['1415', 'Stenungsund'], ['1419', 'Tjörn'], ['1407', 'Öckerö']
	],
	SJUHARAD: [
		['1443', 'Bollebygd'], ['1490', 'Borås'], ['1466', 'Herrljunga'], ['1463', 'Mark'],
		['1465', 'Svenljunga'], ['1452', 'Tranemo'], ['1491', 'Ulricehamn'], ['1442', 'Vårgårda']
	]
};

const SUBREGIONS: [string, string][] = [
	['SKARABORG', 'Skaraborg'],
	['GR', 'Göteborgsregionen'],
	['SJUHARAD', 'Sjuhärad (Boråsregionen)'],
	['FYRBODAL', 'Fyrbodal']
];

/** The county, its sub-regions and municipalities, deliberately in reverse order. */
function vgrUnits(): OrgUnitLike[] {
	const units: OrgUnitLike[] = [
		{ code: '14', name: 'Västra Götalands län', kind: 'COUNTY', parentCode: null }
	];
	for (const [code, name] of SUBREGIONS) {
		units.push({ code, name, kind: 'SUBREGION', parentCode: '14' });
		for (const [municipalityCode, municipalityName] of MUNICIPALITIES[code] ?? []) {
			units.push({
				code: municipalityCode,
				name: municipalityName,
				kind: 'MUNICIPALITY',
				parentCode: code
			});
		}
	}
	return units.reverse();
}

const names = (nodes: OrgTreeNode[]): string[] => nodes.map((node) => node.name);
const child = (node: OrgTreeNode | undefined, code: string): OrgTreeNode => {
	const found = node?.children.find((candidate) => candidate.code === code);
	if (!found) throw new Error(`no child ${code}`);
	return found;
};

describe('buildOrgTree', () => {
	it('builds county → sub-regions → municipalities', () => {
		const { roots, orphans } = buildOrgTree(vgrUnits());

		expect(orphans).toEqual([]);
		expect(roots).toHaveLength(1);
		const county = roots[0];
		expect(county?.code).toBe('14');
		expect(county?.kind).toBe('COUNTY');
		expect(county?.children.map((node) => node.code)).toEqual([
			'FYRBODAL',
			'GR',
			'SJUHARAD',
			'SKARABORG'
		]);
		expect(county?.children.every((node) => node.kind === 'SUBREGION')).toBe(true);
		expect(child(county, 'FYRBODAL').children).toHaveLength(14);
		expect(child(county, 'SKARABORG').children).toHaveLength(15);
		expect(child(county, 'GR').children).toHaveLength(12);
		expect(child(county, 'SJUHARAD').children).toHaveLength(8);
		expect(child(child(county, 'GR'), '1480')).toMatchObject({
			name: 'Göteborg',
			kind: 'MUNICIPALITY',
			parentCode: 'GR',
			children: []
		});
	});

	it('sorts children with Swedish collation (Å, Ä, Ö after Z)', () => {
		const county = buildOrgTree(vgrUnits()).roots[0];

		expect(names(child(county, 'FYRBODAL').children)).toEqual([
			'Bengtsfors',
			'Dals-Ed',
			'Färgelanda',
			'Lysekil',
			'Mellerud',
			'Munkedal',
			'Orust',
			'Sotenäs',
			'Strömstad',
			'Tanum',
			'Trollhättan',
			'Uddevalla',
			'Vänersborg',
			'Åmål'
		]);
		expect(names(child(county, 'GR').children).at(-1)).toBe('Öckerö');
		expect(names(child(county, 'GR').children).slice(0, 3)).toEqual(['Ale', 'Alingsås', 'Göteborg']);
		// "Sjuhärad" before "Skaraborg", "Götene" after "Gullspång": not code-point order.
		expect(names(county?.children ?? [])).toEqual([
			'Fyrbodal',
			'Göteborgsregionen',
			'Sjuhärad (Boråsregionen)',
			'Skaraborg'
		]);
		expect(names(child(county, 'SKARABORG').children).slice(2, 5)).toEqual([
			'Grästorp',
			'Gullspång',
			'Götene'
		]);
	});

	it('orders Å before Ä before Ö, unlike a code-point sort', () => {
		const units: OrgUnitLike[] = ['Öckerö', 'Ärla', 'Zeta', 'Åmål', 'Ale'].map((name, index) => ({
			code: String(index),
			name,
			kind: 'MUNICIPALITY',
			parentCode: 'P'
		}));
		units.push({ code: 'P', name: 'Parent', kind: 'SUBREGION', parentCode: null });

		const [parent] = buildOrgTree(units).roots;

		expect(names(parent?.children ?? [])).toEqual(['Ale', 'Zeta', 'Åmål', 'Ärla', 'Öckerö']);
	});

	it('breaks ties between equal names by code', () => {
		const { roots } = buildOrgTree([
			{ code: 'B', name: 'Same', kind: 'SUBREGION', parentCode: null },
			{ code: 'A', name: 'Same', kind: 'SUBREGION', parentCode: null }
		]);

		expect(roots.map((node) => node.code)).toEqual(['A', 'B']);
	});

	it('returns units whose parent is missing as sorted orphans, with their subtrees', () => {
		const { roots, orphans } = buildOrgTree([
			{ code: '14', name: 'Västra Götalands län', kind: 'COUNTY', parentCode: null },
			{ code: '1492', name: 'Åmål', kind: 'MUNICIPALITY', parentCode: 'GONE' },
			{ code: 'X', name: 'Lost region', kind: 'SUBREGION', parentCode: '99' },
			{ code: '1440', name: 'Ale', kind: 'MUNICIPALITY', parentCode: 'X' }
		]);

		expect(roots.map((node) => node.code)).toEqual(['14']);
		expect(roots[0]?.children).toEqual([]);
		expect(orphans.map((node) => node.code)).toEqual(['X', '1492']);
		expect(orphans[0]?.children.map((node) => node.code)).toEqual(['1440']);
	});

	it('keeps units that are their own parent or in a parent cycle, as orphans', () => {
		const { roots, orphans } = buildOrgTree([
			{ code: 'SELF', name: 'Self', kind: 'SUBREGION', parentCode: 'SELF' },
			{ code: 'A', name: 'A', kind: 'SUBREGION', parentCode: 'B' },
			{ code: 'B', name: 'B', kind: 'SUBREGION', parentCode: 'A' }
		]);

		expect(roots).toEqual([]);
		expect(orphans.map((node) => node.code)).toEqual(['A', 'SELF']);
		expect(orphans[0]?.children.map((node) => node.code)).toEqual(['B']);
		expect(orphans[0]?.children[0]?.children).toEqual([]);
	});

	it('uses the first occurrence of a duplicated code', () => {
		const { roots } = buildOrgTree([
			{ code: '14', name: 'Västra Götalands län', kind: 'COUNTY', parentCode: null },
			{ code: '14', name: 'Duplicate', kind: 'COUNTY', parentCode: null }
		]);

		expect(roots).toHaveLength(1);
		expect(roots[0]?.name).toBe('Västra Götalands län');
	});

	it('does not modify its input', () => {
		const units = vgrUnits();
		const snapshot = structuredClone(units);

		buildOrgTree(units);

		expect(units).toEqual(snapshot);
	});

	it('returns an empty tree for no units', () => {
		expect(buildOrgTree([])).toEqual({ roots: [], orphans: [] });
	});
});

describe('countDescendants', () => {
	it('counts units of a kind at any depth', () => {
		const county = buildOrgTree(vgrUnits()).roots[0];
		if (!county) throw new Error('no county');

		expect(countDescendants(county, 'SUBREGION')).toBe(4);
		expect(countDescendants(county, 'MUNICIPALITY')).toBe(49);
		expect(countDescendants(county, 'COUNTY')).toBe(0);
		expect(countDescendants(child(county, 'GR'), 'MUNICIPALITY')).toBe(12);
		expect(countDescendants(child(child(county, 'GR'), '1480'), 'MUNICIPALITY')).toBe(0);
	});
});
