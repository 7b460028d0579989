package se.livsviktig.careprogram.service.internal.notice;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.time.ZonedDateTime;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.configuration.CareProgramCompanyConfiguration;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramTable;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.LocalRoutineTable;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;

/**
 * The reminder job's step: for each company, the programmes and routines whose review falls due within the
 * reminder window, is late, or that have no owner get the notices their {@link ReviewNoticePlan} says are due
 * today, each claimed once (ReviewNoticeDispatcher). Safe to run again, at the same time on another node, or
 * after a crash halfway: a notice is claimed in the database before it goes out, and a claimed notice is never
 * sent again. It keeps nothing between runs.
 *
 * @author Livsviktig
 */
@Component(service = ReviewReminders.class)
public class ReviewReminders {

	/**
	 * @return how many notices this run sent
	 */
	public int sendDue() throws Exception {
		Date now = new Date(_clock.millis());

		int[] sent = {0};

		_companyLocalService.forEachCompanyId(
			companyId -> sent[0] += _sendDue(companyId, now));

		return sent[0];
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private long _activeUserId(long userId, Map<Long, Boolean> activeUsers) {
		if (userId <= 0) {
			return 0;
		}

		boolean active = activeUsers.computeIfAbsent(
			userId,
			key -> {
				User user = _userLocalService.fetchUser(key);

				return (user != null) && user.isActive();
			});

		if (active) {
			return userId;
		}

		return 0;
	}

	private int _dispatch(
		long companyId, long groupId, long careProgramId, long localRoutineId,
		Date nextReviewDate, List<PlannedReviewNotice> plannedReviewNotices) {

		int sent = 0;

		for (PlannedReviewNotice plannedReviewNotice : plannedReviewNotices) {
			if (_reviewNoticeDispatcher.dispatch(
					new OutgoingReviewNotice(
						companyId, groupId, careProgramId, localRoutineId,
						nextReviewDate, plannedReviewNotice))) {

				sent++;
			}
		}

		return sent;
	}

	private List<CareProgram> _getDueCarePrograms(long companyId, Date horizon) {
		return _careProgramLocalService.dslQuery(
			DSLQueryFactoryUtil.select(
				CareProgramTable.INSTANCE
			).from(
				CareProgramTable.INSTANCE
			).where(
				CareProgramTable.INSTANCE.companyId.eq(
					companyId
				).and(
					CareProgramTable.INSTANCE.nextReviewDate.lte(horizon)
				)
			));
	}

	/**
	 * The routines the plan may have a notice for: due by the horizon (the reminder window ahead, a day more for
	 * time zones), or without an owner. The others have none today, whatever their dates.
	 */
	private List<LocalRoutine> _getDueLocalRoutines(
		long companyId, Date horizon) {

		return _localRoutineLocalService.dslQuery(
			DSLQueryFactoryUtil.select(
				LocalRoutineTable.INSTANCE
			).from(
				LocalRoutineTable.INSTANCE
			).where(
				LocalRoutineTable.INSTANCE.companyId.eq(
					companyId
				).and(
					LocalRoutineTable.INSTANCE.nextReviewDate.lte(
						horizon
					).or(
						LocalRoutineTable.INSTANCE.ownerUserId.eq(0L)
					).withParentheses()
				)
			));
	}

	private int _sendDue(long companyId, Date now) throws Exception {
		CareProgramCompanyConfiguration careProgramCompanyConfiguration =
			_configurationProvider.getCompanyConfiguration(
				CareProgramCompanyConfiguration.class, companyId);

		int reminderDaysBeforeDue =
			careProgramCompanyConfiguration.reminderDaysBeforeDue();

		ReviewNoticePlan reviewNoticePlan = new ReviewNoticePlan(
			reminderDaysBeforeDue,
			careProgramCompanyConfiguration.escalationWeeksOverdue());

		Company company = _companyLocalService.getCompany(companyId);

		TimeZone timeZone = company.getTimeZone();

		Date horizon = Date.from(
			ZonedDateTime.ofInstant(
				now.toInstant(), timeZone.toZoneId()
			).plusDays(
				reminderDaysBeforeDue + 1L
			).toInstant());

		Map<Long, Boolean> activeUsers = new HashMap<>();

		int sent = 0;

		for (CareProgram careProgram :
				_getDueCarePrograms(companyId, horizon)) {

			ReviewSubject reviewSubject = new ReviewSubject(
				careProgram.getOwnerUserId(),
				_activeUserId(careProgram.getOwnerUserId(), activeUsers) > 0,
				careProgram.getNextReviewDate(), null, 0);

			sent += _dispatch(
				companyId, careProgram.getGroupId(),
				careProgram.getCareProgramId(), 0,
				careProgram.getNextReviewDate(),
				reviewNoticePlan.noticesDue(reviewSubject, now, timeZone));
		}

		Map<Long, CareProgram> carePrograms = new HashMap<>();

		for (LocalRoutine localRoutine :
				_getDueLocalRoutines(companyId, horizon)) {

			CareProgram careProgram = carePrograms.computeIfAbsent(
				localRoutine.getCareProgramId(),
				_careProgramLocalService::fetchCareProgram);

			long escalationUserId = 0;

			if (careProgram != null) {
				escalationUserId = _activeUserId(
					careProgram.getOwnerUserId(), activeUsers);
			}

			ReviewSubject reviewSubject = new ReviewSubject(
				localRoutine.getOwnerUserId(),
				_activeUserId(localRoutine.getOwnerUserId(), activeUsers) > 0,
				localRoutine.getNextReviewDate(),
				localRoutine.getOwnerlessSince(), escalationUserId);

			sent += _dispatch(
				companyId, localRoutine.getGroupId(),
				localRoutine.getCareProgramId(),
				localRoutine.getLocalRoutineId(),
				localRoutine.getNextReviewDate(),
				reviewNoticePlan.noticesDue(reviewSubject, now, timeZone));
		}

		return sent;
	}

	@Reference
	private CareProgramLocalService _careProgramLocalService;

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private LocalRoutineLocalService _localRoutineLocalService;

	@Reference
	private ReviewNoticeDispatcher _reviewNoticeDispatcher;

	@Reference
	private UserLocalService _userLocalService;

}
