package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.export.ParticipantXlsxWriter;
import se.livsviktig.training.web.internal.export.UnitTrainingExport;
import se.livsviktig.training.web.internal.export.UnitTrainingXlsxWriter;

/**
 * A unit's training as an Excel workbook with number and date cells.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.APPROVALS,
		"mvc.command.name=" + TrainingMVCCommandNames.EXPORT_UNIT_TRAINING_XLSX
	},
	service = MVCResourceCommand.class
)
public class ExportUnitTrainingXlsxMVCResourceCommand
	extends BaseExportUnitTrainingMVCResourceCommand {

	@Override
	protected String getContentType() {
		return ParticipantXlsxWriter.CONTENT_TYPE;
	}

	@Override
	protected String getFileName(long organizationId) {
		return "livsviktig-unit-training-" + organizationId + ".xlsx";
	}

	@Override
	protected void write(
			UnitTrainingExport unitTrainingExport, OutputStream outputStream)
		throws IOException {

		new UnitTrainingXlsxWriter().write(unitTrainingExport, outputStream);
	}

}
