/**
 * What the logged-in user may see, derived from their role grants. Only for showing and hiding:
 * the API decides what anyone may actually read or change.
 */
import type { Grant, OrgUnitName } from '../graphql/operations';
import type { Role } from '../graphql/types';
import type { MessageId } from '../i18n';

/** The part of `Viewer` that access depends on. */
export interface GrantHolder {
	grants: readonly Grant[];
}

export function hasRole(user: GrantHolder | null, role: Role): boolean {
	return user?.grants.some((grant) => grant.role === role) ?? false;
}

export const isAdmin = (user: GrantHolder | null): boolean => hasRole(user, 'ADMIN');

/** The workspace: editors (of any organisation) and admins. */
export const canEdit = (user: GrantHolder | null): boolean =>
	isAdmin(user) || hasRole(user, 'EDITOR');

/** Reviewing reports: reviewers (of any organisation) and admins. */
export const canReview = (user: GrantHolder | null): boolean =>
	isAdmin(user) || hasRole(user, 'REVIEWER');

/** The county (Västra Götaland), the root of the organisation tree. */
export const COUNTY_CODE = '14';

/**
 * Importing files: admins, and editors with a grant on the county itself. Imported data feeds the
 * whole county's follow-up, so a grant on a sub-region or a municipality is not enough (the API
 * asks for `content.edit` on the county).
 */
export const canImport = (user: GrantHolder | null): boolean =>
	isAdmin(user) ||
	(user?.grants.some((grant) => grant.role === 'EDITOR' && grant.orgUnit?.code === COUNTY_CODE) ??
		false);

/**
 * Whether the user may edit for a municipality: an admin, or an editor of it, its sub-region or the county (as the
 * API's unit policies decide; this only keeps forms from offering what the API would refuse).
 */
export function mayEditMunicipality(user: GrantHolder, municipality: { code: string; parentCode: string | null }): boolean {
	const scope = scopeOf(user, 'EDITOR');
	const reach = new Set([municipality.code, municipality.parentCode, COUNTY_CODE]);
	return scope.everything || scope.orgUnits.some((unit) => reach.has(unit.code));
}

/** Where a user works in a role: every organisation of their grants, and whether they are admin. */
export interface Scope {
	/** True for admins, whose access covers every organisation. */
	everything: boolean;
	/** The organisations of the user's grants of the role, by name, without duplicates. */
	orgUnits: OrgUnitName[];
}

export function scopeOf(user: GrantHolder, role: Exclude<Role, 'ADMIN'>): Scope {
	const units = new Map<string, OrgUnitName>();
	for (const grant of user.grants) {
		if (grant.role === role && grant.orgUnit) units.set(grant.orgUnit.code, grant.orgUnit);
	}
	return {
		everything: isAdmin(user),
		orgUnits: [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
	};
}

export interface NavItem {
	href: string;
	label: MessageId;
}

/** The main menu: only what the user can use. */
export function navigationItems(user: GrantHolder | null): NavItem[] {
	// The Översikt (scorecard) and the reports are public, like the values they show
	// (the public sees published reports only).
	const items: NavItem[] = [
		{ href: '/', label: 'nav.start' },
		{ href: '/oversikt', label: 'nav.overview' },
		{ href: '/rapporter', label: 'nav.reports' }
	];
	if (!user) return items;
	items.push({ href: '/konto', label: 'nav.account' });
	if (canEdit(user)) items.push({ href: '/arbetsyta', label: 'nav.workspace' });
	// Editors reach the results from /enkater; everyone else logged in (politicians) straight from here.
	if (canEdit(user)) items.push({ href: '/enkater', label: 'nav.surveys' });
	else items.push({ href: '/enkater/resultat', label: 'nav.surveyResults' });
	if (canImport(user)) items.push({ href: '/importer', label: 'nav.imports' });
	if (canReview(user)) items.push({ href: '/granskning', label: 'nav.review' });
	if (isAdmin(user)) {
		items.push({ href: '/admin/anvandare', label: 'nav.users' });
		items.push({ href: '/admin/handelselogg', label: 'nav.auditLog' });
	}
	return items;
}

/** `aria-current="page"` belongs to the link of exactly this page. */
export function isCurrentPage(pathname: string, href: string): boolean {
	const normalized = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	return normalized === href;
}
