import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/**
 * Any path without a page of its own: answered here, inside the application's layout, so that the
 * "not found" page has the header, navigation and the visitor's language like every other page.
 */
export const load: PageServerLoad = () => {
	error(404, { message: 'Not found' });
};
