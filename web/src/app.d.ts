// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Viewer } from '$lib/graphql/operations';
import type { Locale } from '$lib/i18n';
import type { SurveyLanguage } from '$lib/surveys/languages';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Machine-readable reason, translated by `+error.svelte`. */
			code?:
				| 'API_UNAVAILABLE'
				| 'NOT_FOUND'
				| 'FORBIDDEN'
				// A choice in the address of /oversikt or /indikatorer/… (their own +error.svelte).
				| 'BAD_FILTER'
				| 'UNKNOWN_SUBREGION'
				| 'UNKNOWN_PERIOD'
				| 'UNKNOWN_UNIT'
				// The survey cannot be answered; `message` is already in the respondent's language.
				| 'SURVEY_REFUSED';
			/** For the choice codes: the query parameter and the value that could not be shown. */
			param?: string;
			value?: string;
		}
		interface Locals {
			/** Language of the response, resolved in `hooks.server.ts`. */
			locale: Locale;
			/**
			 * The logged-in user once the root layout has asked the API (null before and for
			 * anonymous visitors); `hooks.server.ts` then marks the response as not cacheable.
			 */
			viewer: Viewer | null;
			/**
			 * The patient survey's language (`enkat/`), which may be Arabic: it decides `<html lang dir>`
			 * there instead of `locale`. Set from `?sprak=` in `hooks.server.ts`, or by a form action.
			 */
			surveyLanguage?: SurveyLanguage;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
