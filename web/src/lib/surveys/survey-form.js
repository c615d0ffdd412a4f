// @ts-check
/**
 * The patient survey’s only JavaScript (about 2 kB gzip; the page works entirely without it).
 * SvelteKit's own client would be about 33 kB gzip before any page code, more than the survey's
 * budget of 30 kB, so the survey pages are server-rendered forms, like the rest of Samsyn, and
 * this file adds what makes them nicer with JavaScript:
 * - a question that depends on an answer on the same step ("show B only if A = X") appears as
 *   soon as A is answered, instead of after pressing Next;
 * - a form is not sent twice by a double tap;
 * - on an open link that asks for a proof of work (a self-hosted ALTCHA challenge in `data-pow` on
 *   the last step), the number whose SHA-256 with the salt is the challenge is searched for as
 *   soon as the step is shown, and sent in `_bevis` with the response.
 *
 * Plain JavaScript, checked by TypeScript (checkJs), served as a file of its own: the Content
 * Security Policy allows scripts from this site only.
 */
(() => {
	const form = document.querySelector('form.survey-form');
	if (!(form instanceof HTMLFormElement)) return;

	/** @returns {Map<string, string[]>} the answers in the form now (this step's and carried ones) */
	const answers = () => {
		const result = new Map();
		for (const [name, value] of new FormData(form)) {
			if (typeof value === 'string' && !name.startsWith('_')) result.set(name, [...(result.get(name) ?? []), value]);
		}
		return result;
	};

	const update = () => {
		const given = answers();
		const shown = new Set();
		/** @type {string[]} */
		const visible = [];
		for (const question of form.querySelectorAll('[data-question]')) {
			if (!(question instanceof HTMLElement)) continue;
			const key = question.dataset.question ?? '';
			const condition = question.dataset.showIf ? JSON.parse(question.dataset.showIf) : null;
			const show =
				!condition ||
				((shown.has(condition.question) || !form.querySelector(`[data-question="${condition.question}"]`)) &&
					(given.get(condition.question) ?? []).some((/** @type {string} */ a) => condition.answers.includes(a)));
			question.hidden = !show;
			if (show) {
				shown.add(key);
				visible.push(key);
			}
		}
		const rendered = form.elements.namedItem('_visade');
		if (rendered instanceof HTMLInputElement) rendered.value = visible.join(',');
	};

	form.addEventListener('change', update);

	const proofField = form.elements.namedItem('_bevis');
	/** @type {Promise<void> | null} resolves once `_bevis` holds the solved challenge (base64 of ALTCHA's JSON) */
	const proof =
		form.dataset.pow && proofField instanceof HTMLInputElement
			? solve(JSON.parse(form.dataset.pow)).then((value) => {
					// A challenge without a solution still sends, for the server's message rather than a silent stop.
					proofField.value = value || '-';
				})
			: null;

	let sent = false;
	form.addEventListener('submit', (event) => {
		if (sent) {
			event.preventDefault();
			return;
		}
		sent = true;
		const submitter = event.submitter;
		if (!proof || !(proofField instanceof HTMLInputElement) || proofField.value !== '') return;
		if (!(submitter instanceof HTMLButtonElement) || submitter.value !== 'skicka') return;
		// Sent once the proof is ready (usually long before the person presses Send). In a new task: a form
		// ignores requestSubmit while its submit event is still being dispatched.
		event.preventDefault();
		proof.then(() =>
			setTimeout(() => {
				sent = false;
				form.requestSubmit(submitter);
			})
		);
	});

	/**
	 * @param {{ algorithm: string, challenge: string, maxnumber?: number, salt: string, signature: string }} c
	 * @returns {Promise<string>}
	 */
	async function solve(c) {
		const encoder = new TextEncoder();
		const max = c.maxnumber ?? 1e6;
		for (let number = 0; number <= max; number++) {
			const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(c.salt + number)));
			let hex = '';
			for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
			if (hex === c.challenge) {
				const { algorithm, challenge, salt, signature } = c;
				return btoa(JSON.stringify({ algorithm, challenge, number, salt, signature }));
			}
		}
		return '';
	}
})();
