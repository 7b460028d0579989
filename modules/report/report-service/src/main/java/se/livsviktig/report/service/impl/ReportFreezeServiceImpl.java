package se.livsviktig.report.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.time.Clock;

import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.base.ReportFreezeServiceBaseImpl;

/**
 * Freezing and unfreezing for a signed-in user: checks the site's FREEZE_REPORTS or UNFREEZE_REPORTS, then
 * delegates to the local service.
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

}
