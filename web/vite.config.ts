import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

/** Where `vite dev` forwards API calls made by the browser. */
const apiUrl = process.env.SAMSYN_API_URL ?? 'http://127.0.0.1:3001';

export default defineConfig({
	plugins: [sveltekit()],
	server: {
		port: Number(process.env.WEB_PORT ?? 5173),
		proxy: {
			'/graphql': { target: apiUrl },
			// The upload forms of /importer post straight to the API.
			'/api': { target: apiUrl },
			'/healthz': { target: apiUrl },
			// A report's PDF, at the report's address, is drawn by the API.
			'^/rapporter/[^/]+/rapport\\.pdf$': { target: apiUrl }
		}
	}
});
