/**
 * The pages work entirely as server-rendered HTML (links, `<details>`, plain forms posting to
 * form actions), so no client-side JavaScript is shipped: nothing to hydrate, and the page data
 * is not serialised into the HTML a second time. A page that needs interactivity can opt in with
 * `export const csr = true`.
 *
 * This root layout is deliberately bare: the application's header, navigation and translations
 * live in `(app)/+layout.svelte`, so that the patient survey (`enkat/`), which runs in the
 * browser, does not download them.
 */
export const csr = false;
