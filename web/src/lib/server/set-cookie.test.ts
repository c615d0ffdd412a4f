import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, sessionCookie } from '../../../../api/src/auth/cookies.ts';
import {
	deletesCookie,
	mergeCookieHeader,
	parseSetCookie,
	relayCookieOptions,
	type ParsedSetCookie
} from './set-cookie';

const NOW = Date.parse('2026-03-01T12:00:00Z');

function parsed(header: string): ParsedSetCookie {
	const cookie = parseSetCookie(header);
	if (!cookie) throw new Error(`not parsed: ${header}`);
	return cookie;
}

/** The options without the identity encoder, for comparison. */
function options(header: string) {
	const { encode, ...rest } = relayCookieOptions(parsed(header), NOW);
	expect(encode('a%20b')).toBe('a%20b');
	return rest;
}

describe('parseSetCookie', () => {
	it('reads the session cookie exactly as the API sets it', () => {
		const insecure = sessionCookie('token-abc_123', false);
		expect(options(insecure)).toEqual({
			path: '/',
			httpOnly: true,
			secure: false,
			sameSite: 'lax',
			maxAge: 12 * 3600
		});
		expect(parsed(insecure)).toMatchObject({ name: 'samsyn_session', value: 'token-abc_123' });

		expect(options(sessionCookie('t', true))).toMatchObject({ secure: true, httpOnly: true });
	});

	it('reads the API’s logout cookie as a deletion', () => {
		const cleared = parsed(clearedSessionCookie(false));
		expect(cleared).toMatchObject({ name: 'samsyn_session', value: '', maxAge: 0 });
		expect(deletesCookie(relayCookieOptions(cleared, NOW))).toBe(true);
		expect(deletesCookie(relayCookieOptions(parsed(sessionCookie('t', false)), NOW))).toBe(false);
	});

	it('treats attribute names case-insensitively and tolerates spaces', () => {
		expect(
			options('a=b ;  PATH=/konto ; hTTpOnly;SECURE ; samesite=STRICT; max-age=60; Priority=High')
		).toEqual({
			path: '/konto',
			httpOnly: true,
			secure: true,
			sameSite: 'strict',
			maxAge: 60,
			priority: 'high'
		});
	});

	it('keeps the value as sent, including "=" and percent-encoding', () => {
		expect(parsed('name=a=b%20c; Path=/')).toMatchObject({ name: 'name', value: 'a=b%20c' });
		expect(parsed('empty=; Path=/').value).toBe('');
		expect(parsed('quoted="x y"').value).toBe('"x y"');
	});

	it('defaults to path "/", not httpOnly, not secure and no SameSite', () => {
		expect(options('a=b')).toEqual({ path: '/', httpOnly: false, secure: false });
		// A path that does not start with "/" means the default path.
		expect(options('a=b; Path=konto')).toEqual({ path: '/', httpOnly: false, secure: false });
	});

	it('clamps a negative Max-Age to 0 and ignores a malformed one', () => {
		expect(options('a=b; Max-Age=-5').maxAge).toBe(0);
		expect(options('a=b; Max-Age=soon').maxAge).toBeUndefined();
		expect(options('a=b; Max-Age=1.5').maxAge).toBeUndefined();
	});

	it('turns Expires into Max-Age, and lets Max-Age win over Expires', () => {
		expect(options('a=b; Expires=Sun, 01 Mar 2026 13:00:00 GMT').maxAge).toBe(3600);
		expect(options('a=b; Expires=Thu, 01 Jan 1970 00:00:00 GMT').maxAge).toBe(0);
		expect(options('a=b; Expires=Sun, 01 Mar 2026 13:00:00 GMT; Max-Age=10').maxAge).toBe(10);
		expect(options('a=b; Max-Age=10; Expires=Sun, 01 Mar 2026 13:00:00 GMT').maxAge).toBe(10);
		expect(options('a=b; Expires=not a date').maxAge).toBeUndefined();
	});

	it('ignores unknown attributes and an invalid SameSite', () => {
		expect(options('a=b; SameSite=sometimes; Foo=bar; Version=1')).toEqual({
			path: '/',
			httpOnly: false,
			secure: false
		});
		expect(options('a=b; SameSite=None; Secure; Partitioned')).toEqual({
			path: '/',
			httpOnly: false,
			secure: true,
			sameSite: 'none',
			partitioned: true
		});
	});

	it('keeps a domain without its leading dot, in lower case', () => {
		expect(options('a=b; Domain=.Samsyn.Example.org').domain).toBe('samsyn.example.org');
		expect(options('a=b; Domain=').domain).toBeUndefined();
	});

	it('rejects headers without a name', () => {
		expect(parseSetCookie('')).toBeUndefined();
		expect(parseSetCookie('novalue; Path=/')).toBeUndefined();
		expect(parseSetCookie('=value; Path=/')).toBeUndefined();
		expect(parseSetCookie('  =value')).toBeUndefined();
	});
});

describe('mergeCookieHeader', () => {
	it('returns the header unchanged when nothing was relayed', () => {
		expect(mergeCookieHeader('samsyn_lang=en; samsyn_session=old', new Map())).toBe(
			'samsyn_lang=en; samsyn_session=old'
		);
		expect(mergeCookieHeader(null, new Map())).toBeNull();
		expect(mergeCookieHeader('', new Map())).toBeNull();
	});

	it('replaces a changed cookie and adds a new one', () => {
		expect(
			mergeCookieHeader('samsyn_lang=en; samsyn_session=old', new Map([['samsyn_session', 'new']]))
		).toBe('samsyn_lang=en; samsyn_session=new');
		expect(mergeCookieHeader(null, new Map([['samsyn_session', 'new']]))).toBe(
			'samsyn_session=new'
		);
	});

	it('leaves out a deleted cookie', () => {
		expect(
			mergeCookieHeader('samsyn_session=old;samsyn_lang=sv', new Map([['samsyn_session', null]]))
		).toBe('samsyn_lang=sv');
		expect(mergeCookieHeader('samsyn_session=old', new Map([['samsyn_session', null]]))).toBeNull();
	});

	it('keeps other values exactly as the browser sent them', () => {
		expect(mergeCookieHeader('x=%E2%9C%93; y="q"', new Map([['z', '1']]))).toBe(
			'x=%E2%9C%93; y="q"; z=1'
		);
	});
});
