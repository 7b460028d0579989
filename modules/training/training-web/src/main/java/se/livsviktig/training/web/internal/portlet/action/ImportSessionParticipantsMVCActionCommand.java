package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import java.nio.charset.StandardCharsets;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.registration.RegistrationImportReport;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;

/**
 * Registers the people of a CSV file a coordinator uploads (or a list pasted in): one e-mail address or
 * screen name per line. "Check" only reports line by line what would happen; "register" registers them all
 * when every line is valid, and otherwise registers nobody and reports which lines to correct.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.IMPORT_SESSION_PARTICIPANTS
	},
	service = MVCActionCommand.class
)
public class ImportSessionParticipantsMVCActionCommand
	extends BaseSessionParticipantsMVCActionCommand {

	/**
	 * A list larger than this is not a session's participants.
	 */
	public static final int MAX_BYTES = 1024 * 1024;

	@Override
	protected String[] act(ActionRequest actionRequest) throws PortalException {
		String csv = _readCsv(actionRequest);

		if (Validator.isNull(csv)) {
			throw new ParticipantListMissingException(
				"Neither a file nor a pasted list was given");
		}

		boolean dryRun = ParamUtil.getBoolean(actionRequest, "dryRun");

		ServiceContext serviceContext = ServiceContextFactory.getInstance(
			Registration.class.getName(), actionRequest);

		RegistrationImportReport registrationImportReport =
			_registrationService.importRegistrations(
				ParamUtil.getLong(actionRequest, "courseSessionId"), csv,
				dryRun, serviceContext);

		SessionMessages.add(
			actionRequest, SessionParticipantsDisplayContext.IMPORT_REPORT_KEY,
			registrationImportReport);

		if (registrationImportReport.isRegistered()) {
			return new String[] {
				"x-people-were-registered-from-the-list",
				String.valueOf(
					registrationImportReport.getRows(
					).size())
			};
		}

		if (registrationImportReport.isValid()) {
			return new String[] {
				"every-line-of-the-list-can-be-registered",
				String.valueOf(
					registrationImportReport.getRows(
					).size())
			};
		}

		return new String[] {
			"nobody-was-registered-x-lines-need-correcting",
			String.valueOf(registrationImportReport.getInvalidCount())
		};
	}

	@Override
	protected String getForm() {
		return SessionParticipantsDisplayContext.FORM_IMPORT;
	}

	private String _readCsv(ActionRequest actionRequest)
		throws PortalException {

		UploadPortletRequest uploadPortletRequest =
			_portal.getUploadPortletRequest(actionRequest);

		if ((uploadPortletRequest != null) &&
			(uploadPortletRequest.getSize("csvFile") != null) &&
			(uploadPortletRequest.getSize("csvFile") > 0)) {

			try (InputStream inputStream = uploadPortletRequest.getFileAsStream(
					"csvFile")) {

				return _read(inputStream);
			}
			catch (IOException ioException) {
				throw new ParticipantListMissingException(ioException);
			}
		}

		String csv = ParamUtil.getString(actionRequest, "csv");

		if ((uploadPortletRequest != null) && Validator.isNull(csv)) {
			csv = ParamUtil.getString(uploadPortletRequest, "csv");
		}

		return csv;
	}

	private String _read(InputStream inputStream) throws IOException {
		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		byte[] buffer = new byte[8192];

		int read;

		while ((read = inputStream.read(buffer)) != -1) {
			byteArrayOutputStream.write(buffer, 0, read);

			if (byteArrayOutputStream.size() > MAX_BYTES) {
				throw new IOException(
					"A participant list may have at most " + MAX_BYTES +
						" bytes");
			}
		}

		String csv = new String(
			byteArrayOutputStream.toByteArray(), StandardCharsets.UTF_8);

		// A spreadsheet's UTF-8 export starts with a byte order mark

		if (csv.startsWith("\uFEFF")) {
			csv = csv.substring(1);
		}

		return csv;
	}

	@Reference
	private Portal _portal;

	@Reference
	private RegistrationService _registrationService;

}
