package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.IOException;
import java.io.OutputStream;

import java.util.List;
import java.util.Optional;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.display.context.AdminSessionParticipant;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsReader;
import se.livsviktig.training.web.internal.export.ParticipantTable;

/**
 * A session's participant list as a file, with the page's columns in the reader's language. The remote
 * services check that the reader may see the session (VIEW) and its participants (VIEW_PARTICIPANTS); a
 * refused reader gets 403 Forbidden and a session that does not exist 404 Not Found, both without a file
 * (ExportRefusal).
 *
 * @author Livsviktig
 */
public abstract class BaseExportSessionParticipantsMVCResourceCommand
	extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		SessionParticipantsReader sessionParticipantsReader =
			new SessionParticipantsReader(
				_registrationService, _userLocalService,
				_organizationLocalService, themeDisplay.getLocale(),
				themeDisplay.getTimeZone(
				).toZoneId());

		Optional<CourseSession> courseSessionOptional =
			ExportRefusal.readOrRefuse(
				resourceResponse,
				() -> _courseSessionService.getCourseSession(
					ParamUtil.getLong(resourceRequest, "courseSessionId")));

		if (!courseSessionOptional.isPresent()) {
			return;
		}

		CourseSession courseSession = courseSessionOptional.get();

		Optional<List<AdminSessionParticipant>> sessionParticipantsOptional =
			ExportRefusal.readOrRefuse(
				resourceResponse,
				() -> sessionParticipantsReader.read(
					courseSession.getCourseSessionId()));

		if (!sessionParticipantsOptional.isPresent()) {
			return;
		}

		List<AdminSessionParticipant> sessionParticipants =
			sessionParticipantsOptional.get();

		Course course = _courseLocalService.fetchCourse(
			courseSession.getCourseId());

		String title = (course == null) ? "" : course.getTitle(
			themeDisplay.getLocale());

		ParticipantTable participantTable =
			sessionParticipantsReader.toParticipantTable(
				title, sessionParticipants);

		resourceResponse.setContentType(getContentType());
		resourceResponse.setProperty(
			"Content-Disposition",
			"attachment; filename=\"" +
				getFileName(courseSession.getCourseSessionId()) + "\"");

		try (OutputStream outputStream =
				resourceResponse.getPortletOutputStream()) {

			write(participantTable, outputStream);
		}
	}

	protected abstract String getContentType();

	protected abstract String getFileName(long courseSessionId);

	protected abstract void write(
			ParticipantTable participantTable, OutputStream outputStream)
		throws IOException;

	// Protected, not private: SCR injects a superclass's field only when the subclass may access it; a
	// private one stays null although the component activates (T2's everyFieldReferenceIsOneSCRCanInject).

	@Reference
	protected CourseLocalService _courseLocalService;

	@Reference
	protected CourseSessionService _courseSessionService;

	@Reference
	protected OrganizationLocalService _organizationLocalService;

	@Reference
	protected RegistrationService _registrationService;

	@Reference
	protected UserLocalService _userLocalService;

}
