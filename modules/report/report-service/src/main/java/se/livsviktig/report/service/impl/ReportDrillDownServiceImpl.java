package se.livsviktig.report.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.time.Clock;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.figures.ReportDrillDownFigures;
import se.livsviktig.report.internal.security.permission.ReportViewPermission;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.base.ReportDrillDownServiceBaseImpl;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.figures.TrainingFigure;
import se.livsviktig.training.figures.TrainingFigureCell;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.TrainingFiguresLocalService;

/**
 * The sessions and registrations behind a figure, for a signed-in reader. The sessions need what the figure
 * needs ({@link ReportViewPermission}; a session figure belongs to no administration, so it needs every
 * administration's); the registrations
 * name people, so they also need training's coordinator permission (MANAGE_SESSIONS) in the site.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvreport",
		"json.web.service.context.path=ReportDrillDown"
	},
	service = AopService.class
)
public class ReportDrillDownServiceImpl extends ReportDrillDownServiceBaseImpl {

	/**
	 * @param organizationId the figure's administration; rolled up, with its subtree (0: the whole company)
	 * @param trainingMethodId the figure's method, or 0 for every method
	 * @param sex the figure's sex ({@code ReportSexes}), or "" for every sex; session figures are not split by sex
	 */
	@Override
	public List<Registration> getFigureRegistrations(
			long groupId, String figureKey, ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex, int start, int end)
		throws PortalException {

		TrainingFigureCell trainingFigureCell = _registrationsCell(
			groupId, figureKey, reportPeriod, organizationId, rolledUp,
			trainingMethodId, sex);

		return _trainingFiguresLocalService.getFigureRegistrations(
			trainingFigureCell, start, end);
	}

	@Override
	public int getFigureRegistrationsCount(
			long groupId, String figureKey, ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws PortalException {

		return _trainingFiguresLocalService.getFigureRegistrationsCount(
			_registrationsCell(
				groupId, figureKey, reportPeriod, organizationId, rolledUp,
				trainingMethodId, sex));
	}

	/**
	 * @param organizationId the figure's administration; rolled up, with its subtree (0: the whole company)
	 * @param trainingMethodId the figure's method, or 0 for every method
	 * @param sex the figure's sex ({@code ReportSexes}), or "" for every sex; session figures are not split by sex
	 */
	@Override
	public List<CourseSession> getFigureSessions(
			long groupId, String figureKey, ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex, int start, int end)
		throws PortalException {

		return _trainingFiguresLocalService.getFigureSessions(
			_readableCell(
				groupId, figureKey, reportPeriod, organizationId, rolledUp,
				trainingMethodId, sex),
			start, end);
	}

	@Override
	public int getFigureSessionsCount(
			long groupId, String figureKey, ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws PortalException {

		return _trainingFiguresLocalService.getFigureSessionsCount(
			_readableCell(
				groupId, figureKey, reportPeriod, organizationId, rolledUp,
				trainingMethodId, sex));
	}

	/**
	 * The figure's cell once the reader may read the figure: an unknown key is refused before any permission is
	 * asked, so the answer says nothing about what the reader may see.
	 */
	private TrainingFigureCell _readableCell(
			long groupId, String figureKey, ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws PortalException {

		TrainingFigure trainingFigure =
			ReportDrillDownFigures.getTrainingFigure(figureKey);

		PermissionChecker permissionChecker = getPermissionChecker();

		_reportViewPermission.check(
			permissionChecker, groupId,
			trainingFigure.isSessionFamily() ? 0 : organizationId);

		return new TrainingFigureCell(
			trainingFigure, permissionChecker.getCompanyId(),
			reportPeriod.getFrom(), reportPeriod.getTo(),
			Date.from(_clock.instant()), organizationId, rolledUp,
			trainingMethodId, sex);
	}

	private TrainingFigureCell _registrationsCell(
			long groupId, String figureKey, ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws PortalException {

		TrainingFigureCell trainingFigureCell = _readableCell(
			groupId, figureKey, reportPeriod, organizationId, rolledUp,
			trainingMethodId, sex);

		_trainingPortletResourcePermission.check(
			getPermissionChecker(), groupId, TrainingActionKeys.MANAGE_SESSIONS);

		return trainingFigureCell;
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private ReportViewPermission _reportViewPermission;

	@Reference
	private TrainingFiguresLocalService _trainingFiguresLocalService;

	@Reference(
		target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _trainingPortletResourcePermission;

}
