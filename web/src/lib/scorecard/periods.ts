import type { PeriodType } from '../graphql/types';
import type { Translator } from '../i18n/index';

/**
 * A period as people write it: "oktober 2026", "kvartal 3 2026", "2026", "12 månader t.o.m.
 * oktober 2026". Falls back to the period's code when it is not written as its type is.
 */
export function periodLabel(i18n: Translator, periodType: PeriodType, period: string): string {
	switch (periodType) {
		case 'MONTH':
		case 'ROLLING_12': {
			if (!/^\d{4}-\d{2}$/.test(period)) return period;
			// Noon UTC is the same calendar day in Swedish time.
			const month = i18n.formatDate(`${period}-15T12:00:00Z`, { month: 'long', year: 'numeric' });
			return periodType === 'MONTH' ? month : i18n.t('period.rolling12', { month });
		}
		case 'QUARTER': {
			const match = /^(\d{4})-Q([1-4])$/.exec(period);
			return match ? i18n.t('period.quarter', { year: match[1], quarter: Number(match[2]) }) : period;
		}
		case 'YEAR':
			return period;
	}
}
