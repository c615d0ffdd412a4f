import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// `build/handler.js` is mounted by the Samsyn server next to the GraphQL API.
		adapter: adapter({ out: 'build' }),
		// Content Security Policy: only this site's own scripts, styles, images and fonts, forms
		// only to this site, and never inside a frame. No inline `style` attributes or scripts
		// (SvelteKit adds nonces for the scripts it needs itself; in `vite dev` it allows inline
		// styles for hot reloading).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's route announcer, on the one page that runs in the browser (/importer), has
				// a style attribute (sveltejs/kit#11993): allow exactly that value and nothing else.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	},
	vitePlugin: {
		// Our own components use runes only; third-party components compile as they ship.
		dynamicCompileOptions: ({ filename }) =>
			filename.includes('node_modules') ? undefined : { runes: true }
	}
};

export default config;
