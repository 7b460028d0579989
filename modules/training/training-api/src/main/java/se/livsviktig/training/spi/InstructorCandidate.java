package se.livsviktig.training.spi;

/**
 * One person an {@link InstructorCandidateProvider} offers for a session: who they are, how their licence
 * stands and how many sessions they have delivered this calendar year (which is what keeps a licence).
 *
 * @author Livsviktig
 */
public final class InstructorCandidate {

	public InstructorCandidate(
		long userId, String fullName, InstructorStanding standing,
		int sessionsDeliveredThisYear) {

		if (standing == null) {
			throw new IllegalArgumentException("A candidate has a standing");
		}

		_userId = userId;
		_fullName = fullName;
		_standing = standing;
		_sessionsDeliveredThisYear = sessionsDeliveredThisYear;
	}

	public String getFullName() {
		return _fullName;
	}

	public int getSessionsDeliveredThisYear() {
		return _sessionsDeliveredThisYear;
	}

	public InstructorStanding getStanding() {
		return _standing;
	}

	public long getUserId() {
		return _userId;
	}

	private final String _fullName;
	private final int _sessionsDeliveredThisYear;
	private final InstructorStanding _standing;
	private final long _userId;

}
