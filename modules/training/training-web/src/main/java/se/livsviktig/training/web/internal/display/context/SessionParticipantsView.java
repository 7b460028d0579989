package se.livsviktig.training.web.internal.display.context;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The places of a session's participants page: the list a coordinator comes for, and one view per task, so
 * no task's form stands in the way of another. Also where an action returns: to the view it was taken in, or
 * to the list once the person it was about has left the row it started from.
 *
 * @author Livsviktig
 */
public final class SessionParticipantsView {

	public static final String ADD = "add";

	public static final String APPROVALS = "approvals";

	public static final String ATTENDANCE = "attendance";

	public static final String CANCEL = "cancel";

	public static final String LIST = "participants";

	public static final String MESSAGE = "message";

	public static final String MOVE = "move";

	public static final String STAFFING = "staffing";

	public static final String WAITLIST = "waitlist";

	/**
	 * The views the page's navigation offers, in its order; moving and cancelling belong to one person and
	 * open from their row.
	 */
	public static final List<String> NAVIGATION = Collections.unmodifiableList(
		Arrays.asList(
			LIST, WAITLIST,
			APPROVALS, ATTENDANCE,
			ADD, MESSAGE,
			STAFFING));

	/**
	 * @return the view a finished action shows: a move or cancellation changes the person's row, so the list;
	 *         every other task stays where it was done
	 */
	public static String afterSuccess(String form) {
		if (SessionParticipantsDisplayContext.FORM_MOVE.equals(form) ||
			SessionParticipantsDisplayContext.FORM_CANCEL.equals(form)) {

			return LIST;
		}

		return ofForm(form);
	}

	/**
	 * @return the Language key that names a view in the page's navigation
	 */
	public static String getLabelKey(String view) {
		switch (view) {
			case ADD:
				return "add-participants";
			case APPROVALS:
				return "waiting-for-approval";
			case ATTENDANCE:
				return "attendance";
			case MESSAGE:
				return "message-the-participants";
			case STAFFING:
				return "instructors";
			case WAITLIST:
				return "waitlist";
			default:
				return "participants";
		}
	}

	/**
	 * @return the view a form lives in, where a refusal is explained with what was typed
	 */
	public static String ofForm(String form) {
		if (form == null) {
			return LIST;
		}

		switch (form) {
			case SessionParticipantsDisplayContext.FORM_ADD:
			case SessionParticipantsDisplayContext.FORM_IMPORT:
				return ADD;
			case SessionParticipantsDisplayContext.FORM_APPROVAL:
				return APPROVALS;
			case SessionParticipantsDisplayContext.FORM_CANCEL:
				return CANCEL;
			case SessionParticipantsDisplayContext.FORM_INVITE:
				return STAFFING;
			case SessionParticipantsDisplayContext.FORM_MESSAGE:
				return MESSAGE;
			case SessionParticipantsDisplayContext.FORM_MOVE:
				return MOVE;
			case SessionParticipantsDisplayContext.FORM_WAITLIST:
				return WAITLIST;
			default:
				return LIST;
		}
	}

	/**
	 * @return the view asked for, or the list for a missing or unknown name
	 */
	public static String valueOf(String view) {
		if (NAVIGATION.contains(view) || MOVE.equals(view) ||
			CANCEL.equals(view)) {

			return view;
		}

		return LIST;
	}

	private SessionParticipantsView() {
	}

}
