package se.livsviktig.training.registration;

/**
 * What a member has coming in a training method, the surest first: a confirmed seat, then a seat held while
 * a manager decides, then a place in line (an offered seat counts as the line: it is not theirs until they
 * accept). A member with several shows the surest.
 *
 * @author Livsviktig
 */
public enum UpcomingTraining {

	BOOKED, PENDING_APPROVAL, WAITLISTED, NONE;

	/**
	 * @return the surer of the two
	 */
	public UpcomingTraining surer(UpcomingTraining upcomingTraining) {
		if (upcomingTraining.ordinal() < ordinal()) {
			return upcomingTraining;
		}

		return this;
	}

}
