package se.livsviktig.report.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.List;
import java.util.Locale;

import javax.portlet.RenderResponse;

import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportDrillDownService;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * One page of the sessions or registrations behind a figure, read through the report's remote service (which
 * refuses a reader who may not see the figure, and the registrations to anyone but a coordinator), with what the
 * heading names: the figure, its administration, method and period.
 *
 * @author Livsviktig
 */
public class DrillDownDisplayContext {

	public static final int PAGE_SIZE = 20;

	/**
	 * @throws PrincipalException if the reader may not see the figure, or asks for its registrations without
	 *         being a coordinator
	 */
	public DrillDownDisplayContext(
			DrillDownQuery drillDownQuery, long groupId,
			ReportDrillDownService reportDrillDownService,
			DrillDownRows drillDownRows,
			OrganizationLocalService organizationLocalService,
			TrainingMethodLocalService trainingMethodLocalService,
			RenderResponse renderResponse, Locale locale)
		throws PortalException {

		_drillDownQuery = drillDownQuery;
		_organizationLocalService = organizationLocalService;
		_trainingMethodLocalService = trainingMethodLocalService;
		_renderResponse = renderResponse;
		_locale = locale;

		String figureKey = drillDownQuery.getFigureKey();
		ReportPeriod reportPeriod = drillDownQuery.getReportPeriod();
		long organizationId = drillDownQuery.getOrganizationId();
		boolean rolledUp = drillDownQuery.isRolledUp();
		long trainingMethodId = drillDownQuery.getTrainingMethodId();
		String sex = drillDownQuery.getSex();

		_sessionsCount = reportDrillDownService.getFigureSessionsCount(
			groupId, figureKey, reportPeriod, organizationId, rolledUp,
			trainingMethodId, sex);
		_registrationsCount = _registrationsCountIfCoordinator(
			reportDrillDownService, groupId);

		int start = (drillDownQuery.getPage() - 1) * PAGE_SIZE;

		if (drillDownQuery.isRegistrations()) {
			_rows = drillDownRows.ofRegistrations(
				reportDrillDownService.getFigureRegistrations(
					groupId, figureKey, reportPeriod, organizationId, rolledUp,
					trainingMethodId, sex, start, start + PAGE_SIZE));
		}
		else {
			_rows = drillDownRows.ofSessions(
				reportDrillDownService.getFigureSessions(
					groupId, figureKey, reportPeriod, organizationId, rolledUp,
					trainingMethodId, sex, start, start + PAGE_SIZE));
		}
	}

	/**
	 * @return the administration's name, or null when the heading names it with a Language key
	 */
	public String getAdministrationName() {
		long organizationId = _drillDownQuery.getOrganizationId();

		if (organizationId == 0) {
			return null;
		}

		Organization organization = _organizationLocalService.fetchOrganization(
			organizationId);

		if (organization == null) {
			return null;
		}

		return organization.getName();
	}

	/**
	 * @return the Language key that names the administration, with {0} for its name where it has one
	 */
	public String getAdministrationKey() {
		if (_drillDownQuery.getOrganizationId() == 0) {
			return _drillDownQuery.isRolledUp() ? "drill-down-all-administrations" :
				"drill-down-no-administration";
		}

		return _drillDownQuery.isRolledUp() ? "drill-down-x-and-below" :
			"drill-down-x";
	}

	public String getFigureKey() {
		return "drill-down-" + _drillDownQuery.getFigureKey();
	}

	public List<String> getHeaderKeys() {
		if (_drillDownQuery.isRegistrations()) {
			return DrillDownRows.REGISTRATION_HEADER_KEYS;
		}

		return DrillDownRows.SESSION_HEADER_KEYS;
	}

	/**
	 * @return the next page's address, or null on the last page
	 */
	public String getNextPageURL() {
		if (_drillDownQuery.getPage() >= getPageCount()) {
			return null;
		}

		return _url(
			_drillDownQuery.isRegistrations(), _drillDownQuery.getPage() + 1);
	}

	public String getOverviewURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			ReportMVCCommandNames.VIEW_OVERVIEW
		).buildString();
	}

	public int getPage() {
		return _drillDownQuery.getPage();
	}

	public int getPageCount() {
		return Math.max(1, ((_total() - 1) / PAGE_SIZE) + 1);
	}

	public String getPeriod() {
		DateTimeFormatter dateTimeFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.LONG
		).withLocale(
			_locale
		);

		ReportPeriod reportPeriod = _drillDownQuery.getReportPeriod();

		return dateTimeFormatter.format(reportPeriod.getFirstDay()) + " – " +
			dateTimeFormatter.format(reportPeriod.getLastDay());
	}

	/**
	 * @return the previous page's address, or null on the first page
	 */
	public String getPreviousPageURL() {
		if (_drillDownQuery.getPage() <= 1) {
			return null;
		}

		return _url(
			_drillDownQuery.isRegistrations(), _drillDownQuery.getPage() - 1);
	}

	/**
	 * @return how many registrations lie behind the figure, or null when the reader may not see them
	 */
	public Integer getRegistrationsCount() {
		return _registrationsCount;
	}

	public String getRegistrationsURL() {
		return _url(true, 1);
	}

	public List<List<DrillDownCell>> getRows() {
		return _rows;
	}

	/**
	 * @return the Language key of the figure's sex, or null for every sex
	 */
	public String getSexKey() {
		String sex = _drillDownQuery.getSex();

		if ((sex == null) || sex.isEmpty()) {
			return null;
		}

		return "drill-down-sex-" + sex;
	}

	public int getSessionsCount() {
		return _sessionsCount;
	}

	public String getSessionsURL() {
		return _url(false, 1);
	}

	/**
	 * @return the method's name, or null for every method
	 */
	public String getTrainingMethodName() {
		TrainingMethod trainingMethod =
			_trainingMethodLocalService.fetchTrainingMethod(
				_drillDownQuery.getTrainingMethodId());

		if (trainingMethod == null) {
			return null;
		}

		return trainingMethod.getName(_locale);
	}

	public boolean isRegistrations() {
		return _drillDownQuery.isRegistrations();
	}

	private Integer _registrationsCountIfCoordinator(
			ReportDrillDownService reportDrillDownService, long groupId)
		throws PortalException {

		try {
			return reportDrillDownService.getFigureRegistrationsCount(
				groupId, _drillDownQuery.getFigureKey(),
				_drillDownQuery.getReportPeriod(),
				_drillDownQuery.getOrganizationId(),
				_drillDownQuery.isRolledUp(),
				_drillDownQuery.getTrainingMethodId(),
				_drillDownQuery.getSex());
		}
		catch (PrincipalException principalException) {
			if (_drillDownQuery.isRegistrations()) {
				throw principalException;
			}

			return null;
		}
	}

	private int _total() {
		if (_drillDownQuery.isRegistrations()) {
			return _registrationsCount;
		}

		return _sessionsCount;
	}

	private String _url(boolean registrations, int page) {
		return DrillDownURLs.of(
			_renderResponse, _drillDownQuery.with(registrations, page));
	}

	private final DrillDownQuery _drillDownQuery;
	private final Locale _locale;
	private final OrganizationLocalService _organizationLocalService;
	private final Integer _registrationsCount;
	private final RenderResponse _renderResponse;
	private final List<List<DrillDownCell>> _rows;
	private final int _sessionsCount;
	private final TrainingMethodLocalService _trainingMethodLocalService;

}
