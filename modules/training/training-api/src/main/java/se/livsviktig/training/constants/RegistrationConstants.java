package se.livsviktig.training.constants;

import com.liferay.petra.string.StringPool;

/**
 * The states of a registration (anmälan) and which of them hold a seat.
 *
 * <pre>
 * register ─┬─ seat free, no approval ──────────────► CONFIRMED ─┬─► COMPLETED / NOT_COMPLETED / NO_SHOW
 *           ├─ seat free, approval required ─► PENDING_APPROVAL ─┤   (after the last date, by attendance)
 *           └─ session full ─► WAITLISTED ─► (seat frees) ─┬─────┘
 *                                                          └─► OFFERED ─► accepted ─► CONFIRMED
 * PENDING_APPROVAL ─► DECLINED | EXPIRED;  OFFERED ─► EXPIRED;  any active state ─► CANCELLED
 * </pre>
 *
 * @author Livsviktig
 */
public class RegistrationConstants {

	public static final int STATUS_CANCELLED = 5;

	public static final int STATUS_COMPLETED = 8;

	public static final int STATUS_CONFIRMED = 2;

	public static final int STATUS_DECLINED = 6;

	public static final int STATUS_EXPIRED = 7;

	public static final int STATUS_NO_SHOW = 10;

	public static final int STATUS_NOT_COMPLETED = 9;

	public static final int STATUS_OFFERED = 4;

	public static final int STATUS_PENDING_APPROVAL = 1;

	public static final int STATUS_WAITLISTED = 3;

	/**
	 * Registrations that take one of the session's seats.
	 */
	public static final int[] SEAT_HOLDING_STATUSES = {
		STATUS_PENDING_APPROVAL, STATUS_CONFIRMED, STATUS_OFFERED,
		STATUS_COMPLETED, STATUS_NOT_COMPLETED, STATUS_NO_SHOW
	};

	/**
	 * Registrations that count as the user's one registration on the session.
	 */
	public static final int[] ACTIVE_STATUSES = {
		STATUS_PENDING_APPROVAL, STATUS_CONFIRMED, STATUS_WAITLISTED,
		STATUS_OFFERED, STATUS_COMPLETED, STATUS_NOT_COMPLETED, STATUS_NO_SHOW
	};

	/**
	 * Registrations still waiting for the session: a seat, an approval or an answer to an offer.
	 */
	public static final int[] UPCOMING_STATUSES = {
		STATUS_PENDING_APPROVAL, STATUS_CONFIRMED, STATUS_WAITLISTED,
		STATUS_OFFERED
	};

	public static String getStatusLabel(int status) {
		switch (status) {
			case STATUS_CANCELLED:
				return "cancelled";
			case STATUS_COMPLETED:
				return "completed";
			case STATUS_CONFIRMED:
				return "confirmed";
			case STATUS_DECLINED:
				return "declined";
			case STATUS_EXPIRED:
				return "expired";
			case STATUS_NO_SHOW:
				return "no-show";
			case STATUS_NOT_COMPLETED:
				return "not-completed";
			case STATUS_OFFERED:
				return "offered";
			case STATUS_PENDING_APPROVAL:
				return "pending-approval";
			case STATUS_WAITLISTED:
				return "waitlisted";
			default:
				return StringPool.BLANK;
		}
	}

	public static boolean holdsSeat(int status) {
		return _contains(SEAT_HOLDING_STATUSES, status);
	}

	public static boolean isActive(int status) {
		return _contains(ACTIVE_STATUSES, status);
	}

	private static boolean _contains(int[] statuses, int status) {
		for (int candidate : statuses) {
			if (candidate == status) {
				return true;
			}
		}

		return false;
	}

}
