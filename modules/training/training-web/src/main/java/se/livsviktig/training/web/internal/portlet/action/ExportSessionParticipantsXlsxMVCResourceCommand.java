package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.export.ParticipantTable;
import se.livsviktig.training.web.internal.export.ParticipantXlsxWriter;

/**
 * The participant list as an Excel workbook (fastexcel, embedded in the bundle).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.EXPORT_SESSION_PARTICIPANTS_XLSX
	},
	service = MVCResourceCommand.class
)
public class ExportSessionParticipantsXlsxMVCResourceCommand
	extends BaseExportSessionParticipantsMVCResourceCommand {

	@Override
	protected String getContentType() {
		return ParticipantXlsxWriter.CONTENT_TYPE;
	}

	@Override
	protected String getFileName(long courseSessionId) {
		return "livsviktig-participants-" + courseSessionId + ".xlsx";
	}

	@Override
	protected void write(
			ParticipantTable participantTable, OutputStream outputStream)
		throws IOException {

		new ParticipantXlsxWriter().write(participantTable, outputStream);
	}

}
