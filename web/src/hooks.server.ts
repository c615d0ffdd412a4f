import type { Handle, HandleFetch, RequestEvent } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { GRAPHQL_PATH } from '$lib/graphql/client';
import { DEFAULT_LOCALE, isLocale, type Locale } from '$lib/i18n';
import { directionOf, surveyLanguageOf } from '$lib/surveys/languages';
import {
	deletesCookie,
	mergeCookieHeader,
	parseSetCookie,
	relayCookieOptions
} from '$lib/server/set-cookie';
import { SURVEY_SUBMIT_PATH } from '$lib/server/survey-submit';

/** Cookie that remembers a language chosen with `?lang=sv|en`. */
const LANG_COOKIE = 'samsyn_lang';
const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

/** The API's session cookie (httpOnly; set and cleared only by the API). */
const SESSION_COOKIE = 'samsyn_session';

/** Where `vite dev` finds the API when no in-process API is registered. */
const DEV_API_URL = 'http://127.0.0.1:3001';

/** Header through which the API learns the visitor's address (trusted only in process). */
const CLIENT_ADDRESS_HEADER = 'x-samsyn-client-address';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Sent with every response of the web app (the CSP itself comes from `kit.csp`). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()'
};

/**
 * Security headers on every response, and no caching of what a logged-in person sees (shared
 * computers, proxies, the back button after logging out). HSTS only where TLS can be expected:
 * not on the developer's own machine.
 */
function addSecurityHeaders(event: RequestEvent, response: Response): void {
	const { headers } = response;
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!headers.has(name)) headers.set(name, value);
	}
	if (!LOCAL_HOSTS.has(event.url.hostname)) {
		headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
	if (event.locals.viewer || event.cookies.get(SESSION_COOKIE)) {
		headers.set('cache-control', 'private, no-store');
	}
}

/**
 * Resolve the language of the response: `?lang=` (remembered in a cookie), else the cookie, else
 * Swedish. The language also goes into `<html lang>` of `app.html`. Every response gets the
 * security headers. (Cross-site form posts are refused by SvelteKit's own origin check.)
 */
export const handle: Handle = async ({ event, resolve }) => {
	event.locals.viewer = null;

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
	// The survey is answered in the language chosen on it, carried in its address (no cookie).
	if (event.url.pathname.startsWith('/enkat')) {
		event.locals.surveyLanguage = surveyLanguageOf(event.url.searchParams.get('sprak'));
	}

	const response = await resolve(event, {
		// Read when the page is rendered, after a form action may have switched the survey's language.
		transformPageChunk: ({ html }) => {
			const lang = event.locals.surveyLanguage ?? locale;
			return html.replace('%lang%', lang).replace('%dir%', directionOf(lang));
		}
	});
	addSecurityHeaders(event, response);
	return response;
};

type ApiFetch = (request: Request) => Promise<Response>;

/** Set by the production server (`globalThis[Symbol.for('samsyn.apiFetch')]`). */
const API_FETCH_KEY = Symbol.for('samsyn.apiFetch');

function registeredApiFetch(): ApiFetch | undefined {
	const candidate: unknown = (globalThis as Record<symbol, unknown>)[API_FETCH_KEY];
	return typeof candidate === 'function' ? (candidate as ApiFetch) : undefined;
}

/**
 * Cookies the API has set or cleared during the current page request, by name (null: cleared),
 * so that a later API call in the same request sees them as the browser will.
 */
const relayedCookies = new WeakMap<Request, Map<string, string | null>>();

/**
 * The API request as the visitor's browser would send it: addressed to `base` (the in-process
 * API answers any origin), with the visitor's cookies and address.
 */
async function apiRequest(event: RequestEvent, request: Request, base: string): Promise<Request> {
	const url = new URL(request.url);
	const headers = new Headers(request.headers);
	headers.delete('origin');
	const cookie = mergeCookieHeader(
		event.request.headers.get('cookie'),
		relayedCookies.get(event.request) ?? new Map()
	);
	if (cookie) headers.set('cookie', cookie);
	else headers.delete('cookie');
	try {
		headers.set(CLIENT_ADDRESS_HEADER, event.getClientAddress());
	} catch {
		// No address (e.g. while prerendering): the API counts the request as "in-process".
		headers.delete(CLIENT_ADDRESS_HEADER);
	}
	const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
	return new Request(new URL(url.pathname + url.search, base), {
		method: request.method,
		headers,
		body: hasBody ? await request.arrayBuffer() : null
	});
}

/** Passes every `Set-Cookie` of the API response on to the visitor's browser. */
function relaySetCookies(event: RequestEvent, response: Response): void {
	for (const header of response.headers.getSetCookie()) {
		const cookie = parseSetCookie(header);
		if (!cookie) continue;
		const options = relayCookieOptions(cookie);
		event.cookies.set(cookie.name, cookie.value, options);
		let changes = relayedCookies.get(event.request);
		if (!changes) relayedCookies.set(event.request, (changes = new Map()));
		changes.set(cookie.name, deletesCookie(options) ? null : cookie.value);
	}
}

/** The API paths server-side code calls: GraphQL, and the survey's own route for responses. */
const API_PATHS = new Set([GRAPHQL_PATH, SURVEY_SUBMIT_PATH]);

/**
 * Server-side `load` functions and form actions call the API as `event.fetch('/graphql')` (and
 * the survey's last step as `event.fetch('/api/enkat/svar')`). SvelteKit would answer such a
 * same-origin request itself, where no such route exists.
 * The production server runs the GraphQL API in the same process and registers its request
 * handler under `Symbol.for('samsyn.apiFetch')`; handing it the request lets server-side
 * rendering query the API in-process, without a network hop (or a socket, a port or TLS to
 * configure).
 *
 * Without a registered handler (e.g. under `vite dev`, where the API runs as its own
 * process), the request is forwarded to `SAMSYN_API_URL` (in dev defaulting to
 * http://127.0.0.1:3001, as the dev proxy does). Every other request is fetched as usual.
 *
 * Either way SvelteKit's cookie handling is bypassed, so the API request carries the visitor's
 * `Cookie` header and address (for the login rate limit), and every `Set-Cookie` of the API
 * response (login, logout) is relayed to the visitor through `event.cookies`.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
	const url = new URL(request.url);
	if (url.origin === event.url.origin && API_PATHS.has(url.pathname)) {
		const apiFetch = registeredApiFetch();
		// In process, the API reads the address only to decide whether cookies need `Secure`.
		const apiBase = apiFetch ? event.url.origin : env.SAMSYN_API_URL || (dev ? DEV_API_URL : undefined);
		if (apiBase) {
			const forwarded = await apiRequest(event, request, apiBase);
			// A server-to-server call, not SvelteKit's fetch: that would add an `Origin` header and
			// make the API treat the request as coming from a browser.
			const response = apiFetch ? await apiFetch(forwarded) : await globalThis.fetch(forwarded);
			relaySetCookies(event, response);
			return response;
		}
	}
	return fetch(request);
};
