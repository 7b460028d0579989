package se.livsviktig.report.period;

import java.io.Serializable;

import java.time.LocalDate;
import java.time.ZoneId;

import java.util.Date;
import java.util.Objects;

import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.exception.ReportPeriodEndException;
import se.livsviktig.report.exception.ReportPeriodLengthException;

/**
 * The days a report covers, from its first day to its last, both included, in the company's time zone. Figures
 * count what began in [{@link #getFrom}, {@link #getTo}): the first moment of the first day up to, not including,
 * the first moment after the last day.
 *
 * @author Livsviktig
 */
public final class ReportPeriod implements Serializable {

	/**
	 * @throws ReportPeriodEndException if the last day is before the first
	 * @throws ReportPeriodLengthException if the period is longer than {@link ReportConstants#MAX_PERIOD_YEARS}
	 *         years
	 */
	public static ReportPeriod of(
			LocalDate firstDay, LocalDate lastDay, ZoneId zoneId)
		throws ReportPeriodEndException, ReportPeriodLengthException {

		if (lastDay.isBefore(firstDay)) {
			throw new ReportPeriodEndException(
				"The last day " + lastDay + " is before the first " +
					firstDay);
		}

		if (lastDay.isAfter(
				firstDay.plusYears(
					ReportConstants.MAX_PERIOD_YEARS
				).minusDays(
					1
				))) {

			throw new ReportPeriodLengthException(
				"The period from " + firstDay + " to " + lastDay +
					" is longer than " + ReportConstants.MAX_PERIOD_YEARS +
						" years");
		}

		return new ReportPeriod(firstDay, lastDay, zoneId);
	}

	public static ReportPeriod ofYear(int year, ZoneId zoneId) {
		return new ReportPeriod(
			LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), zoneId);
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ReportPeriod)) {
			return false;
		}

		ReportPeriod reportPeriod = (ReportPeriod)object;

		return _firstDay.equals(reportPeriod._firstDay) &&
			_lastDay.equals(reportPeriod._lastDay) &&
			_zoneId.equals(reportPeriod._zoneId);
	}

	public LocalDate getFirstDay() {
		return _firstDay;
	}

	/**
	 * @return the first moment of the first day
	 */
	public Date getFrom() {
		return Date.from(
			_firstDay.atStartOfDay(
				_zoneId
			).toInstant());
	}

	public LocalDate getLastDay() {
		return _lastDay;
	}

	/**
	 * @return the first moment after the last day, which the period does not include
	 */
	public Date getTo() {
		return Date.from(
			_lastDay.plusDays(
				1
			).atStartOfDay(
				_zoneId
			).toInstant());
	}

	public ZoneId getZoneId() {
		return _zoneId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_firstDay, _lastDay, _zoneId);
	}

	@Override
	public String toString() {
		return _firstDay + "–" + _lastDay + " " + _zoneId;
	}

	private ReportPeriod(LocalDate firstDay, LocalDate lastDay, ZoneId zoneId) {
		_firstDay = firstDay;
		_lastDay = lastDay;
		_zoneId = zoneId;
	}

	private static final long serialVersionUID = 1L;

	private final LocalDate _firstDay;
	private final LocalDate _lastDay;
	private final ZoneId _zoneId;

}
