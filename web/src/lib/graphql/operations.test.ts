import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readTypeDefs } from '../../../../api/src/schema/files.ts';
import { operations } from './operations';

/**
 * graphql-js as the API resolves it (the web does not depend on it). Only the few functions
 * used here are typed.
 */
interface GraphQLJs {
	parse(source: string): { definitions: ReadonlyArray<{ kind: string; name?: { value: string } }> };
	buildSchema(sdl: string): unknown;
	validate(schema: unknown, document: unknown): ReadonlyArray<{ message: string }>;
}
const graphql = createRequire(new URL('../../../../api/package.json', import.meta.url))(
	'graphql'
) as GraphQLJs;

describe('operations (the allow-list the API builds from)', () => {
	const schema = graphql.buildSchema(readTypeDefs().join('\n'));
	const entries = Object.entries(operations);

	it.each(entries)('%s is one named operation, valid against the API schema', (key, operation) => {
		expect(operation.operationName).toBe(key);
		const document = graphql.parse(operation.query);
		expect(document.definitions.map((definition) => definition.kind)).toEqual([
			'OperationDefinition'
		]);
		expect(document.definitions[0]?.name?.value).toBe(key);
		expect(graphql.validate(schema, document).map((error) => error.message)).toEqual([]);
	});

	it('lists every operation the source defines', () => {
		const source = readFileSync(new URL('./operations.ts', import.meta.url), 'utf8');
		const declared = [...source.matchAll(/operationName: '(\w+)'/g)].map((match) => match[1]);
		expect(declared.sort()).toEqual(Object.keys(operations).sort());
	});

	it('is the only place with GraphQL documents, and imports nothing at run time', () => {
		const source = readFileSync(new URL('./operations.ts', import.meta.url), 'utf8');
		const imports = source.split('\n').filter((line) => /^\s*import\b/.test(line));
		expect(imports.length).toBeGreaterThan(0);
		for (const line of imports) expect(line).toMatch(/^import type /);

		// No other web source file may carry its own document.
		const root = new URL('../../', import.meta.url);
		const offenders = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
			(file) =>
				/\.(ts|svelte)$/.test(file) &&
				!file.endsWith('operations.ts') &&
				!file.endsWith('.test.ts') &&
				/\b(query|mutation)\s+[A-Z]\w*\s*[({]/.test(readFileSync(new URL(file, root), 'utf8'))
		);
		expect(offenders).toEqual([]);
	});
});
