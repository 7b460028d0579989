package se.livsviktig.report.web.internal.display.context;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.LongFunction;

import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.model.ReportFreeze;

/**
 * Freezes as rows: times in the company's time zone, the period as its first and last day (the stored end is the
 * first moment after the last day), the scope by name.
 *
 * @author Livsviktig
 */
public class FreezeRows {

	/**
	 * @param organizationName an organisation's name from its id
	 * @param everyAdministration the scope of a freeze of every administration, in the reader's language
	 */
	public FreezeRows(
		ZoneId zoneId, LongFunction<String> organizationName,
		String everyAdministration) {

		_zoneId = zoneId;
		_organizationName = organizationName;
		_everyAdministration = everyAdministration;
	}

	public String period(Date from, Date to) {
		LocalDate firstDay = LocalDate.ofInstant(from.toInstant(), _zoneId);
		LocalDate lastDay = LocalDate.ofInstant(
			to.toInstant(), _zoneId
		).minusDays(
			1
		);

		return firstDay + " – " + lastDay;
	}

	public FreezeRow toRow(ReportFreeze reportFreeze) {
		boolean frozen =
			reportFreeze.getStatus() == ReportConstants.STATUS_FROZEN;

		return new FreezeRow(
			reportFreeze.getReportFreezeId(), reportFreeze.getUserName(),
			_time(reportFreeze.getCreateDate()),
			period(reportFreeze.getPeriodFrom(), reportFreeze.getPeriodTo()),
			(reportFreeze.getOrganizationId() == 0) ? _everyAdministration :
				_organizationName.apply(reportFreeze.getOrganizationId()),
			frozen, frozen ? "" : reportFreeze.getUnfrozenByUserName(),
			frozen ? "" : _time(reportFreeze.getUnfrozenDate()),
			frozen ? "" : reportFreeze.getUnfreezeReason());
	}

	public List<FreezeRow> toRows(List<ReportFreeze> reportFreezes) {
		List<FreezeRow> rows = new ArrayList<>();

		for (ReportFreeze reportFreeze : reportFreezes) {
			rows.add(toRow(reportFreeze));
		}

		return rows;
	}

	private String _time(Date date) {
		if (date == null) {
			return "";
		}

		return _FORMATTER.format(date.toInstant().atZone(_zoneId));
	}

	private static final DateTimeFormatter _FORMATTER =
		DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final String _everyAdministration;
	private final LongFunction<String> _organizationName;
	private final ZoneId _zoneId;

}
