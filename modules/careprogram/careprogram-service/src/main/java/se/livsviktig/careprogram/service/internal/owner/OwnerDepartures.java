package se.livsviktig.careprogram.service.internal.owner;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramTable;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.LocalRoutineTable;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.service.internal.notice.OutgoingReviewNotice;
import se.livsviktig.careprogram.service.internal.notice.ReviewNoticeDispatcher;
import se.livsviktig.careprogram.service.internal.notice.ReviewNoticePlan;

/**
 * What happens to the texts of an owner who left: each of their routines and programmes is "utan ägare" (owner
 * 0), a routine since now, and the review log says whose ownership ended. The programme's owner is told about
 * each routine when the owner goes, after the change commits, claimed under the key the reminder job uses for the
 * same ownerless spell (ReviewNoticePlan.ownerlessNotice): the job sends it on its next run only if this did not,
 * and never a second time. A routine's review dates stay: it is as late as it was, and the badge says so beside
 * "Utan ägare".
 *
 * @author Livsviktig
 */
@Component(service = OwnerDepartures.class)
public class OwnerDepartures {

	/**
	 * @return how many programmes and routines lost their owner
	 */
	public int ownerLeft(User user) {
		Date now = new Date(_clock.millis());

		int left = 0;

		for (LocalRoutine localRoutine :
				_getOwnedLocalRoutines(user.getUserId())) {

			localRoutine.setModifiedDate(now);
			localRoutine.setOwnerUserId(0);
			localRoutine.setOwnerlessSince(now);

			_localRoutineLocalService.updateLocalRoutine(localRoutine);

			_log(
				localRoutine.getGroupId(), localRoutine.getCareProgramId(),
				localRoutine.getLocalRoutineId(), user, now);

			_tellProgramOwner(localRoutine, user, now);

			left++;
		}

		for (CareProgram careProgram : _getOwnedCarePrograms(user.getUserId())) {
			careProgram.setModifiedDate(now);
			careProgram.setOwnerUserId(0);

			_careProgramLocalService.updateCareProgram(careProgram);

			_log(
				careProgram.getGroupId(), careProgram.getCareProgramId(), 0,
				user, now);

			left++;
		}

		return left;
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private List<CareProgram> _getOwnedCarePrograms(long userId) {
		return _careProgramLocalService.dslQuery(
			DSLQueryFactoryUtil.select(
				CareProgramTable.INSTANCE
			).from(
				CareProgramTable.INSTANCE
			).where(
				CareProgramTable.INSTANCE.ownerUserId.eq(userId)
			));
	}

	private List<LocalRoutine> _getOwnedLocalRoutines(long userId) {
		return _localRoutineLocalService.dslQuery(
			DSLQueryFactoryUtil.select(
				LocalRoutineTable.INSTANCE
			).from(
				LocalRoutineTable.INSTANCE
			).where(
				LocalRoutineTable.INSTANCE.ownerUserId.eq(userId)
			));
	}

	private void _log(
		long groupId, long careProgramId, long localRoutineId, User user,
		Date now) {

		ContentReview contentReview =
			_contentReviewLocalService.createContentReview(
				_counterLocalService.increment(ContentReview.class.getName()));

		contentReview.setGroupId(groupId);
		contentReview.setCompanyId(user.getCompanyId());
		contentReview.setUserId(user.getUserId());
		contentReview.setUserName(user.getFullName());
		contentReview.setCareProgramId(careProgramId);
		contentReview.setLocalRoutineId(localRoutineId);
		contentReview.setReviewDate(now);
		contentReview.setReviewKind(ContentReviewConstants.KIND_OWNER_CHANGED);

		_contentReviewLocalService.addContentReview(contentReview);
	}

	/**
	 * Nobody is told when the programme has no owner, is owned by the one who left (their programmes lose their
	 * owner too), or its owner's account is not active: as the job, nobody inactive is written to.
	 */
	private void _tellProgramOwner(
		LocalRoutine localRoutine, User user, Date ownerlessSince) {

		CareProgram careProgram = _careProgramLocalService.fetchCareProgram(
			localRoutine.getCareProgramId());

		if ((careProgram == null) || (careProgram.getOwnerUserId() <= 0) ||
			(careProgram.getOwnerUserId() == user.getUserId())) {

			return;
		}

		User programOwner = _userLocalService.fetchUser(
			careProgram.getOwnerUserId());

		if ((programOwner == null) || !programOwner.isActive()) {
			return;
		}

		_reviewNoticeDispatcher.dispatchAfterCommit(
			new OutgoingReviewNotice(
				localRoutine.getCompanyId(), localRoutine.getGroupId(),
				localRoutine.getCareProgramId(),
				localRoutine.getLocalRoutineId(),
				localRoutine.getNextReviewDate(),
				ReviewNoticePlan.ownerlessNotice(
					programOwner.getUserId(), ownerlessSince)));
	}

	@Reference
	private CareProgramLocalService _careProgramLocalService;

	private Clock _clock = Clock.systemUTC();

	@Reference
	private ContentReviewLocalService _contentReviewLocalService;

	@Reference
	private CounterLocalService _counterLocalService;

	@Reference
	private LocalRoutineLocalService _localRoutineLocalService;

	@Reference
	private ReviewNoticeDispatcher _reviewNoticeDispatcher;

	@Reference
	private UserLocalService _userLocalService;

}
