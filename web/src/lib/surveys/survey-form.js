// @ts-check
/**
 * The patient survey's only JavaScript (about 1 kB gzip; the page works entirely without it).
 * SvelteKit's own client would be about 33 kB gzip before any page code, more than the survey's
 * budget of 30 kB, so the survey pages are server-rendered forms, like the rest of Samsyn, and
 * this file adds what makes them nicer with JavaScript:
 * - a question that depends on an answer on the same step ("show B only if A = X") appears as
 *   soon as A is answered, instead of after pressing Next;
 * - a form is not sent twice by a double tap.
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
	let sent = false;
	form.addEventListener('submit', (event) => {
		if (sent) event.preventDefault();
		sent = true;
	});
})();
