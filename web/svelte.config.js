import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// `build/handler.js` is mounted by the Samsyn server next to the GraphQL API.
		adapter: adapter({ out: 'build' })
	},
	vitePlugin: {
		// Our own components use runes only; third-party components compile as they ship.
		dynamicCompileOptions: ({ filename }) =>
			filename.includes('node_modules') ? undefined : { runes: true }
	}
};

export default config;
