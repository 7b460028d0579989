package se.livsviktig.training.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalReader;
import biweekly.property.RecurrenceDates;
import biweekly.util.Period;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The calendar file of a registration, read back with an iCalendar parser: one UID for the registration's
 * whole life, a SEQUENCE that tells calendars which version is newer, a cancellation that removes the entry,
 * and one event for a session of several dates.
 *
 * @author Livsviktig
 */
public class RegistrationCalendarWriterTest {

	@Test
	public void aCancellationCancelsTheSameEvent() throws Exception {
		VEvent booked = _event(_read(_write(1, false, _ONE_DATE)));

		ICalendar cancellation = _read(_write(2, true, _ONE_DATE));

		assertEquals("CANCEL", cancellation.getMethod().getValue());

		VEvent cancelled = _event(cancellation);

		assertEquals(booked.getUid().getValue(), cancelled.getUid().getValue());
		assertTrue(cancelled.getStatus().isCancelled());
		assertEquals(2, cancelled.getSequence().getValue());
	}

	@Test
	public void aConfirmedRegistrationIsARequestForAConfirmedEvent()
		throws Exception {

		ICalendar iCalendar = _read(_write(0, false, _ONE_DATE));

		assertEquals("REQUEST", iCalendar.getMethod().getValue());

		VEvent vEvent = _event(iCalendar);

		assertTrue(vEvent.getStatus().isConfirmed());
		assertEquals("MHFA Vuxen", vEvent.getSummary().getValue());
		assertEquals(
			"Stadshuset, Skolgatan 31A, Umeå", vEvent.getLocation().getValue());
		assertEquals(
			_ONE_DATE.get(
				0
			)[0].getTime(),
			vEvent.getDateStart(
			).getValue(
			).getTime());
		assertEquals(
			_ONE_DATE.get(
				0
			)[1].getTime(),
			vEvent.getDateEnd(
			).getValue(
			).getTime());
		assertTrue(vEvent.getRecurrenceDates().isEmpty());
		assertEquals(
			"samordnare@example.se",
			vEvent.getOrganizer(
			).getEmail());
		assertEquals(
			"kim@example.se",
			vEvent.getAttendees(
			).get(
				0
			).getEmail());
	}

	@Test
	public void everyVersionKeepsTheUidAndCarriesItsSequence()
		throws Exception {

		VEvent first = _event(_read(_write(0, false, _ONE_DATE)));
		VEvent changed = _event(_read(_write(3, false, _TWO_DATES)));

		assertEquals(
			RegistrationCalendarWriter.getUid(42), first.getUid().getValue());
		assertEquals(first.getUid().getValue(), changed.getUid().getValue());
		assertEquals(0, first.getSequence().getValue());
		assertEquals(3, changed.getSequence().getValue());
	}

	@Test
	public void severalDatesAreOneEventWithTheOtherDatesAsPeriods()
		throws Exception {

		List<Date[]> dates = new ArrayList<>(_TWO_DATES);

		dates.add(_period("2026-12-15T08:00:00Z", "2026-12-15T15:00:00Z"));

		ICalendar iCalendar = _read(_write(1, false, dates));

		assertEquals(1, iCalendar.getEvents().size());

		VEvent vEvent = _event(iCalendar);

		assertEquals(
			dates.get(
				0
			)[0].getTime(),
			vEvent.getDateStart(
			).getValue(
			).getTime());

		List<Long> periods = new ArrayList<>();

		for (RecurrenceDates recurrenceDates : vEvent.getRecurrenceDates()) {
			assertTrue(recurrenceDates.getDates().isEmpty());

			for (Period period : recurrenceDates.getPeriods()) {
				assertNotNull(period.getEndDate());
				assertNull(period.getDuration());

				periods.add(period.getStartDate().getTime());
				periods.add(period.getEndDate().getTime());
			}
		}

		assertEquals(
			Arrays.asList(
				dates.get(1)[0].getTime(), dates.get(1)[1].getTime(),
				dates.get(2)[0].getTime(), dates.get(2)[1].getTime()),
			periods);
	}

	private static Date[] _period(String start, String end) {
		return new Date[] {
			Date.from(Instant.parse(start)), Date.from(Instant.parse(end))
		};
	}

	private VEvent _event(ICalendar iCalendar) {
		assertEquals(1, iCalendar.getEvents().size());

		return iCalendar.getEvents(
		).get(
			0
		);
	}

	private ICalendar _read(String ics) throws IOException {
		try (ICalReader iCalReader = new ICalReader(ics)) {
			ICalendar iCalendar = iCalReader.readNext();

			assertNotNull(iCalendar, ics);
			assertTrue(iCalReader.getWarnings().isEmpty(), ics);
			assertNull(iCalReader.readNext());

			return iCalendar;
		}
	}

	private String _write(int sequence, boolean cancelled, List<Date[]> dates) {
		return new RegistrationCalendarWriter().write(
			42, sequence, cancelled, "MHFA Vuxen", "Två dagar om psykisk hälsa",
			"Stadshuset, Skolgatan 31A, Umeå", dates, "Anna Samordnare",
			"samordnare@example.se", "Kim Medarbetare", "kim@example.se");
	}

	private static final List<Date[]> _ONE_DATE = Collections.singletonList(
		_period("2026-12-07T08:00:00Z", "2026-12-07T15:00:00Z"));

	private static final List<Date[]> _TWO_DATES = Arrays.asList(
		_period("2026-12-07T08:00:00Z", "2026-12-07T15:00:00Z"),
		_period("2026-12-08T08:00:00Z", "2026-12-08T15:00:00Z"));

}
