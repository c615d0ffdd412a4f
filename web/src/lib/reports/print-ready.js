// @ts-check
/**
 * The print page's one script: it sets `data-ready="true"` on <html> once the page is fit to print — every chart the
 * page promised (`data-charts-expected` on the report) is in the document and laid out with a size, and the fonts
 * have loaded — after two animation frames, so that the layout has been painted. The server's Chromium waits for
 * exactly this before it prints the PDF, so no PDF has a half-drawn chart. If the charts never all appear, it gives
 * up after ten seconds with `data-ready="false"`, and the PDF fails instead of being printed without them.
 *
 * Plain JavaScript, checked by TypeScript (checkJs), served as a file of its own: the Content Security Policy allows
 * scripts from this site only.
 */
const deadline = Date.now() + 10_000;

function drawnCharts() {
	return [...document.querySelectorAll('svg[data-chart]')].filter((chart) => {
		const box = chart.getBoundingClientRect();
		return box.width > 0 && box.height > 0;
	}).length;
}

function check() {
	const report = document.querySelector('[data-charts-expected]');
	const expected = Number(report?.getAttribute('data-charts-expected') ?? Number.NaN);
	if (report && Number.isInteger(expected) && drawnCharts() >= expected) {
		document.documentElement.setAttribute('data-ready', 'true');
	} else if (Date.now() > deadline) {
		document.documentElement.setAttribute('data-ready', 'false');
	} else {
		setTimeout(check, 50);
	}
}

function start() {
	document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(check)));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
