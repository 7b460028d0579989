package se.livsviktig.report.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.exception.ReportFreezeStatusException;
import se.livsviktig.report.exception.ReportOrganizationException;
import se.livsviktig.report.exception.ReportUnfreezeReasonException;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.model.ReportFrozenFigure;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportFiguresLocalService;
import se.livsviktig.report.service.base.ReportFreezeLocalServiceBaseImpl;

/**
 * Freezing a period's figures when they are reported, and withdrawing a freeze. A freeze and all its figures are
 * written in one transaction: a failure half-way leaves no freeze behind that would claim figures it lacks.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.report.model.ReportFreeze",
	service = AopService.class
)
public class ReportFreezeLocalServiceImpl
	extends ReportFreezeLocalServiceBaseImpl {

	/**
	 * Stores the period's figures as they are now, with who froze them and when. A freeze of one organisation
	 * stores its administrations' figures only, none of no administration (getFreezeFigures).
	 *
	 * @param organizationId 0 for every administration as registered, or the organisation whose children (each
	 *        with its subtree) the figures are grouped by
	 */
	@Override
	public ReportFreeze freeze(
			long userId, long groupId, ReportPeriod reportPeriod,
			long organizationId, Date now)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		_validateOrganization(user.getCompanyId(), organizationId);

		ReportFreeze reportFreeze = reportFreezePersistence.create(
			counterLocalService.increment());

		reportFreeze.setGroupId(groupId);
		reportFreeze.setCompanyId(user.getCompanyId());
		reportFreeze.setUserId(userId);
		reportFreeze.setUserName(user.getFullName());
		reportFreeze.setCreateDate(now);
		reportFreeze.setModifiedDate(now);
		reportFreeze.setPeriodFrom(reportPeriod.getFrom());
		reportFreeze.setPeriodTo(reportPeriod.getTo());
		reportFreeze.setOrganizationId(organizationId);
		reportFreeze.setStatus(ReportConstants.STATUS_FROZEN);

		reportFreeze = reportFreezePersistence.update(reportFreeze);

		List<ReportFigure> reportFigures =
			_reportFiguresLocalService.getFreezeFigures(
			user.getCompanyId(), reportPeriod.getFrom(), reportPeriod.getTo(),
			organizationId, now);

		for (ReportFigure reportFigure : reportFigures) {
			ReportFrozenFigure reportFrozenFigure =
				reportFrozenFigurePersistence.create(
					counterLocalService.increment());

			reportFrozenFigure.setCompanyId(user.getCompanyId());
			reportFrozenFigure.setReportFreezeId(
				reportFreeze.getReportFreezeId());
			reportFrozenFigure.setFigureKey(reportFigure.getFigureKey());
			reportFrozenFigure.setOrganizationId(
				reportFigure.getOrganizationId());
			reportFrozenFigure.setTrainingMethodId(
				reportFigure.getTrainingMethodId());
			reportFrozenFigure.setSex(reportFigure.getSex());
			reportFrozenFigure.setValue(reportFigure.getValue());

			reportFrozenFigurePersistence.update(reportFrozenFigure);
		}

		return reportFreeze;
	}

	/**
	 * Withdraws a freeze: its figures stay stored, and the freeze records who withdrew it, when and why, so a
	 * report's history never loses what was sent.
	 */
	@Override
	public ReportFreeze unfreeze(
			long userId, long reportFreezeId, String reason, Date now)
		throws PortalException {

		if ((reason == null) || reason.trim(
			).isEmpty() || (reason.length() > _MAX_REASON)) {
			throw new ReportUnfreezeReasonException(
				"An unfreeze needs a reason of at most " + _MAX_REASON +
					" characters");
		}

		ReportFreeze reportFreeze = reportFreezePersistence.findByPrimaryKey(
			reportFreezeId);

		if (reportFreeze.getStatus() != ReportConstants.STATUS_FROZEN) {
			throw new ReportFreezeStatusException(
				"Report freeze " + reportFreezeId + " is not frozen");
		}

		User user = userLocalService.getUser(userId);

		reportFreeze.setModifiedDate(now);
		reportFreeze.setStatus(ReportConstants.STATUS_UNFROZEN);
		reportFreeze.setUnfrozenByUserId(userId);
		reportFreeze.setUnfrozenByUserName(user.getFullName());
		reportFreeze.setUnfrozenDate(now);
		reportFreeze.setUnfreezeReason(reason.trim());

		if (_log.isInfoEnabled()) {
			_log.info(
				"User " + userId + " unfroze report freeze " + reportFreezeId +
					" of group " + reportFreeze.getGroupId());
		}

		return reportFreezePersistence.update(reportFreeze);
	}

	private void _validateOrganization(long companyId, long organizationId)
		throws ReportOrganizationException {

		if (organizationId == 0) {
			return;
		}

		Organization organization =
			_organizationLocalService.fetchOrganization(organizationId);

		if ((organization == null) ||
			(organization.getCompanyId() != companyId)) {

			throw new ReportOrganizationException(
				"No organization " + organizationId + " in company " +
					companyId);
		}
	}

	private static final int _MAX_REASON = 4000;

	private static final Log _log = LogFactoryUtil.getLog(
		ReportFreezeLocalServiceImpl.class);

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private ReportFiguresLocalService _reportFiguresLocalService;

}
