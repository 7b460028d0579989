package se.livsviktig.training.web.internal.display.context;

import java.util.List;

/**
 * One request in the approvals list, as the manager reads it: who, from which organisation, for what, when and
 * where, why, how long the seat is held, and the comment field's value (what was typed before a refused
 * decision, otherwise empty). Every text is plain; the view escapes it.
 *
 * @author Livsviktig
 */
public class ApprovalRequest {

	public ApprovalRequest(
		long registrationId, String personName, String organizationName,
		String courseTitle, String trainingMethodName, List<String> dates,
		String place, String deliveryModeKey, String motivation,
		String holdExpiration, String comment, boolean highlighted,
		boolean ownRequest) {

		_registrationId = registrationId;
		_personName = personName;
		_organizationName = organizationName;
		_courseTitle = courseTitle;
		_trainingMethodName = trainingMethodName;
		_dates = dates;
		_place = place;
		_deliveryModeKey = deliveryModeKey;
		_motivation = motivation;
		_holdExpiration = holdExpiration;
		_comment = comment;
		_highlighted = highlighted;
		_ownRequest = ownRequest;
	}

	public String getComment() {
		return _comment;
	}

	public String getCourseTitle() {
		return _courseTitle;
	}

	/**
	 * @return each session date as "2 dec. 2026 09:00–16:00", in the reader's language and time zone
	 */
	public List<String> getDates() {
		return _dates;
	}

	/**
	 * @return the language key that says the session is online or hybrid, or null when it is on site only
	 */
	public String getDeliveryModeKey() {
		return _deliveryModeKey;
	}

	/**
	 * @return when the held seat is released unless someone decides, or empty when nothing is held
	 */
	public String getHoldExpiration() {
		return _holdExpiration;
	}

	public String getMotivation() {
		return _motivation;
	}

	public String getOrganizationName() {
		return _organizationName;
	}

	public String getPersonName() {
		return _personName;
	}

	public String getPlace() {
		return _place;
	}

	public long getRegistrationId() {
		return _registrationId;
	}

	/**
	 * @return what the request is for in a few words, the course and its first date, which tells two requests
	 *         from one person apart for those who hear the form rather than see its row
	 */
	public String getSubject() {
		if (_dates.isEmpty()) {
			return _courseTitle;
		}

		return _courseTitle + ", " + _dates.get(0);
	}

	public String getTrainingMethodName() {
		return _trainingMethodName;
	}

	/**
	 * @return whether the reader came for this request (the e-mail's link, or a decision on it that was refused)
	 */
	public boolean isHighlighted() {
		return _highlighted;
	}

	/**
	 * @return whether it is the reader's own request, which someone else must decide
	 */
	public boolean isOwnRequest() {
		return _ownRequest;
	}

	private final String _comment;
	private final String _courseTitle;
	private final List<String> _dates;
	private final String _deliveryModeKey;
	private final boolean _highlighted;
	private final String _holdExpiration;
	private final String _motivation;
	private final String _organizationName;
	private final boolean _ownRequest;
	private final String _personName;
	private final String _place;
	private final long _registrationId;
	private final String _trainingMethodName;

}
