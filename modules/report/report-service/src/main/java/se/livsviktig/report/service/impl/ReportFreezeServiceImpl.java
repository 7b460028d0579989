package se.livsviktig.report.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.time.Clock;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.internal.security.permission.ReportViewPermission;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.base.ReportFreezeServiceBaseImpl;

/**
 * Freezing, unfreezing and reading freezes for a signed-in user: checks the site's FREEZE_REPORTS or
 * UNFREEZE_REPORTS, or the reader's scope (ReportViewPermission), then delegates to the local service.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvreport",
		"json.web.service.context.path=ReportFreeze"
	},
	service = AopService.class
)
public class ReportFreezeServiceImpl extends ReportFreezeServiceBaseImpl {

	@Override
	public ReportFreeze freeze(
			long groupId, ReportPeriod reportPeriod, long organizationId)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId, ReportActionKeys.FREEZE_REPORTS);

		return reportFreezeLocalService.freeze(
			getUserId(), groupId, reportPeriod, organizationId,
			Date.from(_clock.instant()));
	}

	/**
	 * A freeze, to whoever may read the administrations it covers.
	 */
	@Override
	public ReportFreeze getReportFreeze(long reportFreezeId)
		throws PortalException {

		ReportFreeze reportFreeze = reportFreezeLocalService.getReportFreeze(
			reportFreezeId);

		_reportViewPermission.check(
			getPermissionChecker(), reportFreeze.getGroupId(),
			reportFreeze.getOrganizationId());

		return reportFreeze;
	}

	/**
	 * The site's freezes, the latest first, to a reader of every administration: the list names every scope
	 * that was reported.
	 */
	@Override
	public List<ReportFreeze> getReportFreezes(long groupId)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId, ReportActionKeys.VIEW_REPORTS);

		return reportFreezePersistence.findByGroupId(groupId);
	}

	@Override
	public ReportFreeze unfreeze(long reportFreezeId, String reason)
		throws PortalException {

		ReportFreeze reportFreeze = reportFreezeLocalService.getReportFreeze(
			reportFreezeId);

		_portletResourcePermission.check(
			getPermissionChecker(), reportFreeze.getGroupId(),
			ReportActionKeys.UNFREEZE_REPORTS);

		return reportFreezeLocalService.unfreeze(
			getUserId(), reportFreezeId, reason, Date.from(_clock.instant()));
	}

	private Clock _clock = Clock.systemUTC();

	@Reference(
		target = "(resource.name=" + ReportConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ReportViewPermission _reportViewPermission;

}
