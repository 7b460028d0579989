package se.livsviktig.careprogram.constants;

/**
 * The kinds of review notice (ReviewNotice.noticeKind), each claimed once per recipient and episode.
 *
 * @author Livsviktig
 */
public class ReviewNoticeConstants {

	/**
	 * To the owner, some days before the review is due (CareProgramCompanyConfiguration.reminderDaysBeforeDue).
	 */
	public static final int KIND_DUE_SOON = 0;

	/**
	 * To the owner, on the day the review is due.
	 */
	public static final int KIND_DUE = 1;

	/**
	 * To the owner, once a week while the review is overdue.
	 */
	public static final int KIND_OVERDUE_WEEKLY = 2;

	/**
	 * To the programme's owner, when a routine's review is overdue by some weeks
	 * (CareProgramCompanyConfiguration.escalationWeeksOverdue).
	 */
	public static final int KIND_ESCALATED = 3;

	/**
	 * To the programme's owner, when a routine's owner left and the routine has none.
	 */
	public static final int KIND_OWNERLESS = 4;

}
