import type { OrgUnitKind } from '../graphql/types';

/** The fields of an `OrgUnit` the tree needs. */
export interface OrgUnitLike {
	code: string;
	name: string;
	kind: OrgUnitKind;
	parentCode: string | null;
}

export interface OrgTreeNode {
	code: string;
	name: string;
	kind: OrgUnitKind;
	parentCode: string | null;
	/** Direct children, sorted by name with Swedish collation. */
	children: OrgTreeNode[];
}

export interface OrgTree {
	/** Units without a parent (normally the county), sorted by name. */
	roots: OrgTreeNode[];
	/**
	 * Units whose parent is missing from the input (or that are caught in a parent cycle),
	 * each with its own subtree, sorted by name. Empty for consistent data.
	 */
	orphans: OrgTreeNode[];
}

/** Swedish collation: Å, Ä and Ö after Z; ties broken by code so the order is total. */
export function compareUnits(a: { name: string; code: string }, b: { name: string; code: string }): number {
	return a.name.localeCompare(b.name, 'sv') || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

function sortDeep(nodes: OrgTreeNode[]): OrgTreeNode[] {
	nodes.sort(compareUnits);
	for (const node of nodes) sortDeep(node.children);
	return nodes;
}

/**
 * Build the organisation tree (county → sub-regions → municipalities → …) from a flat list
 * linked by `parentCode`. Pure: the input is not modified.
 *
 * - A unit whose `parentCode` is not in the list becomes an orphan (with its subtree).
 * - A unit that is its own parent, or part of a parent cycle, is also returned as an orphan
 *   (the cycle is cut there) so no unit is ever lost.
 * - When a code occurs more than once, the first occurrence wins.
 */
export function buildOrgTree(units: readonly OrgUnitLike[]): OrgTree {
	const nodes = new Map<string, OrgTreeNode>();
	for (const unit of units) {
		if (nodes.has(unit.code)) continue;
		nodes.set(unit.code, {
			code: unit.code,
			name: unit.name,
			kind: unit.kind,
			parentCode: unit.parentCode,
			children: []
		});
	}

	const roots: OrgTreeNode[] = [];
	const orphans: OrgTreeNode[] = [];
	for (const node of nodes.values()) {
		const parent = node.parentCode === null ? undefined : nodes.get(node.parentCode);
		if (node.parentCode === null) roots.push(node);
		else if (parent === undefined || parent === node) orphans.push(node);
		else parent.children.push(node);
	}

	// Units in a parent cycle are reachable from neither a root nor an orphan: detach the
	// first unreached unit of each cycle from its parent and treat it as an orphan.
	const reached = new Set<OrgTreeNode>();
	const mark = (node: OrgTreeNode): void => {
		if (reached.has(node)) return;
		reached.add(node);
		for (const child of node.children) mark(child);
	};
	for (const node of [...roots, ...orphans]) mark(node);
	for (const node of nodes.values()) {
		if (reached.has(node)) continue;
		const parent = node.parentCode === null ? undefined : nodes.get(node.parentCode);
		if (parent) parent.children = parent.children.filter((child) => child !== node);
		orphans.push(node);
		mark(node);
	}

	return { roots: sortDeep(roots), orphans: sortDeep(orphans) };
}

/** Number of units of `kind` anywhere below `node` (not counting `node` itself). */
export function countDescendants(node: OrgTreeNode, kind: OrgUnitKind): number {
	let count = 0;
	for (const child of node.children) {
		if (child.kind === kind) count += 1;
		count += countDescendants(child, kind);
	}
	return count;
}
