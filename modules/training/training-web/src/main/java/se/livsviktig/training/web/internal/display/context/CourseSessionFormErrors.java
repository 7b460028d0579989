package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.RequiredCourseSessionException;
import se.livsviktig.training.exception.SessionDatesException;
import se.livsviktig.training.exception.SessionDeadlineException;
import se.livsviktig.training.exception.SessionQuotaException;
import se.livsviktig.training.exception.SessionSeatsException;
import se.livsviktig.training.exception.SessionVenueException;
import se.livsviktig.training.model.CourseSession;

/**
 * Why the session form's last save or action was refused: each typed exception of the service as a localised
 * message next to the field it is about, and a general message for a refusal without a field of its own.
 *
 * @author Livsviktig
 */
public class CourseSessionFormErrors {

	/**
	 * The service's typed exceptions, each stored in SessionErrors under its base class's name.
	 */
	public static final List<Class<? extends Exception>> ERRORS = List.of(
		CancellationReasonException.class, NoSuchCourseException.class,
		RegistrationStatusException.class,
		RequiredCourseSessionException.class, SessionDatesException.class,
		SessionDeadlineException.class, SessionQuotaException.class,
		SessionSeatsException.class, SessionVenueException.class);

	/**
	 * @param courseSession the saved session, null for a new one; a refusal to go below the seats taken names
	 *        how many are taken
	 */
	public CourseSessionFormErrors(
		RenderRequest renderRequest, CourseSession courseSession) {

		_renderRequest = renderRequest;
		_courseSession = courseSession;
	}

	/**
	 * @return why the last save or action was refused, each message linked to the field it is about
	 */
	public List<FormError> get() {
		List<FormError> errors = new ArrayList<>();

		for (Class<? extends Exception> errorClass : ERRORS) {
			Object exception = SessionErrors.get(
				_renderRequest, errorClass.getName());

			if (exception != null) {
				errors.add(_toFormError(exception));
			}
		}

		return errors;
	}

	private FormError _toFormError(Object exception) {
		if (exception instanceof CancellationReasonException) {
			return new FormError(
				"cancellationReason", "give-a-reason-for-the-participants");
		}

		if (exception instanceof NoSuchCourseException) {
			return new FormError("courseId", "choose-a-course");
		}

		if (exception instanceof RequiredCourseSessionException) {
			return new FormError(
				"", "the-session-has-registrations-cancel-or-archive-it");
		}

		if (exception instanceof SessionDatesException) {
			return new FormError(
				"startDate0", "each-date-must-end-after-it-starts");
		}

		if (exception instanceof SessionDeadlineException.CancellationDeadline) {
			return new FormError(
				"cancellationDeadline",
				"the-cancellation-deadline-may-not-be-after-the-start");
		}

		if (exception instanceof SessionDeadlineException) {
			return new FormError(
				"registrationOpenDate",
				"registration-must-open-before-it-closes-and-close-before-the-start");
		}

		if (exception instanceof SessionQuotaException) {
			return new FormError(
				"quotaOrganizationId0", "each-quota-needs-an-organisation");
		}

		if (exception instanceof SessionSeatsException.MustNotBeBelowSeatsTaken) {
			return new FormError(
				"seats", "the-seats-may-not-be-fewer-than-those-taken-x",
				_courseSession.getSeatsTaken());
		}

		if (exception instanceof SessionSeatsException) {
			return new FormError(
				"seats", "enter-1-to-x-seats-and-0-to-x-offer-hours",
				CourseSessionConstants.MAX_SEATS, _MAX_OFFER_HOURS);
		}

		if (exception instanceof SessionVenueException.MustHaveVenue) {
			return new FormError("venueName", "a-session-on-site-needs-a-venue");
		}

		if (exception instanceof SessionVenueException.MustHaveMeetingURL) {
			return new FormError(
				"onlineMeetingURL", "an-online-session-needs-an-https-link");
		}

		if (exception instanceof SessionVenueException.MustHaveCoordinator) {
			return new FormError(
				"", "the-coordinator-must-be-a-user-of-the-company");
		}

		if (exception instanceof SessionVenueException) {
			return new FormError(
				"venueName", "the-place-link-or-note-is-too-long");
		}

		return new FormError(
			"", "the-session-cannot-do-that-in-its-current-state");
	}

	/**
	 * CourseSessionValidator.MAX_OFFER_HOURS, which the API does not export.
	 */
	private static final int _MAX_OFFER_HOURS = 168;

	private final CourseSession _courseSession;
	private final RenderRequest _renderRequest;

}
