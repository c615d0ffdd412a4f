import type { IndicatorDetails } from '../graphql/operations';
import type {
	AssessmentRule,
	DisclosureRule,
	IndicatorArea,
	IndicatorUnit,
	Polarity
} from '../graphql/types';
import type { Translator } from '../i18n/index';

/** A value in the indicator's unit, e.g. "90 %", "12,5 per 1 000", "3 dagar". */
export function formatValue(i18n: Translator, value: number, unit: IndicatorUnit): string {
	return i18n.t(`value.${unit}`, { value });
}

/**
 * The target levels of a `TARGET` rule, e.g. "Grön ≥ 90 %, gul ≥ 80 %". The comparison
 * follows the polarity; without one it follows the order of the levels.
 * Returns `undefined` for other methods.
 */
export function describeTargets(
	i18n: Translator,
	rule: AssessmentRule,
	polarity: Polarity,
	unit: IndicatorUnit
): string | undefined {
	if (rule.method !== 'TARGET') return undefined;
	const { green, yellow } = rule;
	if (green === null) return i18n.t('assessment.targetMissing');
	const atMost =
		polarity === 'LOWER_IS_BETTER' ||
		(polarity === 'NO_JUDGEMENT' && yellow !== null && green < yellow);
	const greenText = formatValue(i18n, green, unit);
	if (yellow === null) {
		return i18n.t(atMost ? 'assessment.targetGreenAtMost' : 'assessment.targetGreenAtLeast', {
			green: greenText
		});
	}
	return i18n.t(atMost ? 'assessment.targetAtMost' : 'assessment.targetAtLeast', {
		green: greenText,
		yellow: formatValue(i18n, yellow, unit)
	});
}

/**
 * How the indicator is coloured: the target levels for `TARGET`, otherwise a description of
 * the method.
 */
export function describeAssessment(
	i18n: Translator,
	rule: AssessmentRule,
	polarity: Polarity,
	unit: IndicatorUnit
): string {
	switch (rule.method) {
		case 'TARGET':
			return describeTargets(i18n, rule, polarity, unit) ?? i18n.t('assessment.targetMissing');
		case 'RELATIVE_QUARTILES':
		case 'SIGNIFICANCE_VS_COUNTY':
		case 'NONE':
			return i18n.t(`assessment.description.${rule.method}`);
	}
}

/** One sentence per rule of the disclosure (suppression) policy. */
export function describeDisclosure(i18n: Translator, rule: DisclosureRule): string[] {
	const sentences: string[] = [];
	if (rule.minDenominator > 1) {
		// At least one observation is no limit at all (Kolada's figures, which Kolada suppresses itself).
		sentences.push(i18n.t('disclosure.minDenominator', { count: rule.minDenominator }));
	}
	if (rule.minCell > 0) {
		sentences.push(i18n.t('disclosure.minCell', { count: rule.minCell }));
	}
	if (sentences.length === 0) sentences.push(i18n.t('disclosure.none'));
	return sentences;
}

export interface AreaGroup<T extends Pick<IndicatorDetails, 'area'>> {
	area: IndicatorArea;
	indicators: T[];
}

/** Group indicators by area, keeping the order in which areas and indicators arrive. */
export function groupByArea<T extends Pick<IndicatorDetails, 'area'>>(
	indicators: readonly T[]
): AreaGroup<T>[] {
	const groups = new Map<IndicatorArea, T[]>();
	for (const indicator of indicators) {
		const group = groups.get(indicator.area);
		if (group) group.push(indicator);
		else groups.set(indicator.area, [indicator]);
	}
	return [...groups].map(([area, members]) => ({ area, indicators: members }));
}

/**
 * How the charts and their summaries write a value: rounded to one decimal as the scorecard does,
 * with the unit ("12,3 dagar", "87,5 %") and bare ("12,3") for interval ends and bar labels.
 */
export function chartValueFormat(i18n: Translator, unit: IndicatorUnit): { withUnit: (value: number) => string; bare: (value: number) => string } {
	const round = (value: number) => Math.round(value * 10) / 10;
	return {
		withUnit: (value) => formatValue(i18n, round(value), unit),
		bare: (value) => i18n.formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
	};
}
