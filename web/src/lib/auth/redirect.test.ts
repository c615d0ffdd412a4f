import { describe, expect, it } from 'vitest';
import { loginLinkFor, loginUrl, safeRedirectTarget, withRedirectTarget } from './redirect';

describe('safeRedirectTarget', () => {
	it('accepts paths on this site, with query and fragment', () => {
		expect(safeRedirectTarget('/')).toBe('/');
		expect(safeRedirectTarget('/konto')).toBe('/konto');
		expect(safeRedirectTarget('/admin/handelselogg?aktor=a%40b.se&fran=2026-01-01#x')).toBe(
			'/admin/handelselogg?aktor=a%40b.se&fran=2026-01-01#x'
		);
	});

	it('normalises dot segments without leaving the site', () => {
		expect(safeRedirectTarget('/konto/../admin')).toBe('/admin');
		expect(safeRedirectTarget('/../../etc')).toBe('/etc');
	});

	it('rejects other origins and protocol-relative addresses', () => {
		for (const value of [
			'https://evil.example/',
			'http:evil.example',
			'//evil.example',
			'///evil.example',
			'/\\evil.example',
			'\\\\evil.example',
			'/\t/evil.example',
			'/\n/evil.example',
			'javascript:alert(1)',
			'konto',
			' /konto',
			''
		]) {
			expect(safeRedirectTarget(value), JSON.stringify(value)).toBe('/');
		}
		expect(safeRedirectTarget('/%0a')).toBe('/%0a'); // encoded: stays a harmless path
	});

	it('rejects values that are not strings or are too long', () => {
		expect(safeRedirectTarget(null)).toBe('/');
		expect(safeRedirectTarget(undefined)).toBe('/');
		expect(safeRedirectTarget(['/konto'])).toBe('/');
		expect(safeRedirectTarget(`/${'a'.repeat(3000)}`)).toBe('/');
	});

	it('uses the given fallback', () => {
		expect(safeRedirectTarget('//evil.example', '/konto')).toBe('/konto');
	});
});

describe('loginUrl and loginLinkFor', () => {
	it('carries a safe target', () => {
		expect(loginUrl('/konto')).toBe('/logga-in?redirectTo=%2Fkonto');
		expect(loginUrl('/')).toBe('/logga-in');
		expect(loginUrl('//evil.example')).toBe('/logga-in');
	});

	it('comes back to the current page, except from the account pages themselves', () => {
		expect(loginLinkFor(new URL('http://x/admin/handelselogg?aktor=a'))).toBe(
			'/logga-in?redirectTo=%2Fadmin%2Fhandelselogg%3Faktor%3Da'
		);
		expect(loginLinkFor(new URL('http://x/'))).toBe('/logga-in');
		expect(loginLinkFor(new URL('http://x/logga-in?redirectTo=%2Fkonto'))).toBe('/logga-in');
		expect(loginLinkFor(new URL('http://x/konto/losenord?token=secret'))).toBe('/logga-in');
	});
});

describe('withRedirectTarget', () => {
	it('adds the target to a path, keeping its query', () => {
		expect(withRedirectTarget('/auth/oidc/login', '/konto')).toBe(
			'/auth/oidc/login?redirectTo=%2Fkonto'
		);
		expect(withRedirectTarget('/auth/oidc/login?idp=vgr', '/a?b=c')).toBe(
			'/auth/oidc/login?idp=vgr&redirectTo=%2Fa%3Fb%3Dc'
		);
	});

	it('leaves the path alone for the start page or an unsafe target', () => {
		expect(withRedirectTarget('/auth/oidc/login', '/')).toBe('/auth/oidc/login');
		expect(withRedirectTarget('/auth/oidc/login', '//evil.example')).toBe('/auth/oidc/login');
	});
});
