package se.livsviktig.report.web.internal.display.context;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import se.livsviktig.report.exception.ReportPeriodEndException;
import se.livsviktig.report.exception.ReportPeriodLengthException;
import se.livsviktig.report.period.ReportPeriod;

/**
 * The period the overview shows, as the reader chose it: a first and a last day (yyyy-mm-dd) when both are given,
 * else a year, else the last full year, which is the one a yearly report is about.
 *
 * @author Livsviktig
 */
public class OverviewPeriodInput {

	/**
	 * @throws DateTimeParseException if a day is not a date written yyyy-mm-dd
	 * @throws NumberFormatException if the year is not a number
	 */
	public static ReportPeriod parse(
			String year, String firstDay, String lastDay, ZoneId zoneId,
			LocalDate today)
		throws ReportPeriodEndException, ReportPeriodLengthException {

		if (!_isBlank(firstDay) && !_isBlank(lastDay)) {
			return ReportPeriod.of(
				LocalDate.parse(firstDay.trim()),
				LocalDate.parse(lastDay.trim()), zoneId);
		}

		if (!_isBlank(year)) {
			return ReportPeriod.ofYear(Integer.parseInt(year.trim()), zoneId);
		}

		return ReportPeriod.ofYear(today.getYear() - 1, zoneId);
	}

	private static boolean _isBlank(String value) {
		return (value == null) || value.trim(
		).isEmpty();
	}

}
