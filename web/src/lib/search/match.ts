/**
 * Search among the indicators and the units, as people type: case and accents do not matter
 * (å and ä match a, ö matches o, é matches e), every word typed must be found, and the best
 * matches come first: an exact name or code, then names that begin with what was typed, then
 * names with words that begin with every word typed, then anything else that contains them.
 */

/** Lower case without accents: "Göteborgsregionen" → "goteborgsregionen". */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase('sv')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The longest query looked at; anything longer is cut (a pasted paragraph finds nothing anyway). */
export const MAX_QUERY_LENGTH = 100;

export interface Candidate<T> {
	item: T;
	/** Names and codes: what a match is ranked by. */
	names: readonly string[];
	/** Other words that find the item (an area, a kind of unit) without ranking it high. */
	also?: readonly string[];
}

const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIXES = 2;
const CONTAINS = 3;

function startsAWord(text: string, token: string): boolean {
	return text.startsWith(token) || text.includes(` ${token}`) || text.includes(`-${token}`) || text.includes(`(${token}`);
}

/** How well the candidate matches (lower is better), or null when some word typed is not found. */
export function matchRank(query: string, names: readonly string[], also: readonly string[] = []): number | null {
	const wanted = normalise(query).slice(0, MAX_QUERY_LENGTH);
	if (wanted === '') return null;
	const tokens = wanted.split(' ');
	const normalisedNames = names.map(normalise);
	const everything = [...normalisedNames, ...also.map(normalise)].join(' \u0000 ');
	if (!tokens.every((token) => everything.includes(token))) return null;
	if (normalisedNames.includes(wanted)) return EXACT;
	if (normalisedNames.some((name) => name.startsWith(wanted))) return PREFIX;
	if (normalisedNames.some((name) => tokens.every((token) => startsAWord(name, token)))) return WORD_PREFIXES;
	return CONTAINS;
}

/** The candidates that match, best first; equally good ones keep their order (the catalogue's, the units'). */
export function search<T>(query: string, candidates: readonly Candidate<T>[]): T[] {
	const ranked: { item: T; rank: number; index: number }[] = [];
	candidates.forEach((candidate, index) => {
		const rank = matchRank(query, candidate.names, candidate.also);
		if (rank !== null) ranked.push({ item: candidate.item, rank, index });
	});
	return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((hit) => hit.item);
}
