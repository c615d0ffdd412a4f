// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Machine-readable reason, translated by `+error.svelte`. */
			code?: 'API_UNAVAILABLE' | 'NOT_FOUND';
		}
		interface Locals {
			/** Language of the response, resolved in `hooks.server.ts`. */
			locale: Locale;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
