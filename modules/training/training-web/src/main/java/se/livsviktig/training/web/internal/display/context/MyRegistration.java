package se.livsviktig.training.web.internal.display.context;

/**
 * One of the user's registrations as Mina utbildningar shows it: what, when, where, its state and what the
 * user may still do with it. Texts are plain (not escaped); the view escapes them.
 *
 * @author Livsviktig
 */
public class MyRegistration {

	public String getCancellationDeadline() {
		return _cancellationDeadline;
	}

	/**
	 * @return where to fetch the registration's calendar file, or null when it holds no seat and so has no
	 *         meeting to put in a calendar
	 */
	public String getCalendarURL() {
		return _calendarURL;
	}

	/**
	 * @return where to fetch the course certificate (kursintyg), or null unless the course was completed
	 */
	public String getCertificateURL() {
		return _certificateURL;
	}

	public String getContactEmailAddress() {
		return _contactEmailAddress;
	}

	public String getContactName() {
		return _contactName;
	}

	public String getCourseTitle() {
		return _courseTitle;
	}

	public String getDates() {
		return _dates;
	}

	public String getMethodName() {
		return _methodName;
	}

	public String getOfferExpiration() {
		return _offerExpiration;
	}

	public String getPlace() {
		return _place;
	}

	public long getRegistrationId() {
		return _registrationId;
	}

	public int getStatus() {
		return _status;
	}

	public String getStatusLabelKey() {
		return _statusLabelKey;
	}

	/**
	 * @return the place in line, 1 for the next to get a seat; 0 when not waitlisted
	 */
	public int getWaitlistPosition() {
		return _waitlistPosition;
	}

	/**
	 * @return whether the user may still cancel it themselves: an upcoming registration before the session's
	 *         cancellation deadline (an offered seat is declined instead)
	 */
	public boolean isCancellable() {
		return _cancellable;
	}

	/**
	 * @return whether it is upcoming but past the cancellation deadline, so only a coordinator can cancel it
	 */
	public boolean isCancellationDeadlinePassed() {
		return _cancellationDeadlinePassed;
	}

	public boolean isOffered() {
		return _offered;
	}

	public boolean isOnline() {
		return _online;
	}

	MyRegistration(
		long registrationId, int status, String statusLabelKey,
		String courseTitle, String methodName, String dates, String place,
		boolean online) {

		_registrationId = registrationId;
		_status = status;
		_statusLabelKey = statusLabelKey;
		_courseTitle = courseTitle;
		_methodName = methodName;
		_dates = dates;
		_place = place;
		_online = online;
	}

	void setCancellable(boolean cancellable, String cancellationDeadline) {
		_cancellable = cancellable;
		_cancellationDeadline = cancellationDeadline;
	}

	void setCancellationDeadlinePassed(
		String contactName, String contactEmailAddress) {

		_cancellationDeadlinePassed = true;
		_contactName = contactName;
		_contactEmailAddress = contactEmailAddress;
	}

	void setOffered(String offerExpiration) {
		_offered = true;
		_offerExpiration = offerExpiration;
	}

	void setCertificateURL(String certificateURL) {
		_certificateURL = certificateURL;
	}

	void setCalendarURL(String calendarURL) {
		_calendarURL = calendarURL;
	}

	void setWaitlistPosition(int waitlistPosition) {
		_waitlistPosition = waitlistPosition;
	}

	private String _calendarURL;
	private String _certificateURL;
	private boolean _cancellable;
	private String _cancellationDeadline;
	private boolean _cancellationDeadlinePassed;
	private String _contactEmailAddress;
	private String _contactName;
	private final String _courseTitle;
	private final String _dates;
	private final String _methodName;
	private boolean _offered;
	private String _offerExpiration;
	private final boolean _online;
	private final String _place;
	private final long _registrationId;
	private final int _status;
	private final String _statusLabelKey;
	private int _waitlistPosition;

}
