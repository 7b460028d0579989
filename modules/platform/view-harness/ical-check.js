// Reads iCalendar files with Mozilla's ical.js, a parser nobody on the project wrote, and prints what a calendar
// client would show: one line per file with its METHOD and longest line in octets, then one line per VEVENT with
// its UID, SEQUENCE, STATUS, how many occurrences ical.js lists for it, and its start and end as wall-clock time
// in Europe/Stockholm (converted by Node's own time-zone data, not by our code). Fields are tab-separated.
//
//   node ical-check.js a.ics b.ics
//   FILE <path> <METHOD> <max octets per line>
//   EVENT <uid> <sequence> <status> <occurrences> <start yyyy-MM-dd HH:mm> <end yyyy-MM-dd HH:mm>
'use strict';

const fs = require('fs');
const ICAL = require('ical.js');

const stockholm = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Stockholm',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

function wallClock(time) {
	if (!time) {
		return '-';
	}

	const parts = {};

	for (const part of stockholm.formatToParts(time.toJSDate())) {
		parts[part.type] = part.value;
	}

	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

const out = [];

for (const file of process.argv.slice(2)) {
	const text = fs.readFileSync(file, 'utf8');

	let maxOctets = 0;

	for (const line of text.split('\r\n')) {
		maxOctets = Math.max(maxOctets, Buffer.byteLength(line, 'utf8'));
	}

	const vcalendar = new ICAL.Component(ICAL.parse(text));

	out.push(['FILE', file, vcalendar.getFirstPropertyValue('method') || '-', maxOctets].join('\t'));

	for (const vevent of vcalendar.getAllSubcomponents('vevent')) {
		const event = new ICAL.Event(vevent);

		// Listing occurrences is what threw on RDATE periods; a date of its own lists exactly one

		let occurrences = 0;

		if (event.startDate) {
			const iterator = event.iterator();

			while (iterator.next() && occurrences < 10) {
				occurrences++;
			}
		}

		out.push([
			'EVENT',
			event.uid,
			event.sequence,
			vevent.getFirstPropertyValue('status') || '-',
			occurrences,
			wallClock(event.startDate),
			wallClock(event.endDate)
		].join('\t'));
	}
}

process.stdout.write(out.join('\n') + '\n');
