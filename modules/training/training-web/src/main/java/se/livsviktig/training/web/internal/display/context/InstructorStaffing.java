package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.SessionInstructorService;

/**
 * How many instructors have accepted a session against how many its method asks for (MHFA: two), so the
 * coordinator sees a session that is short of instructors before it is held.
 *
 * @author Livsviktig
 */
public class InstructorStaffing {

	/**
	 * @param trainingMethod the session's method, or null when the reader may not view it: then it asks for
	 *        none here
	 */
	public static InstructorStaffing read(
			SessionInstructorService sessionInstructorService,
			CourseSession courseSession, TrainingMethod trainingMethod)
		throws PortalException {

		// The remote service lets anyone who may view the session see who teaches it

		int accepted = sessionInstructorService.getCourseSessionInstructors(
			courseSession.getCourseSessionId(),
			new int[] {SessionInstructorConstants.STATUS_ACCEPTED}
		).size();

		int status = courseSession.getStatus();

		return new InstructorStaffing(
			accepted,
			(trainingMethod == null) ? 0 :
				trainingMethod.getInstructorsPerSession(),
			(status == CourseSessionConstants.STATUS_DRAFT) ||
			(status == CourseSessionConstants.STATUS_PUBLISHED));
	}

	public int getAccepted() {
		return _accepted;
	}

	public int getRequired() {
		return _required;
	}

	/**
	 * @return whether a session still to be held (draft or published) has fewer accepted instructors than its
	 *         method asks for; a cancelled or archived one needs nobody
	 */
	public boolean isShort() {
		if (_stillToBeHeld && (_accepted < _required)) {
			return true;
		}

		return false;
	}

	private InstructorStaffing(
		int accepted, int required, boolean stillToBeHeld) {

		_accepted = accepted;
		_required = required;
		_stillToBeHeld = stillToBeHeld;
	}

	private final int _accepted;
	private final int _required;
	private final boolean _stillToBeHeld;

}
