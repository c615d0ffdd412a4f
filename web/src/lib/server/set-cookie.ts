/**
 * Relaying the API's cookies. During server-side rendering `hooks.server.ts` hands `/graphql`
 * requests straight to the API, bypassing SvelteKit's own fetch, so the session cookie has to
 * be carried both ways by hand: the visitor's `Cookie` header onto the API request, and every
 * `Set-Cookie` of the API response back to the visitor through `event.cookies.set`.
 *
 * Parsing follows RFC 6265 §5.2 (the user-agent side): attribute names are case-insensitive,
 * unknown attributes and invalid values are ignored, Max-Age wins over Expires.
 */

export type SameSite = 'strict' | 'lax' | 'none';

/** One parsed `Set-Cookie` header. The value is kept exactly as sent (not URL-decoded). */
export interface ParsedSetCookie {
	name: string;
	value: string;
	path: string | undefined;
	domain: string | undefined;
	/** Seconds; 0 means "delete now" (RFC 6265: a Max-Age of 0 or less expires the cookie). */
	maxAge: number | undefined;
	expires: Date | undefined;
	httpOnly: boolean;
	secure: boolean;
	sameSite: SameSite | undefined;
	partitioned: boolean;
	priority: 'low' | 'medium' | 'high' | undefined;
}

/** What `event.cookies.set(name, value, options)` takes (the `cookie` package's options). */
export interface RelayCookieOptions {
	path: string;
	domain?: string;
	maxAge?: number;
	httpOnly: boolean;
	secure: boolean;
	sameSite?: SameSite;
	partitioned?: boolean;
	priority?: 'low' | 'medium' | 'high';
	/** Identity: the value is already encoded as the API sent it. */
	encode: (value: string) => string;
}

const SAME_SITE: readonly string[] = ['strict', 'lax', 'none'];
const PRIORITIES: readonly string[] = ['low', 'medium', 'high'];

/** Parses one `Set-Cookie` header value; undefined when it has no `name=value` pair. */
export function parseSetCookie(header: string): ParsedSetCookie | undefined {
	const [pair = '', ...attributes] = header.split(';');
	const separator = pair.indexOf('=');
	if (separator < 0) return undefined;
	const name = pair.slice(0, separator).trim();
	if (name === '') return undefined;

	const cookie: ParsedSetCookie = {
		name,
		value: pair.slice(separator + 1).trim(),
		path: undefined,
		domain: undefined,
		maxAge: undefined,
		expires: undefined,
		httpOnly: false,
		secure: false,
		sameSite: undefined,
		partitioned: false,
		priority: undefined
	};

	for (const attribute of attributes) {
		const equals = attribute.indexOf('=');
		const key = (equals < 0 ? attribute : attribute.slice(0, equals)).trim().toLowerCase();
		const value = equals < 0 ? '' : attribute.slice(equals + 1).trim();
		switch (key) {
			case 'path':
				// A path that does not start with "/" means "the default path".
				cookie.path = value.startsWith('/') ? value : undefined;
				break;
			case 'domain':
				if (value !== '') cookie.domain = value.replace(/^\./, '').toLowerCase();
				break;
			case 'max-age':
				if (/^-?\d+$/.test(value)) cookie.maxAge = Math.max(0, Number.parseInt(value, 10));
				break;
			case 'expires': {
				const date = new Date(value);
				if (!Number.isNaN(date.getTime())) cookie.expires = date;
				break;
			}
			case 'secure':
				cookie.secure = true;
				break;
			case 'httponly':
				cookie.httpOnly = true;
				break;
			case 'partitioned':
				cookie.partitioned = true;
				break;
			case 'samesite': {
				const sameSite = value.toLowerCase();
				if (SAME_SITE.includes(sameSite)) cookie.sameSite = sameSite as SameSite;
				break;
			}
			case 'priority': {
				const priority = value.toLowerCase();
				if (PRIORITIES.includes(priority)) {
					cookie.priority = priority as ParsedSetCookie['priority'];
				}
				break;
			}
		}
	}
	return cookie;
}

/**
 * Options for `event.cookies.set` that reproduce the parsed cookie. Everything is explicit, so
 * SvelteKit's defaults (httpOnly, Secure except on `localhost`) never change what the API chose.
 * The API answers `/graphql`, whose default path (RFC 6265 §5.1.4) is `/`.
 */
export function relayCookieOptions(cookie: ParsedSetCookie, now = Date.now()): RelayCookieOptions {
	const options: RelayCookieOptions = {
		path: cookie.path ?? '/',
		httpOnly: cookie.httpOnly,
		secure: cookie.secure,
		encode: (value) => value
	};
	if (cookie.domain !== undefined) options.domain = cookie.domain;
	if (cookie.maxAge !== undefined) {
		options.maxAge = cookie.maxAge;
	} else if (cookie.expires !== undefined) {
		options.maxAge = Math.max(0, Math.ceil((cookie.expires.getTime() - now) / 1000));
	}
	if (cookie.sameSite !== undefined) options.sameSite = cookie.sameSite;
	if (cookie.partitioned) options.partitioned = true;
	if (cookie.priority !== undefined) options.priority = cookie.priority;
	return options;
}

/** Whether the relayed cookie removes the cookie instead of setting it. */
export function deletesCookie(options: RelayCookieOptions): boolean {
	return options.maxAge === 0;
}

/**
 * The `Cookie` header for a later API request in the same page request: the browser's header
 * with the cookies relayed since then applied (a changed value replaces the old one, a deleted
 * cookie is left out). Values are kept as they are, so nothing is decoded and re-encoded.
 * Returns null when no cookie remains.
 */
export function mergeCookieHeader(
	header: string | null,
	changes: ReadonlyMap<string, string | null>
): string | null {
	const pairs = (header ?? '')
		.split(';')
		.map((pair) => pair.trim())
		.filter((pair) => {
			if (pair === '') return false;
			const separator = pair.indexOf('=');
			const name = (separator < 0 ? pair : pair.slice(0, separator)).trim();
			return !changes.has(name);
		});
	for (const [name, value] of changes) {
		if (value !== null) pairs.push(`${name}=${value}`);
	}
	return pairs.length > 0 ? pairs.join('; ') : null;
}
