/**
 * Words for the audit log: the actions and changed fields the API records today. Anything new
 * is shown as recorded (e.g. "report.approve") until it gets a translation here.
 */
import type { Translator } from '../i18n';
import { ROLES } from '../graphql/types';
import type { ValueLabels } from './diff';

export const AUDIT_ACTIONS = [
	'session.login',
	'session.logout',
	'session.logout_everywhere',
	'user.create',
	'user.disable',
	'user.password_change',
	'user.password_set',
	'user.password_link_set',
	'user.password_link_reset',
	'role.grant',
	'role.revoke'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_FIELDS = [
	'grants',
	'email',
	'displayName',
	'isDemo',
	'hasPassword',
	'disabled',
	'sessionsEnded'
] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

function isAuditAction(value: string): value is AuditAction {
	return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

function isAuditField(value: string): value is AuditField {
	return (AUDIT_FIELDS as readonly string[]).includes(value);
}

/** "Roll given" for "role.grant"; undefined for an action without a translation. */
export function auditActionLabel(i18n: Translator, action: string): string | undefined {
	return isAuditAction(action) ? i18n.t(`auditAction.${action}`) : undefined;
}

export function auditFieldLabel(i18n: Translator, field: string): string {
	return isAuditField(field) ? i18n.t(`auditField.${field}`) : field;
}

/** The organisation's name with its code, "Göteborgsregionen (GR)", or the bare code. */
export function orgUnitLabel(code: string, names: ReadonlyMap<string, string>): string {
	const name = names.get(code);
	return name ? `${name} (${code})` : code;
}

/** Value words for `describeValue`, in the page's language, naming organisations. */
export function diffValueLabels(i18n: Translator, names: ReadonlyMap<string, string>): ValueLabels {
	return {
		empty: i18n.t('diff.empty'),
		none: i18n.t('diff.none'),
		yes: i18n.t('diff.yes'),
		no: i18n.t('diff.no'),
		grant: (role, orgUnitCode) => {
			const upper = role.toUpperCase();
			const roleName = (ROLES as readonly string[]).includes(upper)
				? i18n.t(`role.${upper as (typeof ROLES)[number]}`)
				: role;
			const scope = orgUnitCode
				? (names.get(orgUnitCode) ?? orgUnitCode)
				: i18n.t('grant.everything');
			return i18n.t('grant.label', { role: roleName, scope });
		}
	};
}
