import type { LayoutServerLoad } from './$types';

/**
 * The pages are read-only and work entirely as server-rendered HTML (links, `<details>`),
 * so no client-side JavaScript is shipped: nothing to hydrate, and the page data is not
 * serialised into the HTML a second time. A page that needs interactivity can opt in with
 * `export const csr = true`.
 */
export const csr = false;

export const load: LayoutServerLoad = ({ locals }) => ({ locale: locals.locale });
