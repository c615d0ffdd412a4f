import { describe, expect, it } from 'vitest';
import { graphqlRequest, GraphQLRequestError, type Fetch, type GraphQLOperation } from './client';

const OPERATION: GraphQLOperation<{ version: string }, { id: string }> = {
	operationName: 'Version',
	query: 'query Version($id: ID!) { version }'
};

function respond(body: unknown, init: ResponseInit = {}): Response {
	return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
		status: 200,
		headers: { 'content-type': 'application/graphql-response+json' },
		...init
	});
}

async function failure(fetch: Fetch): Promise<GraphQLRequestError> {
	try {
		await graphqlRequest(fetch, OPERATION, { id: '1' });
	} catch (error) {
		if (error instanceof GraphQLRequestError) return error;
		throw error;
	}
	throw new Error('expected the request to fail');
}

describe('graphqlRequest', () => {
	it('POSTs a GraphQL-over-HTTP request to /graphql and returns data', async () => {
		const calls: { input: string; init: RequestInit | undefined }[] = [];
		const fetch: Fetch = async (input, init) => {
			calls.push({ input: String(input), init });
			return respond({ data: { version: '0.1.0' } });
		};

		await expect(graphqlRequest(fetch, OPERATION, { id: '1' })).resolves.toEqual({
			version: '0.1.0'
		});
		expect(calls).toHaveLength(1);
		expect(calls[0]?.input).toBe('/graphql');
		expect(calls[0]?.init?.method).toBe('POST');
		expect(calls[0]?.init?.headers).toEqual({
			'content-type': 'application/json',
			accept: 'application/graphql-response+json, application/json'
		});
		expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({
			query: OPERATION.query,
			variables: { id: '1' },
			operationName: 'Version'
		});
	});

	it('throws with the messages of GraphQL errors', async () => {
		const error = await failure(async () =>
			respond({ data: null, errors: [{ message: 'First' }, { message: 'Second' }] })
		);

		expect(error.status).toBe(200);
		expect(error.messages).toEqual(['First', 'Second']);
		expect(error.operationName).toBe('Version');
		expect(error.message).toBe('GraphQL operation Version failed (HTTP 200): First; Second');
		expect(error.name).toBe('GraphQLRequestError');
	});

	it('keeps the code and extensions of each GraphQL error', async () => {
		const error = await failure(async () =>
			respond({
				data: null,
				errors: [
					{ message: 'Utan kod / without a code' },
					{
						message: 'För många försök / too many attempts',
						extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 600 }
					}
				]
			})
		);
		expect(error.code).toBe('RATE_LIMITED');
		expect(error.errors).toEqual([
			{ message: 'Utan kod / without a code', code: undefined, extensions: {} },
			{
				message: 'För många försök / too many attempts',
				code: 'RATE_LIMITED',
				extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 600 }
			}
		]);
	});

	it('has no code for transport and HTTP failures', async () => {
		const error = await failure(async () => respond('boom', { status: 500 }));
		expect(error.code).toBeUndefined();
		expect(error.errors).toEqual([]);
	});

	it('throws on errors even when partial data is present', async () => {
		const error = await failure(async () =>
			respond({ data: { version: 'x' }, errors: [{ message: 'Partial' }] })
		);
		expect(error.messages).toEqual(['Partial']);
	});

	it('throws with the status of an HTTP error', async () => {
		const withBody = await failure(async () =>
			respond({ errors: [{ message: 'Syntax Error' }] }, { status: 400 })
		);
		expect(withBody.status).toBe(400);
		expect(withBody.messages).toEqual(['Syntax Error']);

		const withoutJson = await failure(async () =>
			respond('upstream down', { status: 502, statusText: 'Bad Gateway' })
		);
		expect(withoutJson.status).toBe(502);
		expect(withoutJson.messages).toEqual(['Bad Gateway']);

		const noStatusText = await failure(async () => respond('boom', { status: 500 }));
		expect(noStatusText.status).toBe(500);
		expect(noStatusText.messages).toEqual(['Request failed']);

		const emptyError = await failure(async () =>
			respond({}, { status: 503, statusText: 'Service Unavailable' })
		);
		expect(emptyError.status).toBe(503);
		expect(emptyError.messages).toEqual(['Service Unavailable']);
	});

	it('throws with status 0 when no response arrives', async () => {
		const error = await failure(async () => {
			throw new TypeError('fetch failed');
		});
		expect(error.status).toBe(0);
		expect(error.messages).toEqual(['fetch failed']);
		expect(error.cause).toBeInstanceOf(TypeError);
	});

	it('throws when a successful response has no data', async () => {
		const error = await failure(async () => respond({ data: null }));
		expect(error.status).toBe(200);
		expect(error.messages).toEqual(['The response contains no data']);
	});
});
