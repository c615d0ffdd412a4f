/**
 * The browser side of an enhanced upload: the form sent with XMLHttpRequest (fetch cannot report
 * how much of a request body has been sent) and the import followed through the API's progress
 * endpoint while it runs. Both are same-origin, so the session cookie goes along.
 */
import {
	parseJson,
	parseServerProgress,
	progressUrl,
	uploadOutcome,
	type ServerProgress,
	type UploadOutcome
} from './upload';

/** How often the import's progress is asked for. */
export const PROGRESS_INTERVAL_MS = 500;

/**
 * Posts `body` to `url` as multipart (the browser writes the boundary) and resolves with how it
 * ended; never rejects. `onSent` follows the bytes of the request body sent so far.
 */
export function sendForm(
	url: string,
	body: FormData,
	onSent: (sent: number, total: number) => void
): Promise<UploadOutcome> {
	return new Promise((resolve) => {
		const request = new XMLHttpRequest();
		request.open('POST', url);
		request.setRequestHeader('Accept', 'application/json');
		request.upload.addEventListener('progress', (event) => {
			if (event.lengthComputable) onSent(event.loaded, event.total);
		});
		request.addEventListener('load', () =>
			resolve(uploadOutcome(request.status, parseJson(request.responseText)))
		);
		for (const type of ['error', 'abort', 'timeout'] as const) {
			request.addEventListener(type, () => resolve(uploadOutcome(0, null)));
		}
		try {
			request.send(body);
		} catch {
			resolve(uploadOutcome(0, null));
		}
	});
}

/**
 * Asks for the upload's progress every `PROGRESS_INTERVAL_MS` until `signal` is aborted or the
 * import is done. The endpoint answers 404 until the server has started on the upload (the file
 * is still on its way), so a 404 means "ask again"; so does a request that fails.
 */
export async function followProgress(
	token: string,
	onProgress: (progress: ServerProgress) => void,
	signal: AbortSignal
): Promise<void> {
	while (!signal.aborted) {
		try {
			const response = await fetch(progressUrl(token), {
				headers: { accept: 'application/json' },
				cache: 'no-store',
				signal
			});
			if (response.status === 401) return;
			const progress = response.ok ? parseServerProgress(await response.json()) : null;
			if (progress && !signal.aborted) {
				onProgress(progress);
				if (progress.phase === 'done') return;
			}
		} catch {
			// Aborted, or the network hiccuped: the loop condition decides.
		}
		await delay(PROGRESS_INTERVAL_MS, signal);
	}
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(done, ms);
		signal.addEventListener('abort', done, { once: true });
		function done() {
			clearTimeout(timer);
			signal.removeEventListener('abort', done);
			resolve();
		}
	});
}
