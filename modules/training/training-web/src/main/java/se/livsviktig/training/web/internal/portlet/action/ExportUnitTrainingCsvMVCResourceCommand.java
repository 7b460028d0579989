package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.export.ParticipantCsvWriter;
import se.livsviktig.training.web.internal.export.UnitTrainingExport;

/**
 * A unit's training as CSV, written like the participant list (formula cells neutralised).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.APPROVALS,
		"mvc.command.name=" + TrainingMVCCommandNames.EXPORT_UNIT_TRAINING_CSV
	},
	service = MVCResourceCommand.class
)
public class ExportUnitTrainingCsvMVCResourceCommand
	extends BaseExportUnitTrainingMVCResourceCommand {

	@Override
	protected String getContentType() {
		return ParticipantCsvWriter.CONTENT_TYPE;
	}

	@Override
	protected String getFileName(long organizationId) {
		return "livsviktig-unit-training-" + organizationId + ".csv";
	}

	@Override
	protected void write(
			UnitTrainingExport unitTrainingExport, OutputStream outputStream)
		throws IOException {

		outputStream.write(
			new ParticipantCsvWriter().write(unitTrainingExport.toTextTable()));
	}

}
