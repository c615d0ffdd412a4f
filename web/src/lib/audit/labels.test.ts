import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import { describeValue } from './diff';
import { auditActionLabel, auditFieldLabel, diffValueLabels, orgUnitLabel } from './labels';

const sv = createTranslator('sv');
const en = createTranslator('en');
const names = new Map([
	['GR', 'Göteborgsregionen'],
	['1480', 'Göteborg']
]);

describe('audit labels', () => {
	it('translates known actions and leaves new ones alone', () => {
		expect(auditActionLabel(sv, 'role.grant')).toBe('Roll given');
		expect(auditActionLabel(en, 'user.create')).toBe('Account created');
		expect(auditActionLabel(sv, 'report.approve')).toBeUndefined();
	});

	it('translates known fields and shows others as recorded', () => {
		expect(auditFieldLabel(sv, 'grants')).toBe('Roller');
		expect(auditFieldLabel(sv, 'somethingNew')).toBe('somethingNew');
	});

	it('names organisations with their code', () => {
		expect(orgUnitLabel('GR', names)).toBe('Göteborgsregionen (GR)');
		expect(orgUnitLabel('9999', names)).toBe('9999');
	});

	it('writes grants from the diff with role and organisation names', () => {
		const labels = diffValueLabels(sv, names);
		expect(
			describeValue(
				[
					{ role: 'admin', orgUnitCode: null },
					{ role: 'editor', orgUnitCode: 'GR' },
					{ role: 'reviewer', orgUnitCode: '1480' },
					{ role: 'auditor', orgUnitCode: '9999' }
				],
				labels
			)
		).toBe(
			'Administratör – hela systemet, Redaktör – Göteborgsregionen, Granskare – Göteborg, auditor – 9999'
		);
		expect(describeValue(false, diffValueLabels(en, names))).toBe('no');
	});
});
