'use strict';

// The browser side of the view tier (T5), started once per test JVM by BrowserChecker.java.
// Reads one JSON request a line ({url, screenshot, requireClay, viewportWidth}) and answers one line: "OK", or "FAIL " + base64(report).
// Debian's Chromium is used as installed (npm packages cannot download a browser here).

const fs = require('fs');
const readline = require('readline');
const {chromium} = require('playwright-core');

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// WCAG 2.1 A and AA: what Swedish law (DOS-lagen) requires of public-sector web services.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function fail(lines) {
	return 'FAIL ' + Buffer.from(lines.join('\n'), 'utf8').toString('base64');
}

function describe(violations) {
	const lines = [];

	for (const violation of violations) {
		lines.push(`axe ${violation.id} (${violation.impact}): ${violation.help} [${violation.helpUrl}]`);

		for (const node of violation.nodes) {
			lines.push(`    at ${node.target.join(' ')}: ${node.html}`);
			lines.push(`       ${node.failureSummary.replace(/\n/g, '\n       ')}`);
		}
	}

	return lines;
}

const DESKTOP_VIEWPORT = {height: 800, width: 1280};

async function check(page, request) {
	// A width (375: a phone) is used for this page only; the next one gets the desktop window again.
	const viewportWidth = request.viewportWidth || 0;

	await page.setViewportSize(
		viewportWidth ? {height: 800, width: viewportWidth} : DESKTOP_VIEWPORT
	);

	const response = await page.goto(request.url, {waitUntil: 'load'});

	if (!response || !response.ok()) {
		return fail([`${request.url} answered ${response ? response.status() : 'nothing'}`]);
	}

	// A screenshot without Clay's CSS would show nothing a person sees; refuse it.
	const clayRules = await page.evaluate(() => {
		let rules = 0;

		for (const sheet of document.styleSheets) {
			if (sheet.href && sheet.href.endsWith('/atlas.css')) {
				rules += sheet.cssRules.length;
			}
		}

		return rules;
	});

	if (request.requireClay && clayRules === 0) {
		return fail(["Clay's atlas.css did not load into the page"]);
	}

	await page.addScriptTag({content: AXE_SOURCE});

	const results = await page.evaluate(
		(tags) => window.axe.run(document, {
			resultTypes: ['violations'],
			runOnly: {type: 'tag', values: tags},
		}),
		AXE_TAGS
	);

	await page.screenshot({fullPage: true, path: request.screenshot});

	const lines = describe(results.violations);

	// At a phone's width nothing may push the page wider than the screen: it would scroll sideways. The
	// elements reaching past the edge are listed to find the culprit (some may sit in a scrolling box).
	if (viewportWidth) {
		const overflow = await page.evaluate(() => {
			const wide = [];

			for (const element of document.body.querySelectorAll('*')) {
				const rect = element.getBoundingClientRect();

				if (rect.width && rect.right > document.documentElement.clientWidth + 1) {
					wide.push(`${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''} ends at ${Math.round(rect.right)}px`);
				}
			}

			return {pageWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10)};
		});

		if (overflow.pageWidth > viewportWidth) {
			lines.push(`wider than the ${viewportWidth}px window (${overflow.pageWidth}px):`);
			lines.push(...overflow.wide.map((text) => `    ${text}`));
		}
	}

	if (lines.length) {
		return fail(lines);
	}

	return 'OK';
}

async function main() {
	const browser = await chromium.launch({
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
		],
		executablePath: process.env.LIVSVIKTIG_CHROMIUM || '/usr/bin/chromium',
		headless: true,
	});

	const context = await browser.newContext({
		reducedMotion: 'reduce',
		viewport: DESKTOP_VIEWPORT,
	});

	const page = await context.newPage();

	process.stdout.write('READY\n');

	const lines = readline.createInterface({input: process.stdin, terminal: false});

	for await (const line of lines) {
		if (!line.trim()) {
			continue;
		}

		let answer;

		try {
			answer = await check(page, JSON.parse(line));
		}
		catch (error) {
			answer = fail([String(error && error.stack || error)]);
		}

		process.stdout.write(answer + '\n');
	}

	await browser.close();
}

main().catch((error) => {
	process.stderr.write(String(error && error.stack || error) + '\n');
	process.stdout.write('BROKEN\n');
	process.exit(1);
});
