package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.export.ParticipantCsvWriter;
import se.livsviktig.training.web.internal.export.ParticipantTable;

/**
 * The participant list as CSV, with every cell a spreadsheet could take for a formula neutralised.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.EXPORT_SESSION_PARTICIPANTS_CSV
	},
	service = MVCResourceCommand.class
)
public class ExportSessionParticipantsCsvMVCResourceCommand
	extends BaseExportSessionParticipantsMVCResourceCommand {

	@Override
	protected String getContentType() {
		return ParticipantCsvWriter.CONTENT_TYPE;
	}

	@Override
	protected String getFileName(long courseSessionId) {
		return "livsviktig-participants-" + courseSessionId + ".csv";
	}

	@Override
	protected void write(
			ParticipantTable participantTable, OutputStream outputStream)
		throws IOException {

		outputStream.write(new ParticipantCsvWriter().write(participantTable));
	}

}
