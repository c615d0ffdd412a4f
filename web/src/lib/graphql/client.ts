/**
 * A deliberately tiny GraphQL-over-HTTP client. It is called only on the server (`load`
 * functions, form actions, endpoints) with SvelteKit's `event.fetch`, so
 * `hooks.server.ts#handleFetch` can route the request to the in-process API and relay the
 * visitor's session cookie both ways.
 */

/** A GraphQL operation together with the (hand-written) types of its result and variables. */
export interface GraphQLOperation<TData, TVariables extends Record<string, unknown>> {
	/** Must equal the operation's name inside `query`. */
	readonly operationName: string;
	readonly query: string;
	/** Type-level only; never set at run time. */
	readonly __types?: { data: TData; variables: TVariables };
}

/** No variables. */
export type NoVariables = Record<string, never>;

/** The subset of the `fetch` signature the client needs (SvelteKit's `event.fetch` fits). */
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export const GRAPHQL_PATH = '/graphql';

/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorDetail {
	/** Bilingual for errors the API raises on purpose: "Svenska / English". */
	message: string;
	/** `extensions.code`, e.g. `INVALID_CREDENTIALS`; undefined for unexpected errors. */
	code: string | undefined;
	extensions: Readonly<Record<string, unknown>>;
}

/** A failed GraphQL request: transport failure, HTTP error or `errors` in the response. */
export class GraphQLRequestError extends Error {
	override readonly name = 'GraphQLRequestError';
	/** The operation that failed. */
	readonly operationName: string;
	/** HTTP status of the response; 0 when no response was received. */
	readonly status: number;
	/** The `message` of every GraphQL error (or a description of the transport failure). */
	readonly messages: readonly string[];
	/** The GraphQL errors of the response; empty for transport and HTTP failures without any. */
	readonly errors: readonly GraphQLErrorDetail[];

	constructor(
		operationName: string,
		status: number,
		messages: readonly string[],
		options?: { cause?: unknown; errors?: readonly GraphQLErrorDetail[] }
	) {
		const detail = messages.length > 0 ? `: ${messages.join('; ')}` : '';
		super(`GraphQL operation ${operationName} failed (HTTP ${status})${detail}`, options);
		this.operationName = operationName;
		this.status = status;
		this.messages = messages;
		this.errors = options?.errors ?? [];
	}

	/** The code of the first error that has one (the API reports one problem at a time). */
	get code(): string | undefined {
		return this.errors.find((error) => error.code !== undefined)?.code;
	}
}

interface GraphQLResponseBody<TData> {
	data?: TData | null;
	errors?: ReadonlyArray<{ message?: unknown }>;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorDetails(body: unknown): GraphQLErrorDetail[] {
	if (!isObject(body) || !Array.isArray(body.errors)) return [];
	return body.errors.map((error: unknown) => {
		const message =
			isObject(error) && typeof error.message === 'string' ? error.message : 'Unknown error';
		const extensions = isObject(error) && isObject(error.extensions) ? error.extensions : {};
		const code = typeof extensions.code === 'string' ? extensions.code : undefined;
		return { message, code, extensions };
	});
}

/**
 * POST one operation to `/graphql` and return its `data`.
 *
 * @throws {GraphQLRequestError} on network failure, a non-2xx status, a body that is not a
 *   GraphQL response, or any entry in `errors` (partial data is not returned).
 */
export async function graphqlRequest<TData, TVariables extends Record<string, unknown>>(
	fetch: Fetch,
	operation: GraphQLOperation<TData, TVariables>,
	variables: TVariables
): Promise<TData> {
	const { operationName, query } = operation;
	let response: Response;
	try {
		response = await fetch(GRAPHQL_PATH, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				accept: 'application/graphql-response+json, application/json'
			},
			body: JSON.stringify({ query, variables, operationName })
		});
	} catch (cause) {
		const reason = cause instanceof Error ? cause.message : String(cause);
		throw new GraphQLRequestError(operationName, 0, [reason], { cause });
	}

	let body: unknown;
	try {
		body = await response.json();
	} catch (cause) {
		throw new GraphQLRequestError(
			operationName,
			response.status,
			[response.ok ? 'The response is not valid JSON' : response.statusText || 'Request failed'],
			{ cause }
		);
	}

	const errors = errorDetails(body);
	if (!response.ok || errors.length > 0) {
		throw new GraphQLRequestError(
			operationName,
			response.status,
			errors.length > 0
				? errors.map((error) => error.message)
				: [response.statusText || 'Request failed'],
			{ errors }
		);
	}

	const { data } = body as GraphQLResponseBody<TData>;
	if (data === undefined || data === null) {
		throw new GraphQLRequestError(operationName, response.status, [
			'The response contains no data'
		]);
	}
	return data;
}
