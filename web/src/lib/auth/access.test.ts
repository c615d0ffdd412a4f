import { describe, expect, it } from 'vitest';
import type { Grant } from '../graphql/operations';
import {
	canEdit,
	canImport,
	canReview,
	hasRole,
	isAdmin,
	isCurrentPage,
	navigationItems,
	scopeOf
} from './access';

const GR = { code: 'GR', name: 'Göteborgsregionen' };
const GOTEBORG = { code: '1480', name: 'Göteborg' };
const FYRBODAL = { code: 'FYRBODAL', name: 'Fyrbodal' };
const COUNTY = { code: '14', name: 'Västra Götalands län' };

const user = (...grants: Grant[]) => ({ grants });
const hrefs = (grants: Grant[] | null) =>
	navigationItems(grants ? user(...grants) : null).map((item) => item.href);

describe('role checks', () => {
	it('knows nothing of anonymous visitors', () => {
		expect(hasRole(null, 'ADMIN')).toBe(false);
		expect(canEdit(null)).toBe(false);
		expect(canReview(null)).toBe(false);
	});

	it('lets admins edit and review everywhere', () => {
		const admin = user({ role: 'ADMIN', orgUnit: null });
		expect(isAdmin(admin)).toBe(true);
		expect(canEdit(admin)).toBe(true);
		expect(canReview(admin)).toBe(true);
	});

	it('keeps editors, reviewers and viewers to their own role', () => {
		expect(canEdit(user({ role: 'EDITOR', orgUnit: GR }))).toBe(true);
		expect(canReview(user({ role: 'EDITOR', orgUnit: GR }))).toBe(false);
		expect(canReview(user({ role: 'REVIEWER', orgUnit: GOTEBORG }))).toBe(true);
		expect(canEdit(user({ role: 'REVIEWER', orgUnit: GOTEBORG }))).toBe(false);
		expect(canEdit(user({ role: 'VIEWER', orgUnit: GR }))).toBe(false);
		expect(canReview(user({ role: 'VIEWER', orgUnit: GR }))).toBe(false);
	});
});

describe('canImport', () => {
	it('lets admins and editors for the county import', () => {
		expect(canImport(user({ role: 'ADMIN', orgUnit: null }))).toBe(true);
		expect(canImport(user({ role: 'EDITOR', orgUnit: COUNTY }))).toBe(true);
		const alsoGr = user({ role: 'EDITOR', orgUnit: GR }, { role: 'EDITOR', orgUnit: COUNTY });
		expect(canImport(alsoGr)).toBe(true);
	});

	it('refuses editors lower down, other roles on the county, and visitors', () => {
		expect(canImport(null)).toBe(false);
		expect(canImport(user())).toBe(false);
		expect(canImport(user({ role: 'EDITOR', orgUnit: GR }))).toBe(false);
		expect(canImport(user({ role: 'EDITOR', orgUnit: GOTEBORG }))).toBe(false);
		expect(canImport(user({ role: 'REVIEWER', orgUnit: COUNTY }))).toBe(false);
		expect(canImport(user({ role: 'VIEWER', orgUnit: COUNTY }))).toBe(false);
		// A role is not the organisation: an editor grant elsewhere plus a reviewer grant on the county.
		expect(
			canImport(user({ role: 'EDITOR', orgUnit: GR }, { role: 'REVIEWER', orgUnit: COUNTY }))
		).toBe(false);
	});
});

describe('navigationItems', () => {
	it('shows Start and the public overview to anonymous visitors', () => {
		expect(hrefs(null)).toEqual(['/', '/oversikt', '/rapporter']);
	});

	it('shows the account and the survey results to every logged-in user, even without roles', () => {
		expect(hrefs([])).toEqual(['/', '/oversikt', '/rapporter', '/konto', '/enkater/resultat']);
		expect(hrefs([{ role: 'VIEWER', orgUnit: GR }])).toEqual(['/', '/oversikt', '/rapporter', '/konto', '/enkater/resultat']);
	});

	it('shows the workspace and the surveys to editors and the review to reviewers', () => {
		expect(hrefs([{ role: 'EDITOR', orgUnit: GR }])).toEqual(['/', '/oversikt', '/rapporter', '/konto', '/arbetsyta', '/enkater']);
		expect(hrefs([{ role: 'REVIEWER', orgUnit: GOTEBORG }])).toEqual([
			'/',
			'/oversikt',
			'/rapporter',
			'/konto',
			'/enkater/resultat',
			'/granskning'
		]);
		expect(
			hrefs([
				{ role: 'EDITOR', orgUnit: GR },
				{ role: 'REVIEWER', orgUnit: GOTEBORG }
			])
		).toEqual(['/', '/oversikt', '/rapporter', '/konto', '/arbetsyta', '/enkater', '/granskning']);
	});

	it('shows the imports to editors for the county only', () => {
		expect(hrefs([{ role: 'EDITOR', orgUnit: COUNTY }])).toEqual([
			'/',
			'/oversikt',
			'/rapporter',
			'/konto',
			'/arbetsyta',
			'/enkater',
			'/importer'
		]);
		expect(hrefs([{ role: 'EDITOR', orgUnit: GR }])).not.toContain('/importer');
	});

	it('shows everything to admins', () => {
		expect(navigationItems(user({ role: 'ADMIN', orgUnit: null }))).toEqual([
			{ href: '/', label: 'nav.start' },
			{ href: '/oversikt', label: 'nav.overview' },
			{ href: '/rapporter', label: 'nav.reports' },
			{ href: '/konto', label: 'nav.account' },
			{ href: '/arbetsyta', label: 'nav.workspace' },
			{ href: '/enkater', label: 'nav.surveys' },
			{ href: '/importer', label: 'nav.imports' },
			{ href: '/granskning', label: 'nav.review' },
			{ href: '/admin/anvandare', label: 'nav.users' },
			{ href: '/admin/handelselogg', label: 'nav.auditLog' }
		]);
	});
});

describe('isCurrentPage', () => {
	it('matches exactly this page, ignoring a trailing slash', () => {
		expect(isCurrentPage('/', '/')).toBe(true);
		expect(isCurrentPage('/konto', '/konto')).toBe(true);
		expect(isCurrentPage('/konto/', '/konto')).toBe(true);
		expect(isCurrentPage('/konto', '/')).toBe(false);
		expect(isCurrentPage('/konto/losenord', '/konto')).toBe(false);
		expect(isCurrentPage('/admin/anvandare', '/admin/handelselogg')).toBe(false);
	});
});

describe('scopeOf', () => {
	it('lists the organisations of one role by name, once each', () => {
		const scope = scopeOf(
			user(
				{ role: 'EDITOR', orgUnit: GR },
				{ role: 'REVIEWER', orgUnit: GOTEBORG },
				{ role: 'EDITOR', orgUnit: FYRBODAL },
				{ role: 'EDITOR', orgUnit: GR }
			),
			'EDITOR'
		);
		expect(scope).toEqual({ everything: false, orgUnits: [FYRBODAL, GR] });
	});

	it('says when an admin covers everything', () => {
		expect(scopeOf(user({ role: 'ADMIN', orgUnit: null }), 'REVIEWER')).toEqual({
			everything: true,
			orgUnits: []
		});
	});
});
