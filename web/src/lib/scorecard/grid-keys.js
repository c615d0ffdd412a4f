// @ts-check
/**
 * Progressive enhancement of the Översikt page, the one script it loads (the pages are rendered
 * on the server and run no SvelteKit in the browser). Without it everything still works: every
 * cell is a link reached by Tab, and the filter form is a plain GET form.
 *
 * - Arrow keys move the focus between the cells of a table marked `data-grid-keys`, as in a
 *   spreadsheet; Home and End go to the first and last cell of the row, Ctrl+Home and Ctrl+End
 *   to the first and last cell of the table. The links stay in the Tab order (no roving
 *   tabindex), so the table keeps its table semantics for screen readers.
 * - Changing the period type empties the period choice (the listed periods belong to the type
 *   shown), and sending the form says so in the status line while the next page loads.
 *
 * Plain JavaScript, checked by TypeScript (checkJs), served as a file of its own: the Content
 * Security Policy allows scripts from this site only.
 */

/** The rows of the table that have cells (the area rows have only a heading). */
function cellRows(/** @type {HTMLTableElement} */ table) {
	return [...table.tBodies].flatMap((body) => [...body.rows]).filter((row) => row.querySelector('td a'));
}

/**
 * The link to move to from `cell` for `event`, or null to leave the key alone.
 * @param {HTMLTableCellElement} cell
 * @param {KeyboardEvent} event
 * @returns {HTMLAnchorElement | null}
 */
function target(cell, event) {
	const table = cell.closest('table');
	const row = cell.parentElement;
	if (!(table instanceof HTMLTableElement) || !(row instanceof HTMLTableRowElement)) return null;
	const rows = cellRows(table);
	const rowIndex = rows.indexOf(row);
	/** @param {HTMLTableRowElement | undefined} candidate */
	const cellsOf = (candidate) => (candidate ? [...candidate.cells].filter((c) => c.tagName === 'TD') : []);
	const cells = cellsOf(row);
	const column = cells.indexOf(cell);
	/** @type {HTMLTableCellElement | undefined} */
	let next;
	switch (event.key) {
		case 'ArrowLeft':
			next = cells[column - 1];
			break;
		case 'ArrowRight':
			next = cells[column + 1];
			break;
		case 'ArrowUp':
			next = cellsOf(rows[rowIndex - 1])[column];
			break;
		case 'ArrowDown':
			next = cellsOf(rows[rowIndex + 1])[column];
			break;
		case 'Home':
			next = event.ctrlKey ? cellsOf(rows[0])[0] : cells[0];
			break;
		case 'End':
			next = event.ctrlKey ? cellsOf(rows[rows.length - 1]).at(-1) : cells.at(-1);
			break;
		default:
			return null;
	}
	return next?.querySelector('a') ?? null;
}

document.addEventListener('keydown', (event) => {
	if (event.altKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
	const link = event.target;
	if (!(link instanceof HTMLAnchorElement)) return;
	const cell = link.closest('td');
	if (!cell || !cell.closest('table[data-grid-keys]')) return;
	const next = target(cell, event);
	if (!next) return;
	// The key would otherwise scroll the page.
	event.preventDefault();
	next.focus();
});

for (const form of document.querySelectorAll('form[data-scorecard-form]')) {
	if (!(form instanceof HTMLFormElement)) continue;
	const periodType = form.elements.namedItem('periodtyp');
	const period = form.elements.namedItem('period');
	if (periodType instanceof HTMLSelectElement && period instanceof HTMLSelectElement) {
		periodType.addEventListener('change', () => {
			period.value = '';
		});
	}
	form.addEventListener('submit', () => {
		const status = document.querySelector('[data-scorecard-status]');
		if (status) status.textContent = form.dataset.loadingText ?? '';
		document.querySelector('[data-scorecard-grid]')?.setAttribute('aria-busy', 'true');
	});
}
