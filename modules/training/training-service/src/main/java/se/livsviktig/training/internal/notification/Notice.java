package se.livsviktig.training.internal.notification;

import java.util.Collections;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionInstructor;

/**
 * One notice to one person. Its key names it uniquely in the company, so sending it twice, from a retried
 * job or from a second cluster node, is recognised and refused.
 *
 * @author Livsviktig
 */
public class Notice {

	public static Notice forRegistration(
		String type, Registration registration) {

		return new Notice(
			type, registration.getCompanyId(), registration.getGroupId(),
			registration.getUserId(), registration.getRegistrationId(),
			registration.getCourseSessionId(),
			"registration/" + registration.getRegistrationId() + "/" + type +
				"/" + registration.getCalendarSequence());
	}

	/**
	 * A notice the participant gets once in the registration's life, whatever changes after it: the reminder.
	 */
	public static Notice onceForRegistration(
		String type, Registration registration) {

		return new Notice(
			type, registration.getCompanyId(), registration.getGroupId(),
			registration.getUserId(), registration.getRegistrationId(),
			registration.getCourseSessionId(),
			"registration/" + registration.getRegistrationId() + "/" + type);
	}

	/**
	 * A notice about a registration to someone else than the participant, such as an approver. Sent once per
	 * recipient.
	 */
	public static Notice forRegistration(
		String type, Registration registration, long recipientUserId) {

		return new Notice(
			type, registration.getCompanyId(), registration.getGroupId(),
			recipientUserId, registration.getRegistrationId(),
			registration.getCourseSessionId(),
			"registration/" + registration.getRegistrationId() + "/" + type +
				"/to/" + recipientUserId);
	}

	/**
	 * @param occasion what makes this notice distinct from earlier ones of the same type, e.g. the
	 *        registration whose cancellation freed a seat
	 */
	public static Notice forSession(
		String type, CourseSession courseSession, long recipientUserId,
		String occasion) {

		return new Notice(
			type, courseSession.getCompanyId(), courseSession.getGroupId(),
			recipientUserId, 0, courseSession.getCourseSessionId(),
			"session/" + courseSession.getCourseSessionId() + "/" + type +
				"/to/" + recipientUserId + "/" + occasion);
	}

	public static Notice forSessionInstructor(
		String type, SessionInstructor sessionInstructor) {

		return new Notice(
			type, sessionInstructor.getCompanyId(),
			sessionInstructor.getGroupId(),
			sessionInstructor.getInstructorUserId(), 0,
			sessionInstructor.getCourseSessionId(),
			"session/" + sessionInstructor.getCourseSessionId() + "/" + type +
				"/to/" + sessionInstructor.getInstructorUserId() + "/" +
					sessionInstructor.getSessionInstructorId());
	}

	/**
	 * The same notice, knowing the session's dates before a change of its dates, so the calendar entries of
	 * the dates it no longer has are cancelled. Not part of the key: the SEQUENCE already is.
	 *
	 * @param previousDates each date as {start, end}, in order
	 */
	public Notice withPreviousDates(List<Date[]> previousDates) {
		Notice notice = _copy();

		notice._previousDates = previousDates;

		return notice;
	}

	/**
	 * The same notice, carrying the rows it tells of as the raising transaction wrote them, so that its content
	 * is written after the commit without reading them again. For rows that transaction inserted or holds locked:
	 * nothing else can have changed them before its commit.
	 */
	public Notice withRows(
		Registration registration, CourseSession courseSession) {

		Notice notice = _copy();

		notice._registration = registration;
		notice._courseSession = courseSession;

		return notice;
	}

	/**
	 * The same notice, knowing the recipient's place on the waitlist as the raising transaction left it under the
	 * session's row lock: a new waitlisted registration is last in line, so its place is the session's waitlisted
	 * count. Its content then needs no count of those ahead after the commit (a statement no cache answers, since
	 * every registration changes the count).
	 *
	 * @param waitlistPosition 1 for the first in line
	 */
	public Notice withWaitlistPosition(int waitlistPosition) {
		Notice notice = _copy();

		notice._waitlistPosition = waitlistPosition;

		return notice;
	}

	public long getCompanyId() {
		return _companyId;
	}

	public long getCourseSessionId() {
		return _courseSessionId;
	}

	public long getGroupId() {
		return _groupId;
	}

	public String getKey() {
		return _key;
	}

	/**
	 * @return the session's dates before the change this notice tells of, each as {start, end}; empty when
	 *         the notice tells of no change of dates
	 */
	public List<Date[]> getPreviousDates() {
		return _previousDates;
	}

	public long getRecipientUserId() {
		return _recipientUserId;
	}

	public long getRegistrationId() {
		return _registrationId;
	}

	public String getType() {
		return _type;
	}

	/**
	 * @return the recipient's place on the waitlist when the notice was raised, or 0 when the notice does not carry
	 *         it
	 */
	public int getWaitlistPosition() {
		return _waitlistPosition;
	}

	@Override
	public String toString() {
		return _key;
	}

	/**
	 * The content written for this notice by the first of its deliveries, for the others (see
	 * NoticeContentFactory); <code>null</code> before.
	 */
	NoticeContent getContent() {
		return _content;
	}

	/**
	 * @return the session as the raising transaction wrote it, or <code>null</code> when the notice does not carry
	 *         it
	 */
	CourseSession getCourseSession() {
		return _courseSession;
	}

	/**
	 * @return the registration as the raising transaction wrote it, or <code>null</code> when the notice does not
	 *         carry it
	 */
	Registration getRegistration() {
		return _registration;
	}

	void setContent(NoticeContent content) {
		_content = content;
	}

	private Notice _copy() {
		Notice notice = new Notice(
			_type, _companyId, _groupId, _recipientUserId, _registrationId,
			_courseSessionId, _key);

		notice._courseSession = _courseSession;
		notice._previousDates = _previousDates;
		notice._registration = _registration;
		notice._waitlistPosition = _waitlistPosition;

		return notice;
	}

	private Notice(
		String type, long companyId, long groupId, long recipientUserId,
		long registrationId, long courseSessionId, String key) {

		_type = type;
		_companyId = companyId;
		_groupId = groupId;
		_recipientUserId = recipientUserId;
		_registrationId = registrationId;
		_courseSessionId = courseSessionId;
		_key = key;
	}

	private final long _companyId;

	/**
	 * Written by the deliveries of one dispatch, one after the other on the dispatching thread.
	 */
	private NoticeContent _content;

	private CourseSession _courseSession;
	private final long _courseSessionId;
	private final long _groupId;
	private final String _key;
	private List<Date[]> _previousDates = Collections.emptyList();
	private final long _recipientUserId;
	private Registration _registration;
	private final long _registrationId;
	private final String _type;
	private int _waitlistPosition;

}
