import type { Handle, HandleFetch } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { GRAPHQL_PATH } from '$lib/graphql/client';
import { DEFAULT_LOCALE, isLocale, type Locale } from '$lib/i18n';

/** Cookie that remembers a language chosen with `?lang=sv|en`. */
const LANG_COOKIE = 'samsyn_lang';
const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

/** Where `vite dev` finds the API when no in-process API is registered. */
const DEV_API_URL = 'http://127.0.0.1:3001';

/**
 * Resolve the language of the response: `?lang=` (remembered in a cookie), else the cookie,
 * else Swedish. The language also goes into `<html lang>` of `app.html`.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const requested = event.url.searchParams.get('lang');
	let locale: Locale;
	if (isLocale(requested)) {
		locale = requested;
		event.cookies.set(LANG_COOKIE, locale, {
			path: '/',
			sameSite: 'lax',
			// Only a preference, readable by scripts on purpose; not a secret.
			httpOnly: false,
			secure: event.url.protocol === 'https:',
			maxAge: ONE_YEAR_IN_SECONDS
		});
	} else {
		const remembered = event.cookies.get(LANG_COOKIE);
		locale = isLocale(remembered) ? remembered : DEFAULT_LOCALE;
	}
	event.locals.locale = locale;

	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', locale)
	});
};

type ApiFetch = (request: Request) => Promise<Response>;

/** Set by the production server (`globalThis[Symbol.for('samsyn.apiFetch')]`). */
const API_FETCH_KEY = Symbol.for('samsyn.apiFetch');

function registeredApiFetch(): ApiFetch | undefined {
	const candidate: unknown = (globalThis as Record<symbol, unknown>)[API_FETCH_KEY];
	return typeof candidate === 'function' ? (candidate as ApiFetch) : undefined;
}

/** A copy of `request` addressed to the same path on `base`. */
async function readdress(request: Request, base: string): Promise<Request> {
	const url = new URL(request.url);
	const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
	return new Request(new URL(url.pathname + url.search, base), {
		method: request.method,
		headers: request.headers,
		body: hasBody ? await request.arrayBuffer() : null
	});
}

/**
 * Server-side `load` functions call the API as `event.fetch('/graphql')`. SvelteKit would
 * answer such a same-origin request itself, where no `/graphql` route exists. The production
 * server runs the GraphQL API in the same process and registers its request handler under
 * `Symbol.for('samsyn.apiFetch')`; handing it the request lets server-side rendering query
 * the API in-process, without a network hop (or a socket, a port or TLS to configure).
 *
 * Without a registered handler (e.g. under `vite dev`, where the API runs as its own
 * process), the request is forwarded to `SAMSYN_API_URL` (in dev defaulting to
 * http://127.0.0.1:3001, as the dev proxy does). Every other request is fetched as usual.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
	const url = new URL(request.url);
	if (url.origin === event.url.origin && url.pathname === GRAPHQL_PATH) {
		const apiFetch = registeredApiFetch();
		if (apiFetch) return apiFetch(request);

		const apiBase = env.SAMSYN_API_URL || (dev ? DEV_API_URL : undefined);
		if (apiBase) return fetch(await readdress(request, apiBase));
	}
	return fetch(request);
};
