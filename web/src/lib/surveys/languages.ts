/**
 * The languages a patient can answer the survey in. Wider than the application's own (`$lib/i18n`:
 * Swedish and English): the survey must reach people with little Swedish, so Arabic too, written
 * right to left.
 */
export const SURVEY_LANGUAGES = ['sv', 'en', 'ar'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<SurveyLanguage, string>> = {
	sv: 'Svenska',
	en: 'English',
	ar: 'العربية'
};

/** A language from the address or a form; Swedish when missing or unknown. */
export function surveyLanguageOf(value: unknown): SurveyLanguage {
	return typeof value === 'string' && (SURVEY_LANGUAGES as readonly string[]).includes(value)
		? (value as SurveyLanguage)
		: 'sv';
}

export function directionOf(language: string): 'rtl' | 'ltr' {
	return language === 'ar' ? 'rtl' : 'ltr';
}
