/**
 * The one page that ships JavaScript (the root layout turns it off): the upload forms show the
 * progress of an upload and of the import behind it. Everything on the page still works without
 * it. The script is the app's own, from this site, so the Content Security Policy stays as it is
 * (SvelteKit gives its inline start-up script a nonce).
 */
export const csr = true;
