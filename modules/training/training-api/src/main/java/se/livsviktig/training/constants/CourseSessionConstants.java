package se.livsviktig.training.constants;

import com.liferay.portal.kernel.workflow.WorkflowConstants;

/**
 * States, delivery and waitlist modes of a course session (kurstillfälle).
 *
 * @author Livsviktig
 */
public class CourseSessionConstants {

	public static final int DELIVERY_MODE_HYBRID = 2;

	public static final int DELIVERY_MODE_ON_SITE = 0;

	public static final int DELIVERY_MODE_ONLINE = 1;

	public static final int MAX_SEATS = 1000;

	public static final int STATUS_ARCHIVED = WorkflowConstants.STATUS_INACTIVE;

	/**
	 * Not a workflow state: a cancelled session stays visible, with its reason, to those who were registered.
	 */
	public static final int STATUS_CANCELLED = 10;

	public static final int STATUS_DRAFT = WorkflowConstants.STATUS_DRAFT;

	public static final int STATUS_PUBLISHED =
		WorkflowConstants.STATUS_APPROVED;

	/**
	 * A freed seat goes to the first person on the waitlist at once.
	 */
	public static final int WAITLIST_MODE_AUTOMATIC = 0;

	/**
	 * A freed seat is offered to the first person on the waitlist, who has a number of hours to accept before
	 * it is offered to the next.
	 */
	public static final int WAITLIST_MODE_OFFER = 1;

}
