package se.livsviktig.report.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.exception.ReportTrainingMethodException;
import se.livsviktig.report.export.ReportExportLine;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.internal.export.ReportExportDefaultMapping;
import se.livsviktig.report.internal.export.ReportExportLayout;
import se.livsviktig.report.internal.export.ReportExportMappingRules;
import se.livsviktig.report.model.ReportExportRow;
import se.livsviktig.report.service.base.ReportExportRowLocalServiceBaseImpl;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A site's export mapping: the lines of its yearly report and the figure each shows. A site that saved none
 * exports the default mapping, which is only ever stored by an explicit save, never by reading it.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.report.model.ReportExportRow",
	service = AopService.class
)
public class ReportExportRowLocalServiceImpl
	extends ReportExportRowLocalServiceBaseImpl {

	/**
	 * The site's mapping laid out with figures already read for the administrations the reader may see.
	 *
	 * @throws se.livsviktig.report.exception.ReportExportMappingException if a row names a figure the report no
	 *         longer knows
	 */
	@Override
	public List<ReportExportLine> getExportLines(
			long groupId, List<ReportFigure> reportFigures)
		throws PortalException {

		ReportExportLayout reportExportLayout = new ReportExportLayout(
			_rules());

		return reportExportLayout.layOut(getMapping(groupId), reportFigures);
	}

	/**
	 * The site's saved rows in order, or the default mapping when it saved none.
	 */
	@Override
	public List<ReportExportMappingRow> getMapping(long groupId) {
		List<ReportExportRow> reportExportRows =
			reportExportRowPersistence.findByGroupId(groupId);

		if (reportExportRows.isEmpty()) {
			return ReportExportDefaultMapping.ROWS;
		}

		List<ReportExportMappingRow> reportExportMappingRows =
			new ArrayList<>();

		for (ReportExportRow reportExportRow : reportExportRows) {
			reportExportMappingRows.add(
				new ReportExportMappingRow(
					reportExportRow.getLabel(), reportExportRow.getFigureKey(),
					reportExportRow.getTrainingMethodId(),
					reportExportRow.getSex()));
		}

		return reportExportMappingRows;
	}

	/**
	 * @return whether the site has saved a mapping of its own, rather than exporting the default
	 */
	@Override
	public boolean hasSavedMapping(long groupId) {
		if (reportExportRowPersistence.countByGroupId(groupId) > 0) {
			return true;
		}

		return false;
	}

	/**
	 * Replaces the site's mapping with these rows, in this order, in one transaction. No rows: the site exports
	 * the default mapping again.
	 *
	 * @throws se.livsviktig.report.exception.ReportExportMappingException if a row has no label, names a figure
	 *         the report does not know or a sex it does not split by
	 * @throws ReportTrainingMethodException if a row names a training method not in the site's company
	 */
	@Override
	public List<ReportExportRow> updateMapping(
			long userId, long groupId,
			List<ReportExportMappingRow> reportExportMappingRows, Date now)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		_rules().validate(reportExportMappingRows);

		for (ReportExportMappingRow reportExportMappingRow :
				reportExportMappingRows) {

			_validateTrainingMethod(
				user.getCompanyId(),
				reportExportMappingRow.getTrainingMethodId());
		}

		reportExportRowPersistence.removeByGroupId(groupId);

		List<ReportExportRow> reportExportRows = new ArrayList<>();

		for (int i = 0; i < reportExportMappingRows.size(); i++) {
			ReportExportMappingRow reportExportMappingRow =
				reportExportMappingRows.get(i);

			ReportExportRow reportExportRow = reportExportRowPersistence.create(
				counterLocalService.increment());

			reportExportRow.setGroupId(groupId);
			reportExportRow.setCompanyId(user.getCompanyId());
			reportExportRow.setUserId(userId);
			reportExportRow.setUserName(user.getFullName());
			reportExportRow.setCreateDate(now);
			reportExportRow.setModifiedDate(now);
			reportExportRow.setPosition(i);
			reportExportRow.setLabel(reportExportMappingRow.getLabel().trim());
			reportExportRow.setFigureKey(reportExportMappingRow.getFigureKey());
			reportExportRow.setTrainingMethodId(
				reportExportMappingRow.getTrainingMethodId());
			reportExportRow.setSex(reportExportMappingRow.getSex());

			reportExportRows.add(
				reportExportRowPersistence.update(reportExportRow));
		}

		return reportExportRows;
	}

	private ReportExportMappingRules _rules() {
		return new ReportExportMappingRules(
			ReportFigureKeys.ALL, ReportSexes.ALL);
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

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
