package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import java.io.OutputStream;

import java.net.HttpURLConnection;

import java.nio.charset.StandardCharsets;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The registration's calendar file, every session date in one file to import (METHOD:PUBLISH, named in the
 * content type as RFC 5545 asks), with the UIDs and SEQUENCE of the e-mailed entries, for people who lost the
 * e-mail or want it in another calendar. The service checks that the user may see the
 * registration; a refusal reaches the portal as an error, never as someone else's file.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.MY_TRAINING,
		"mvc.command.name=" + TrainingMVCCommandNames.DOWNLOAD_REGISTRATION_CALENDAR
	},
	service = MVCResourceCommand.class
)
public class DownloadRegistrationCalendarMVCResourceCommand
	extends BaseMVCResourceCommand {

	public static final String CONTENT_TYPE =
		"text/calendar; method=PUBLISH; charset=UTF-8";

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		long registrationId = ParamUtil.getLong(
			resourceRequest, "registrationId");

		String calendar = _registrationService.getRegistrationCalendar(
			registrationId);

		if (calendar == null) {
			resourceResponse.setProperty(
				ResourceResponse.HTTP_STATUS_CODE,
				String.valueOf(HttpURLConnection.HTTP_NOT_FOUND));

			return;
		}

		byte[] bytes = calendar.getBytes(StandardCharsets.UTF_8);

		resourceResponse.setContentType(CONTENT_TYPE);
		resourceResponse.setContentLength(bytes.length);
		resourceResponse.setProperty(
			"Content-Disposition",
			"attachment; filename=\"" + getFileName(registrationId) + "\"");

		try (OutputStream outputStream =
				resourceResponse.getPortletOutputStream()) {

			outputStream.write(bytes);
		}
	}

	protected static String getFileName(long registrationId) {
		return "livsviktig-registration-" + registrationId + ".ics";
	}

	@Reference
	private RegistrationService _registrationService;

}
