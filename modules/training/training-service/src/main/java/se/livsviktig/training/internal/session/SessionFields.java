package se.livsviktig.training.internal.session;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;

import se.livsviktig.training.internal.validator.CourseSessionValidator;
import se.livsviktig.training.model.CourseSession;

/**
 * What the coordinator's session form sets on a course session, as one value, so adding and changing a session
 * validate and store the same fields the same way.
 *
 * @author Livsviktig
 */
public final class SessionFields {

	public SessionFields(
		long coordinatorUserId, int deliveryMode, String venueName,
		String venueAddress, String locality, String onlineMeetingURL,
		int seats, Date registrationOpenDate, Date registrationCloseDate,
		Date cancellationDeadline, boolean approvalRequired, int waitlistMode,
		int offerHours, boolean dietaryNeedsRequested, String note,
		Date[] startDates, Date[] endDates, long[] audienceOrganizationIds) {

		_coordinatorUserId = coordinatorUserId;
		_deliveryMode = deliveryMode;
		_venueName = venueName;
		_venueAddress = venueAddress;
		_locality = locality;
		_onlineMeetingURL = onlineMeetingURL;
		_seats = seats;
		_registrationOpenDate = registrationOpenDate;
		_registrationCloseDate = registrationCloseDate;
		_cancellationDeadline = cancellationDeadline;
		_approvalRequired = approvalRequired;
		_waitlistMode = waitlistMode;
		_offerHours = offerHours;
		_dietaryNeedsRequested = dietaryNeedsRequested;
		_note = note;
		_startDates = startDates;
		_endDates = endDates;
		_audienceOrganizationIds = audienceOrganizationIds;
	}

	/**
	 * Sets the fields on the session, the seats too; its start is the first date's start, its end the last
	 * date's end, so lists and the catalogue sort and filter on the session's row alone.
	 */
	public void applyTo(CourseSession courseSession) {
		courseSession.setSeats(_seats);
		courseSession.setCoordinatorUserId(_coordinatorUserId);
		courseSession.setDeliveryMode(_deliveryMode);
		courseSession.setVenueName(_venueName);
		courseSession.setVenueAddress(_venueAddress);
		courseSession.setLocality(_locality);
		courseSession.setOnlineMeetingURL(_onlineMeetingURL);
		courseSession.setRegistrationOpenDate(_registrationOpenDate);
		courseSession.setRegistrationCloseDate(_registrationCloseDate);
		courseSession.setCancellationDeadline(_cancellationDeadline);
		courseSession.setApprovalRequired(_approvalRequired);
		courseSession.setWaitlistMode(_waitlistMode);
		courseSession.setOfferHours(_offerHours);
		courseSession.setDietaryNeedsRequested(_dietaryNeedsRequested);
		courseSession.setNote(_note);
		courseSession.setStartDate(_startDates[0]);
		courseSession.setEndDate(_endDates[_endDates.length - 1]);
	}

	public long[] getAudienceOrganizationIds() {
		return _audienceOrganizationIds;
	}

	public long getCoordinatorUserId() {
		return _coordinatorUserId;
	}

	public Date[] getEndDates() {
		return _endDates;
	}

	public int getSeats() {
		return _seats;
	}

	public Date[] getStartDates() {
		return _startDates;
	}

	/**
	 * Whether the session would happen somewhere else than now: another delivery mode, venue, address or
	 * meeting link (see {@link SessionChange#placeChanged}).
	 */
	public boolean placeChangedFrom(CourseSession courseSession) {
		return SessionChange.placeChanged(
			courseSession, _deliveryMode, _venueName, _venueAddress,
			_onlineMeetingURL);
	}

	/**
	 * Refuses bad input with the exception the form points at a field with (see {@link CourseSessionValidator}).
	 */
	public void validate() throws PortalException {
		CourseSessionValidator.validate(
			_deliveryMode, _venueName, _venueAddress, _locality,
			_onlineMeetingURL, _seats, _registrationOpenDate,
			_registrationCloseDate, _cancellationDeadline, _waitlistMode,
			_offerHours, _note, _startDates, _endDates);
	}

	private final boolean _approvalRequired;
	private final long[] _audienceOrganizationIds;
	private final Date _cancellationDeadline;
	private final long _coordinatorUserId;
	private final int _deliveryMode;
	private final boolean _dietaryNeedsRequested;
	private final Date[] _endDates;
	private final String _locality;
	private final String _note;
	private final int _offerHours;
	private final String _onlineMeetingURL;
	private final Date _registrationCloseDate;
	private final Date _registrationOpenDate;
	private final int _seats;
	private final Date[] _startDates;
	private final String _venueAddress;
	private final String _venueName;
	private final int _waitlistMode;

}
