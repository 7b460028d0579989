package se.livsviktig.report.web.internal.display.context;

import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import javax.portlet.PortletRequest;

import se.livsviktig.report.exception.ReportFigureKeyException;
import se.livsviktig.report.exception.ReportPeriodEndException;
import se.livsviktig.report.exception.ReportPeriodLengthException;
import se.livsviktig.report.figures.ReportDrillDownFigures;
import se.livsviktig.report.period.ReportPeriod;

/**
 * What a drill-down shows, read from its URL: the figure (its key), the period (first and last day), the
 * administration (rolled up or not), the method, the sex, which list (sessions or registrations) and which page.
 *
 * @author Livsviktig
 */
public class DrillDownQuery {

	public static final String LIST_REGISTRATIONS = "registrations";

	public static final String LIST_SESSIONS = "sessions";

	/**
	 * @throws ReportFigureKeyException if no drill-down lies behind the figure
	 * @throws ReportPeriodEndException if a day is missing or unreadable, or the last is before the first
	 * @throws ReportPeriodLengthException if the period is over 5 years
	 */
	public static DrillDownQuery of(PortletRequest portletRequest, ZoneId zoneId)
		throws ReportFigureKeyException, ReportPeriodEndException,
			   ReportPeriodLengthException {

		String figureKey = ParamUtil.getString(portletRequest, "figureKey");

		ReportDrillDownFigures.getTrainingFigure(figureKey);

		ReportPeriod reportPeriod = ReportPeriod.of(
			_day(portletRequest, "firstDay"), _day(portletRequest, "lastDay"),
			zoneId);

		return new DrillDownQuery(
			figureKey, reportPeriod,
			ParamUtil.getLong(portletRequest, "organizationId"),
			ParamUtil.getBoolean(portletRequest, "rolledUp"),
			ParamUtil.getLong(portletRequest, "trainingMethodId"),
			ParamUtil.getString(portletRequest, "sex"),
			LIST_REGISTRATIONS.equals(
				ParamUtil.getString(portletRequest, "list")),
			Math.max(1, ParamUtil.getInteger(portletRequest, "page", 1)));
	}

	/**
	 * @param sex the figure's sex ({@code ReportSexes}), or "" for every sex
	 */
	public DrillDownQuery(
		String figureKey, ReportPeriod reportPeriod, long organizationId,
		boolean rolledUp, long trainingMethodId, String sex,
		boolean registrations, int page) {

		_figureKey = figureKey;
		_reportPeriod = reportPeriod;
		_organizationId = organizationId;
		_rolledUp = rolledUp;
		_trainingMethodId = trainingMethodId;
		_sex = sex;
		_registrations = registrations;
		_page = page;
	}

	public String getFigureKey() {
		return _figureKey;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	public int getPage() {
		return _page;
	}

	public ReportPeriod getReportPeriod() {
		return _reportPeriod;
	}

	public String getSex() {
		return _sex;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	public boolean isRegistrations() {
		return _registrations;
	}

	public boolean isRolledUp() {
		return _rolledUp;
	}

	/**
	 * The same figure with another list or page.
	 */
	public DrillDownQuery with(boolean registrations, int page) {
		return new DrillDownQuery(
			_figureKey, _reportPeriod, _organizationId, _rolledUp,
			_trainingMethodId, _sex, registrations, page);
	}

	private static LocalDate _day(PortletRequest portletRequest, String name)
		throws ReportPeriodEndException {

		String day = ParamUtil.getString(portletRequest, name);

		if (Validator.isNull(day)) {
			throw new ReportPeriodEndException("No " + name);
		}

		try {
			return LocalDate.parse(day);
		}
		catch (DateTimeParseException dateTimeParseException) {
			throw new ReportPeriodEndException(
				"Unreadable " + name + " " + day, dateTimeParseException);
		}
	}

	private final String _figureKey;
	private final long _organizationId;
	private final int _page;
	private final boolean _registrations;
	private final ReportPeriod _reportPeriod;
	private final boolean _rolledUp;
	private final String _sex;
	private final long _trainingMethodId;

}
