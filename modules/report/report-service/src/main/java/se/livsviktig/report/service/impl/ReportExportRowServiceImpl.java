package se.livsviktig.report.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.time.Clock;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.export.ReportExportLine;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.model.ReportExportRow;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportFiguresLocalService;
import se.livsviktig.report.service.base.ReportExportRowServiceBaseImpl;

/**
 * The export mapping and the export for a signed-in user: editing the mapping needs the site's
 * MANAGE_REPORT_MAPPING, exporting needs the right to read the figures; then the local service does the work.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvreport",
		"json.web.service.context.path=ReportExportRow"
	},
	service = AopService.class
)
public class ReportExportRowServiceImpl extends ReportExportRowServiceBaseImpl {

	/**
	 * The site's mapping laid out with the period's figures.
	 *
	 * @param organizationId 0 for every administration as registered, or the organisation whose children (each
	 *        with its subtree) the figures are read for
	 */
	@Override
	public List<ReportExportLine> getExportLines(
			long groupId, ReportPeriod reportPeriod, long organizationId)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId, ReportActionKeys.VIEW_REPORTS);

		Group group = _groupLocalService.getGroup(groupId);

		return reportExportRowLocalService.getExportLines(
			groupId,
			_reportFiguresLocalService.getFigures(
				group.getCompanyId(), reportPeriod.getFrom(),
				reportPeriod.getTo(), organizationId,
				Date.from(_clock.instant())));
	}

	@Override
	public List<ReportExportMappingRow> getMapping(long groupId)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			ReportActionKeys.MANAGE_REPORT_MAPPING);

		return reportExportRowLocalService.getMapping(groupId);
	}

	@Override
	public boolean hasSavedMapping(long groupId) throws PortalException {
		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			ReportActionKeys.MANAGE_REPORT_MAPPING);

		return reportExportRowLocalService.hasSavedMapping(groupId);
	}

	@Override
	public List<ReportExportRow> updateMapping(
			long groupId, List<ReportExportMappingRow> reportExportMappingRows)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			ReportActionKeys.MANAGE_REPORT_MAPPING);

		return reportExportRowLocalService.updateMapping(
			getUserId(), groupId, reportExportMappingRows,
			Date.from(_clock.instant()));
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference(
		target = "(resource.name=" + ReportConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ReportFiguresLocalService _reportFiguresLocalService;

}
