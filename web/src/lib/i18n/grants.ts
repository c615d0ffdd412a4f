import type { Grant } from '../graphql/operations';
import type { Translator } from './index';

/** Where a grant applies: the organisation's name, or "hela systemet" for admins. */
export function grantScope(i18n: Translator, grant: Grant): string {
	return grant.orgUnit?.name ?? i18n.t('grant.everything');
}

/** "Redaktör – Göteborgsregionen", "Administratör – hela systemet". */
export function grantLabel(i18n: Translator, grant: Grant): string {
	return i18n.t('grant.label', {
		role: i18n.t(`role.${grant.role}`),
		scope: grantScope(i18n, grant)
	});
}
