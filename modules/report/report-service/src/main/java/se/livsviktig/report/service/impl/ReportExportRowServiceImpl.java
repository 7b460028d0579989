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
import se.livsviktig.report.export.ReportExportLine;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.model.ReportExportRow;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportFiguresService;
import se.livsviktig.report.service.base.ReportExportRowServiceBaseImpl;

/**
 * The export mapping and the export for a signed-in user: editing the mapping needs the site's
 * MANAGE_REPORT_MAPPING, exporting the right to read the figures of the administrations asked for (ReportViewPermission,
 * through ReportFiguresService); then the local service does the work.
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
	 * The site's mapping laid out with the period's figures of the administrations the reader may read
	 * ({@link ReportFiguresService#getFigures}, which checks that rule), every method.
	 *
	 * @param organizationId 0 for every administration (VIEW_REPORTS in the site), else one organisation
	 * @param rolledUp with an organisation: everything under it too
	 */
	@Override
	public List<ReportExportLine> getExportLines(
			long groupId, ReportPeriod reportPeriod, long organizationId,
			boolean rolledUp)
		throws PortalException {

		return reportExportRowLocalService.getExportLines(
			groupId,
			_reportFiguresService.getFigures(
				groupId, reportPeriod.getFrom(), reportPeriod.getTo(),
				organizationId, rolledUp, 0));
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

	@Reference(
		target = "(resource.name=" + ReportConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ReportFiguresService _reportFiguresService;

}
