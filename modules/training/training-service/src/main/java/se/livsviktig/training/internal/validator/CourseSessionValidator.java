package se.livsviktig.training.internal.validator;

import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.util.Validator;

import java.util.Date;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.SessionDatesException;
import se.livsviktig.training.exception.SessionDeadlineException;
import se.livsviktig.training.exception.SessionSeatsException;
import se.livsviktig.training.exception.SessionVenueException;
import se.livsviktig.training.model.CourseSession;

/**
 * The rules a course session's own fields follow, each broken rule its own exception so the form can point
 * at the field: seats, the session dates, the deadlines, and a place to be (a venue, a meeting link, or
 * both).
 *
 * @author Livsviktig
 */
public class CourseSessionValidator {

	public static final int MAX_OFFER_HOURS = 168;

	public static void validate(
			int deliveryMode, String venueName, String venueAddress,
			String locality, String onlineMeetingURL, int seats,
			Date registrationOpenDate, Date registrationCloseDate,
			Date cancellationDeadline, int waitlistMode, int offerHours,
			String note, Date[] startDates, Date[] endDates)
		throws SessionDatesException, SessionDeadlineException,
			   SessionSeatsException, SessionVenueException {

		if ((seats < 1) || (seats > CourseSessionConstants.MAX_SEATS)) {
			throw new SessionSeatsException(
				"A session has 1 to " + CourseSessionConstants.MAX_SEATS +
					" seats, not " + seats);
		}

		if ((waitlistMode != CourseSessionConstants.WAITLIST_MODE_AUTOMATIC) &&
			(waitlistMode != CourseSessionConstants.WAITLIST_MODE_OFFER)) {

			throw new SessionSeatsException("Unknown waitlist mode " + waitlistMode);
		}

		if ((waitlistMode == CourseSessionConstants.WAITLIST_MODE_OFFER) &&
			((offerHours < 0) || (offerHours > MAX_OFFER_HOURS))) {

			throw new SessionSeatsException(
				"An offer is held 0 (the default) to " + MAX_OFFER_HOURS +
					" hours, not " + offerHours);
		}

		_validateDates(startDates, endDates);

		Date firstStart = startDates[0];

		if ((registrationOpenDate != null) && (registrationCloseDate != null) &&
			!registrationOpenDate.before(registrationCloseDate)) {

			throw new SessionDeadlineException.RegistrationWindow(
				"Registration must open before it closes");
		}

		if ((registrationCloseDate != null) &&
			registrationCloseDate.after(firstStart)) {

			throw new SessionDeadlineException.RegistrationWindow(
				"Registration must close before the first date starts");
		}

		if ((cancellationDeadline != null) &&
			cancellationDeadline.after(firstStart)) {

			throw new SessionDeadlineException.CancellationDeadline(
				"The cancellation deadline must not be after the start");
		}

		_validateVenue(
			deliveryMode, venueName, venueAddress, locality, onlineMeetingURL,
			note);
	}

	private static void _validateDates(Date[] startDates, Date[] endDates)
		throws SessionDatesException {

		if ((startDates == null) || (endDates == null) ||
			(startDates.length == 0) ||
			(startDates.length != endDates.length)) {

			throw new SessionDatesException(
				"A session needs at least one date with a start and an end");
		}

		Date previousEnd = null;

		for (int i = 0; i < startDates.length; i++) {
			if ((startDates[i] == null) || (endDates[i] == null) ||
				!startDates[i].before(endDates[i])) {

				throw new SessionDatesException(
					"Date " + (i + 1) + " must end after it starts");
			}

			if ((previousEnd != null) && startDates[i].before(previousEnd)) {
				throw new SessionDatesException(
					"Date " + (i + 1) +
						" must start after the one before it ends");
			}

			previousEnd = endDates[i];
		}
	}

	private static void _validateLength(String field, String value)
		throws SessionVenueException {

		if ((value != null) &&
			(value.length() >
				ModelHintsUtil.getMaxLength(
					CourseSession.class.getName(), field))) {

			throw new SessionVenueException(field + " is too long");
		}
	}

	private static void _validateVenue(
			int deliveryMode, String venueName, String venueAddress,
			String locality, String onlineMeetingURL, String note)
		throws SessionVenueException {

		if ((deliveryMode != CourseSessionConstants.DELIVERY_MODE_HYBRID) &&
			(deliveryMode != CourseSessionConstants.DELIVERY_MODE_ON_SITE) &&
			(deliveryMode != CourseSessionConstants.DELIVERY_MODE_ONLINE)) {

			throw new SessionVenueException(
				"Unknown delivery mode " + deliveryMode);
		}

		if ((deliveryMode != CourseSessionConstants.DELIVERY_MODE_ONLINE) &&
			Validator.isNull(venueName)) {

			throw new SessionVenueException.MustHaveVenue(
				"A session on site needs a venue");
		}

		if (deliveryMode != CourseSessionConstants.DELIVERY_MODE_ON_SITE) {
			if (Validator.isNull(onlineMeetingURL)) {
				throw new SessionVenueException.MustHaveMeetingURL(
					"An online session needs a meeting link");
			}

			if (!Validator.isUrl(onlineMeetingURL) ||
				!onlineMeetingURL.startsWith("https://")) {

				throw new SessionVenueException.MustHaveMeetingURL(
					"The meeting link must be an https:// address");
			}
		}

		_validateLength("venueName", venueName);
		_validateLength("venueAddress", venueAddress);
		_validateLength("locality", locality);
		_validateLength("onlineMeetingURL", onlineMeetingURL);

		if ((note != null) && (note.length() > 4000)) {
			throw new SessionVenueException("note is too long");
		}
	}

}
