package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.AdminCourseSessionsDisplayContext;
import se.livsviktig.training.web.internal.display.context.DateTimeInputs;

/**
 * Saves a session and its quotas through the remote service: a new one needs ADD_SESSION on its course, a
 * saved one UPDATE on itself. Empty date and quota rows are left out; a half-filled row goes to the service,
 * which refuses it with the typed exception the form explains.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.ADMIN_EDIT_COURSE_SESSION
	},
	service = MVCActionCommand.class
)
public class AdminEditCourseSessionMVCActionCommand
	extends BaseAdminCourseSessionMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		ZoneId zoneId = themeDisplay.getTimeZone(
		).toZoneId();

		long courseSessionId = ParamUtil.getLong(
			actionRequest, "courseSessionId");

		int deliveryMode = ParamUtil.getInteger(actionRequest, "deliveryMode");
		String venueName = ParamUtil.getString(actionRequest, "venueName");
		String venueAddress = ParamUtil.getString(
			actionRequest, "venueAddress");
		String locality = ParamUtil.getString(actionRequest, "locality");
		String onlineMeetingURL = ParamUtil.getString(
			actionRequest, "onlineMeetingURL");
		int seats = ParamUtil.getInteger(actionRequest, "seats");
		Date registrationOpenDate = DateTimeInputs.parseDateTime(
			ParamUtil.getString(actionRequest, "registrationOpenDate"), zoneId);
		Date registrationCloseDate = DateTimeInputs.parseDateTime(
			ParamUtil.getString(actionRequest, "registrationCloseDate"),
			zoneId);
		Date cancellationDeadline = DateTimeInputs.parseDateTime(
			ParamUtil.getString(actionRequest, "cancellationDeadline"), zoneId);
		boolean approvalRequired = ParamUtil.getBoolean(
			actionRequest, "approvalRequired");
		int waitlistMode = ParamUtil.getInteger(actionRequest, "waitlistMode");
		int offerHours = ParamUtil.getInteger(actionRequest, "offerHours");
		boolean dietaryNeedsRequested = ParamUtil.getBoolean(
			actionRequest, "dietaryNeedsRequested");
		String note = ParamUtil.getString(actionRequest, "note");
		long[] audienceOrganizationIds = ParamUtil.getLongValues(
			actionRequest, "audienceOrganizationIds");

		List<Date> startDates = new ArrayList<>();
		List<Date> endDates = new ArrayList<>();

		int dateCount = ParamUtil.getInteger(actionRequest, "dateCount");

		for (int i = 0; i < dateCount; i++) {
			String start = ParamUtil.getString(actionRequest, "startDate" + i);
			String end = ParamUtil.getString(actionRequest, "endDate" + i);

			if (Validator.isNull(start) && Validator.isNull(end)) {
				continue;
			}

			startDates.add(DateTimeInputs.parseDateTime(start, zoneId));
			endDates.add(DateTimeInputs.parseDateTime(end, zoneId));
		}

		List<Long> quotaOrganizationIds = new ArrayList<>();
		List<Integer> quotaSeats = new ArrayList<>();
		List<Date> quotaReleaseDates = new ArrayList<>();

		int quotaCount = ParamUtil.getInteger(actionRequest, "quotaCount");

		for (int i = 0; i < quotaCount; i++) {
			long organizationId = ParamUtil.getLong(
				actionRequest, "quotaOrganizationId" + i);
			String quotaSeatsValue = ParamUtil.getString(
				actionRequest, "quotaSeats" + i);
			String releaseDate = ParamUtil.getString(
				actionRequest, "quotaReleaseDate" + i);

			if ((organizationId <= 0) && Validator.isNull(quotaSeatsValue) &&
				Validator.isNull(releaseDate)) {

				continue;
			}

			quotaOrganizationIds.add(organizationId);
			quotaSeats.add(ParamUtil.getInteger(actionRequest, "quotaSeats" + i));
			quotaReleaseDates.add(
				DateTimeInputs.parseDate(releaseDate, zoneId));
		}

		ServiceContext serviceContext = ServiceContextFactory.getInstance(
			CourseSession.class.getName(), actionRequest);

		CourseSession courseSession;

		if (courseSessionId <= 0) {
			courseSession = _courseSessionService.addCourseSession(
				ParamUtil.getLong(actionRequest, "courseId"),
				themeDisplay.getUserId(), deliveryMode, venueName, venueAddress,
				locality, onlineMeetingURL, seats, registrationOpenDate,
				registrationCloseDate, cancellationDeadline, approvalRequired,
				waitlistMode, offerHours, dietaryNeedsRequested, note,
				startDates.toArray(new Date[0]), endDates.toArray(new Date[0]),
				audienceOrganizationIds, serviceContext);

			// A refused quota must bring back the form of the session just created, not a second new one.

			actionRequest.setAttribute(
				_CREATED_COURSE_SESSION_ID, courseSession.getCourseSessionId());
		}
		else {
			CourseSession storedCourseSession =
				_courseSessionService.getCourseSession(courseSessionId);

			courseSession = _courseSessionService.updateCourseSession(
				courseSessionId, storedCourseSession.getCoordinatorUserId(),
				deliveryMode, venueName, venueAddress, locality,
				onlineMeetingURL, seats, registrationOpenDate,
				registrationCloseDate, cancellationDeadline, approvalRequired,
				waitlistMode, offerHours, dietaryNeedsRequested, note,
				startDates.toArray(new Date[0]), endDates.toArray(new Date[0]),
				audienceOrganizationIds, serviceContext);
		}

		_courseSessionService.updateSessionQuotas(
			courseSession.getCourseSessionId(),
			quotaOrganizationIds.stream(
			).mapToLong(
				Long::longValue
			).toArray(),
			quotaSeats.stream(
			).mapToInt(
				Integer::intValue
			).toArray(),
			quotaReleaseDates.toArray(new Date[0]));

		return AdminCourseSessionsDisplayContext.SAVED_MESSAGE_KEY;
	}

	@Override
	protected long getCourseSessionId(ActionRequest actionRequest) {
		Object createdCourseSessionId = actionRequest.getAttribute(
			_CREATED_COURSE_SESSION_ID);

		if (createdCourseSessionId != null) {
			return (Long)createdCourseSessionId;
		}

		return super.getCourseSessionId(actionRequest);
	}

	@Override
	protected Portal getPortal() {
		return _portal;
	}

	private static final String _CREATED_COURSE_SESSION_ID =
		AdminEditCourseSessionMVCActionCommand.class.getName() +
			"#createdCourseSessionId";

	@Reference
	private CourseSessionService _courseSessionService;

	@Reference
	private Portal _portal;

}
