package se.livsviktig.careprogram.service.internal.notice;

import java.time.LocalDate;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import se.livsviktig.careprogram.review.ReviewDays;

/**
 * Which review notices are due for one text at one moment. The daily job asks this every day and claims each
 * answer once, so a notice is "due" for as long as it still makes sense to send it late (a job that did not run on
 * the due day sends the due notice the next day), and its episode key says which claim it is:
 * <ul>
 * <li>due soon: to the owner, from {@code reminderDaysBeforeDue} days before the due day until the day before;
 * episode = the due day;</li>
 * <li>due: to the owner, on the due day or, if the job missed it, in the first week after; episode = the due
 * day;</li>
 * <li>overdue, weekly: to the owner, once in each further week the text stays overdue; episode = the due day and
 * the week number, 1 from the seventh day after the due day;</li>
 * <li>escalated: to the programme's owner, once per cycle from {@code escalationWeeksOverdue} weeks after the
 * due day; episode = the due day;</li>
 * <li>ownerless: to the programme's owner, once per spell without an owner; episode = when the spell began.</li>
 * </ul>
 * Days are calendar days in the company's time zone. A text without an owner gets no owner notices (nobody would
 * read them); its programme's owner is told instead.
 *
 * @author Livsviktig
 */
public final class ReviewNoticePlan {

	public ReviewNoticePlan(
		int reminderDaysBeforeDue, int escalationWeeksOverdue) {

		_reminderDaysBeforeDue = reminderDaysBeforeDue;
		_escalationWeeksOverdue = escalationWeeksOverdue;
	}

	/**
	 * The notice that tells a programme's owner that one of its routines has no owner, once per ownerless spell.
	 * The owner-leaves listener sends it when the owner goes and the daily job sends it if that did not happen;
	 * both claim it under this one key, so whichever comes first sends it and the other finds it claimed.
	 */
	public static PlannedReviewNotice ownerlessNotice(
		long programOwnerUserId, Date ownerlessSince) {

		return new PlannedReviewNotice(
			ReviewNoticeKind.OWNERLESS, programOwnerUserId,
			"ownerless/" + ownerlessSince.toInstant());
	}

	public List<PlannedReviewNotice> noticesDue(
		ReviewSubject reviewSubject, Date now, TimeZone timeZone) {

		List<PlannedReviewNotice> plannedReviewNotices = new ArrayList<>();

		ZoneId zoneId = timeZone.toZoneId();

		if (reviewSubject.hasOwner()) {
			_addOwnerNotice(
				plannedReviewNotices, reviewSubject, now, zoneId);
		}
		else {
			_addOwnerlessNotice(plannedReviewNotices, reviewSubject);
		}

		_addEscalation(plannedReviewNotices, reviewSubject, now, zoneId);

		return Collections.unmodifiableList(plannedReviewNotices);
	}

	private void _addEscalation(
		List<PlannedReviewNotice> plannedReviewNotices,
		ReviewSubject reviewSubject, Date now, ZoneId zoneId) {

		Date nextReviewDate = reviewSubject.getNextReviewDate();
		long escalationUserId = reviewSubject.getEscalationUserId();

		// The programme's owner who owns the routine too already hears of it weekly

		if ((nextReviewDate == null) || (escalationUserId <= 0) ||
			(reviewSubject.hasOwner() &&
			 (escalationUserId == reviewSubject.getOwnerUserId()))) {

			return;
		}

		long daysOverdue = ReviewDays.between(nextReviewDate, now, zoneId);

		if (daysOverdue >= (_escalationWeeksOverdue * 7L)) {
			plannedReviewNotices.add(
				new PlannedReviewNotice(
					ReviewNoticeKind.ESCALATED, escalationUserId,
					_dueDayKey(nextReviewDate, zoneId)));
		}
	}

	private void _addOwnerlessNotice(
		List<PlannedReviewNotice> plannedReviewNotices,
		ReviewSubject reviewSubject) {

		Date ownerlessSince = reviewSubject.getOwnerlessSince();
		long escalationUserId = reviewSubject.getEscalationUserId();

		// Without the spell's start there is no episode to claim it once by; the owner-leaves listener always sets it

		if ((ownerlessSince == null) || (escalationUserId <= 0)) {
			return;
		}

		plannedReviewNotices.add(
			ownerlessNotice(escalationUserId, ownerlessSince));
	}

	private void _addOwnerNotice(
		List<PlannedReviewNotice> plannedReviewNotices,
		ReviewSubject reviewSubject, Date now, ZoneId zoneId) {

		Date nextReviewDate = reviewSubject.getNextReviewDate();

		if (nextReviewDate == null) {
			return;
		}

		long daysOverdue = ReviewDays.between(nextReviewDate, now, zoneId);
		long ownerUserId = reviewSubject.getOwnerUserId();
		String dueDayKey = _dueDayKey(nextReviewDate, zoneId);

		if (daysOverdue < 0) {
			if (-daysOverdue <= _reminderDaysBeforeDue) {
				plannedReviewNotices.add(
					new PlannedReviewNotice(
						ReviewNoticeKind.DUE_SOON, ownerUserId, dueDayKey));
			}
		}
		else if (daysOverdue < 7) {
			plannedReviewNotices.add(
				new PlannedReviewNotice(
					ReviewNoticeKind.DUE, ownerUserId, dueDayKey));
		}
		else {
			plannedReviewNotices.add(
				new PlannedReviewNotice(
					ReviewNoticeKind.OVERDUE_WEEKLY, ownerUserId,
					dueDayKey + "/w" + (daysOverdue / 7)));
		}
	}

	private String _dueDayKey(Date nextReviewDate, ZoneId zoneId) {
		LocalDate dueDay = ReviewDays.dayOf(nextReviewDate, zoneId);

		return dueDay.toString();
	}

	private final int _escalationWeeksOverdue;
	private final int _reminderDaysBeforeDue;

}
