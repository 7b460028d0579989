package se.livsviktig.report.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.time.Clock;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.internal.security.permission.ReportFreezePermission;
import se.livsviktig.report.internal.security.permission.ReportViewPermission;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.base.ReportFreezeServiceBaseImpl;

/**
 * Freezing, unfreezing and reading freezes for a signed-in user: checks the caller's freeze scope
 * (ReportFreezePermission), the site's UNFREEZE_REPORTS, or the reader's scope (ReportViewPermission), then
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

		_reportFreezePermission.check(
			getPermissionChecker(), groupId, organizationId);

		return reportFreezeLocalService.freeze(
			getUserId(), groupId, reportPeriod, organizationId,
			Date.from(_clock.instant()));
	}

	/**
	 * The administrations the caller may freeze one by one (ReportFreezePermission): the site's coordinator every
	 * top-level one, an administration's manager their own.
	 */
	@Override
	public List<Organization> getFreezableOrganizations(long groupId)
		throws PortalException {

		return _reportFreezePermission.getFreezableOrganizations(
			getPermissionChecker(), groupId);
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
	 * The site's freezes, the latest first: to a reader of every administration all of them; to a reader granted
	 * VIEW_REPORTS in an organisation only (an administration's manager) the freezes of the administrations they
	 * may read, since a freeze is that administration's figures and its later corrections must be seen (DESIGN
	 * 4.5), while a freeze of every administration or of another one holds figures they may not read; to anyone
	 * else a refusal.
	 */
	@Override
	public List<ReportFreeze> getReportFreezes(long groupId)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		if (_reportViewPermission.containsSite(permissionChecker, groupId)) {
			return reportFreezePersistence.findByGroupId(groupId);
		}

		if (_reportViewPermission.getGrantedOrganizations(
				permissionChecker
			).isEmpty()) {

			throw new PrincipalException.MustHavePermission(
				permissionChecker, ReportConstants.RESOURCE_NAME, groupId,
				ReportActionKeys.VIEW_REPORTS);
		}

		List<ReportFreeze> reportFreezes = new ArrayList<>();

		for (ReportFreeze reportFreeze :
				reportFreezePersistence.findByGroupId(groupId)) {

			if (_mayRead(permissionChecker, reportFreeze)) {
				reportFreezes.add(reportFreeze);
			}
		}

		return reportFreezes;
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

	private boolean _mayRead(
		PermissionChecker permissionChecker, ReportFreeze reportFreeze) {

		if (reportFreeze.getOrganizationId() == 0) {
			return false;
		}

		try {
			return _reportViewPermission.contains(
				permissionChecker, reportFreeze.getGroupId(),
				reportFreeze.getOrganizationId());
		}
		catch (PortalException portalException) {

			// The organisation was deleted since: its freeze is no one's to read but the site's readers'.

			return false;
		}
	}

	private Clock _clock = Clock.systemUTC();

	@Reference(
		target = "(resource.name=" + ReportConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ReportFreezePermission _reportFreezePermission;

	@Reference
	private ReportViewPermission _reportViewPermission;

}
