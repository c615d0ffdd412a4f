/**
 * Where to go after logging in. `redirectTo` comes from the address bar, so anyone can craft it:
 * only a path on this site is accepted, never another origin (an open redirect would let a
 * phishing link pass through our login page).
 */

export const LOGIN_PATH = '/logga-in';

/** A base that can never be this site, to detect anything that would leave it. */
const PROBE_ORIGIN = 'https://samsyn.invalid';

/**
 * `value` when it is a path on this site ("/konto", "/admin/anvandare?klart=x#y"), else
 * `fallback`. Rejected: anything not starting with a single "/" ("//evil.example" and "/\\evil"
 * are protocol-relative to browsers), backslashes and control characters (browsers drop tabs and
 * newlines, turning "/\t/evil" into "//evil"), and whatever the URL parser resolves elsewhere.
 */
export function safeRedirectTarget(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallback;
	if (!value.startsWith('/') || value.startsWith('//')) return fallback;
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is rejected
	if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
	let url: URL;
	try {
		url = new URL(value, PROBE_ORIGIN);
	} catch {
		return fallback;
	}
	if (url.origin !== PROBE_ORIGIN) return fallback;
	return `${url.pathname}${url.search}${url.hash}`;
}

/** The login page, coming back to `target` (a path on this site) afterwards. */
export function loginUrl(target: string): string {
	const safe = safeRedirectTarget(target);
	return safe === '/' ? LOGIN_PATH : `${LOGIN_PATH}?redirectTo=${encodeURIComponent(safe)}`;
}

/** Pages where "Logga in" should not send the visitor back after logging in. */
const NO_RETURN_PATHS = new Set([LOGIN_PATH, '/logga-ut', '/konto/losenord']);

/** The "Logga in" link of the header on the page at `url`. */
export function loginLinkFor(url: URL): string {
	if (NO_RETURN_PATHS.has(url.pathname)) return LOGIN_PATH;
	return loginUrl(`${url.pathname}${url.search}`);
}

/** `path` (a path on this site, possibly with a query) with `redirectTo` set, unless it is "/". */
export function withRedirectTarget(path: string, target: string): string {
	const safe = safeRedirectTarget(target);
	if (safe === '/') return path;
	const url = new URL(path, PROBE_ORIGIN);
	url.searchParams.set('redirectTo', safe);
	return `${url.pathname}${url.search}`;
}
