package se.livsviktig.report.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.time.Clock;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.exception.ReportPeriodEndException;
import se.livsviktig.report.exception.ReportPeriodLengthException;
import se.livsviktig.report.exception.ReportTrainingMethodException;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureDifference;
import se.livsviktig.report.internal.figures.ReportFigureScope;
import se.livsviktig.report.internal.security.permission.ReportViewPermission;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.service.base.ReportFiguresServiceBaseImpl;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * The report's reads for a signed-in user: who may read which administrations is {@link ReportViewPermission}'s
 * rule, checked here before the local service is called.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvreport",
		"json.web.service.context.path=ReportFigures"
	},
	service = AopService.class
)
public class ReportFiguresServiceImpl extends ReportFiguresServiceBaseImpl {

	/**
	 * Every frozen figure of a freeze beside its value today, the unchanged ones too, read by whoever may read the
	 * freeze's administrations.
	 */
	@Override
	public List<ReportFigureDifference> getComparison(long reportFreezeId)
		throws PortalException {

		ReportFreeze reportFreeze = reportFreezePersistence.findByPrimaryKey(
			reportFreezeId);

		_reportViewPermission.check(
			getPermissionChecker(), reportFreeze.getGroupId(),
			reportFreeze.getOrganizationId());

		return reportFiguresLocalService.getComparison(
			reportFreezeId, Date.from(_clock.instant()));
	}

	/**
	 * The frozen figures of a freeze whose value today is different, read by whoever may read the freeze's
	 * administrations.
	 */
	@Override
	public List<ReportFigureDifference> getDifferences(long reportFreezeId)
		throws PortalException {

		ReportFreeze reportFreeze = reportFreezePersistence.findByPrimaryKey(
			reportFreezeId);

		_reportViewPermission.check(
			getPermissionChecker(), reportFreeze.getGroupId(),
			reportFreeze.getOrganizationId());

		return reportFiguresLocalService.getDifferences(
			reportFreezeId, Date.from(_clock.instant()));
	}

	/**
	 * Today's figures of sessions whose first date is in [from, to), of the administrations the reader may read.
	 *
	 * @param organizationId 0 for every administration (VIEW_REPORTS in the site), else one organisation
	 * @param rolledUp with an organisation: its sub-organisations, each with everything under it; without: the
	 *        organisation's own registrations
	 * @param trainingMethodId one method, or 0 for every method
	 */
	@Override
	public List<ReportFigure> getFigures(
			long groupId, Date from, Date to, long organizationId,
			boolean rolledUp, long trainingMethodId)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		_reportViewPermission.check(
			permissionChecker, groupId, organizationId);

		Group group = _groupLocalService.getGroup(groupId);

		_validatePeriod(from, to);
		_validateTrainingMethod(group.getCompanyId(), trainingMethodId);

		Date now = Date.from(_clock.instant());

		if ((organizationId != 0) && rolledUp) {
			return new ReportFigureScope(
				0, false, trainingMethodId
			).filter(
				reportFiguresLocalService.getFigures(
					group.getCompanyId(), from, to, organizationId, now)
			);
		}

		return new ReportFigureScope(
			organizationId, organizationId == 0, trainingMethodId
		).filter(
			reportFiguresLocalService.getFigures(
				group.getCompanyId(), from, to, 0, now)
		);
	}

	/**
	 * The administrations the reader may choose: with VIEW_REPORTS in the site, the company's top-level ones;
	 * otherwise the reader's own organisations in which VIEW_REPORTS is granted.
	 */
	@Override
	public List<Organization> getOrganizations(long groupId)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		if (_reportViewPermission.containsSite(permissionChecker, groupId)) {
			Group group = _groupLocalService.getGroup(groupId);

			return _organizationLocalService.getOrganizations(
				group.getCompanyId(), 0);
		}

		return _reportViewPermission.getGrantedOrganizations(
			permissionChecker);
	}

	private void _validatePeriod(Date from, Date to)
		throws ReportPeriodEndException, ReportPeriodLengthException {

		if (!to.after(from)) {
			throw new ReportPeriodEndException(
				"The period's end " + to + " is not after its start " + from);
		}

		// A day's slack: [from, to) is counted in the company's time zone, whose offset may differ at both ends.

		Date longest = Date.from(
			from.toInstant(
			).atOffset(
				ZoneOffset.UTC
			).plusYears(
				ReportConstants.MAX_PERIOD_YEARS
			).plusDays(
				1
			).toInstant());

		if (to.after(longest)) {
			throw new ReportPeriodLengthException(
				"The period from " + from + " to " + to + " is longer than " +
					ReportConstants.MAX_PERIOD_YEARS + " years");
		}
	}

	private void _validateTrainingMethod(long companyId, long trainingMethodId)
		throws ReportTrainingMethodException {

		if (trainingMethodId == 0) {
			return;
		}

		TrainingMethod trainingMethod =
			_trainingMethodLocalService.fetchTrainingMethod(trainingMethodId);

		if ((trainingMethod == null) ||
			(trainingMethod.getCompanyId() != companyId)) {

			throw new ReportTrainingMethodException(
				"No training method " + trainingMethodId + " in company " +
					companyId);
		}
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private ReportViewPermission _reportViewPermission;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
