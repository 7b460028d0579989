package se.livsviktig.careprogram.review;

/**
 * The badge a reader sees on a programme or routine: its text is confirmed and not yet near its next review, its
 * review falls due soon, it is late, or nobody owns it any more (which matters more than its dates: nobody will
 * review it until someone takes it over).
 *
 * @author Livsviktig
 */
public enum ReviewState {

	REVIEWED, DUE_SOON, OVERDUE, OWNERLESS

}
