// @ts-check
/**
 * Autosave of a report's texts, for editors with JavaScript: every form marked `data-autosave` (a section's Analys,
 * Slutsatser or Åtgärder, and the key messages) is sent through its own form action 1.5 s after the last keystroke
 * and when the field loses focus, and its status line (`data-autosave-status`, a polite live region) says "Sparar …",
 * then the time it was saved, or that it could not be saved. The Save buttons stay: without JavaScript, or when
 * autosave fails, they do the same thing. Nothing is sent while a text is unchanged, and one save waits for the
 * previous one, so the server always ends with the last text typed.
 *
 * Plain JavaScript, checked by TypeScript (checkJs), served as a file of its own: the Content Security Policy allows
 * scripts from this site only.
 */
const delayMs = 1500;

for (const form of document.querySelectorAll('form[data-autosave]')) {
	if (!(form instanceof HTMLFormElement)) continue;
	const textarea = form.querySelector('textarea');
	const status = form.querySelector('[data-autosave-status]');
	if (!textarea || !(status instanceof HTMLElement)) continue;
	const say = (/** @type {string | undefined} */ text) => {
		status.textContent = text ?? '';
	};
	let saved = textarea.value;
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let timer;
	let queue = Promise.resolve();

	const save = () => {
		clearTimeout(timer);
		queue = queue.then(async () => {
			const text = textarea.value;
			if (text === saved) return;
			say(status.dataset.saving);
			try {
				// SvelteKit answers a form action called this way with its result as JSON instead of a page.
				const response = await fetch(form.action, {
					method: 'POST',
					body: new FormData(form),
					headers: { 'x-sveltekit-action': 'true', accept: 'application/json' }
				});
				const result = response.ok ? await response.json() : undefined;
				// A saved text answers with the redirect to the notice; a refusal with `failure`.
				if (result?.type !== 'redirect' && result?.type !== 'success') throw new Error('not saved');
				saved = text;
				const time = new Date().toLocaleTimeString(document.documentElement.lang || 'sv', { hour: '2-digit', minute: '2-digit' });
				say(status.dataset.saved?.replace('{time}', time));
			} catch {
				say(status.dataset.failed);
			}
		});
	};

	textarea.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(save, delayMs);
	});
	textarea.addEventListener('blur', save);
}
