import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => ({ lang: event.locals.surveyLanguage ?? 'sv' });
