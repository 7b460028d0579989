package se.livsviktig.careprogram.service.impl;

import com.liferay.journal.model.JournalArticle;
import com.liferay.journal.service.JournalArticleLocalService;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;

import java.time.Clock;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.exception.DuplicateLocalRoutineException;
import se.livsviktig.careprogram.internal.review.ReviewComments;
import se.livsviktig.careprogram.internal.validation.Administrations;
import se.livsviktig.careprogram.internal.validation.ContentArticles;
import se.livsviktig.careprogram.internal.validation.ContentOwners;
import se.livsviktig.careprogram.internal.validation.ReviewIntervals;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.ReviewNoticeTable;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.base.LocalRoutineLocalServiceBaseImpl;
import se.livsviktig.careprogram.service.internal.review.CompanyReviewSchedule;

/**
 * One administration's routine for a programme: its own Web Content article, an owner and a review cycle. One per
 * programme and administration (the unique index says so to the database too). Everything is validated before
 * anything is written.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.careprogram.model.LocalRoutine",
	service = AopService.class
)
public class LocalRoutineLocalServiceImpl
	extends LocalRoutineLocalServiceBaseImpl {

	@Override
	public LocalRoutine addLocalRoutine(
			long userId, long careProgramId, long organizationId,
			long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths, ServiceContext serviceContext)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		CareProgram careProgram = careProgramPersistence.findByPrimaryKey(
			careProgramId);

		long companyId = careProgram.getCompanyId();

		new Administrations(
			_organizationLocalService
		).validate(
			companyId, organizationId
		);

		if (localRoutinePersistence.fetchByP_O(careProgramId, organizationId) !=
				null) {

			throw new DuplicateLocalRoutineException(
				"Organization " + organizationId +
					" already has a routine for care program " +
						careProgramId);
		}

		_contentArticles().validate(
			companyId, careProgram.getGroupId(), articleResourcePrimKey,
			false);
		_contentOwners().validate(companyId, ownerUserId);
		ReviewIntervals.validate(reviewIntervalMonths);

		LocalRoutine localRoutine = localRoutinePersistence.create(
			counterLocalService.increment());

		Date now = _now();

		localRoutine.setUuid(serviceContext.getUuid());
		localRoutine.setGroupId(careProgram.getGroupId());
		localRoutine.setCompanyId(companyId);
		localRoutine.setUserId(userId);
		localRoutine.setUserName(user.getFullName());
		localRoutine.setCreateDate(now);
		localRoutine.setModifiedDate(now);
		localRoutine.setCareProgramId(careProgramId);
		localRoutine.setOrganizationId(organizationId);
		localRoutine.setArticleResourcePrimKey(articleResourcePrimKey);
		localRoutine.setOwnerUserId(ownerUserId);
		localRoutine.setReviewIntervalMonths(reviewIntervalMonths);

		// The first review is due one interval after the routine is added

		localRoutine.setNextReviewDate(
			_companyReviewSchedule.nextDue(
				companyId, now, reviewIntervalMonths));

		localRoutine = localRoutinePersistence.update(localRoutine);

		resourceLocalService.addModelResources(localRoutine, serviceContext);

		return localRoutine;
	}

	/**
	 * "Still correct": sets last reviewed (now, by whom), the next due date one interval later, and logs it with
	 * the article's current version, in the same transaction.
	 */
	@Override
	public LocalRoutine confirmLocalRoutineReview(
			long userId, long localRoutineId, String comment)
		throws PortalException {

		LocalRoutine localRoutine = localRoutinePersistence.findByPrimaryKey(
			localRoutineId);

		String reviewComment = ReviewComments.validate(comment);

		Date now = _now();

		localRoutine.setLastReviewDate(now);
		localRoutine.setLastReviewUserId(userId);
		localRoutine.setNextReviewDate(
			_companyReviewSchedule.nextDue(
				localRoutine.getCompanyId(), now,
				localRoutine.getReviewIntervalMonths()));
		localRoutine.setModifiedDate(now);

		localRoutine = localRoutinePersistence.update(localRoutine);

		_contentReviewLocalService.addContentReview(
			userId, localRoutine.getGroupId(), localRoutine.getCareProgramId(),
			localRoutineId, ContentReviewConstants.KIND_CONFIRMED,
			reviewComment,
			_articleVersion(localRoutine.getArticleResourcePrimKey()), now);

		return localRoutine;
	}

	/**
	 * A routine goes with its reviews, the record of the notices sent about it, and its permissions, in the local
	 * service's one transaction.
	 */
	@Override
	public LocalRoutine deleteLocalRoutine(LocalRoutine localRoutine)
		throws PortalException {

		long localRoutineId = localRoutine.getLocalRoutineId();

		contentReviewPersistence.removeByLocalRoutineId(localRoutineId);

		for (long reviewNoticeId :
				reviewNoticePersistence.<List<Long>>dslQuery(
					DSLQueryFactoryUtil.select(
						ReviewNoticeTable.INSTANCE.reviewNoticeId
					).from(
						ReviewNoticeTable.INSTANCE
					).where(
						ReviewNoticeTable.INSTANCE.localRoutineId.eq(
							localRoutineId)
					))) {

			reviewNoticePersistence.remove(reviewNoticeId);
		}

		resourceLocalService.deleteResource(
			localRoutine.getCompanyId(), LocalRoutine.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL, localRoutineId);

		return localRoutinePersistence.remove(localRoutine);
	}

	@Override
	public LocalRoutine deleteLocalRoutine(long localRoutineId)
		throws PortalException {

		return deleteLocalRoutine(
			localRoutinePersistence.findByPrimaryKey(localRoutineId));
	}

	@Override
	public List<LocalRoutine> getCareProgramLocalRoutines(long careProgramId) {
		return localRoutinePersistence.findByCareProgramId(careProgramId);
	}

	/**
	 * @return the routines the person owns ("Mina granskningar")
	 */
	@Override
	public List<LocalRoutine> getOwnerLocalRoutines(long ownerUserId) {
		if (ownerUserId == 0) {

			// 0 is "utan ägare", not a person

			return List.of();
		}

		return localRoutinePersistence.findByOwnerUserId(ownerUserId);
	}

	/**
	 * A new owner is logged (KIND_OWNER_CHANGED) and ends the routine's time "utan ägare"; a new interval moves the
	 * next due date from the start of the current cycle.
	 */
	@Override
	public LocalRoutine updateLocalRoutine(
			long userId, long localRoutineId, long articleResourcePrimKey,
			long ownerUserId, int reviewIntervalMonths)
		throws PortalException {

		LocalRoutine localRoutine = localRoutinePersistence.findByPrimaryKey(
			localRoutineId);

		_contentArticles().validate(
			localRoutine.getCompanyId(), localRoutine.getGroupId(),
			articleResourcePrimKey, false);
		_contentOwners().validate(localRoutine.getCompanyId(), ownerUserId);
		ReviewIntervals.validate(reviewIntervalMonths);

		Date now = _now();

		if (localRoutine.getOwnerUserId() != ownerUserId) {
			_contentReviewLocalService.addContentReview(
				userId, localRoutine.getGroupId(),
				localRoutine.getCareProgramId(), localRoutineId,
				ContentReviewConstants.KIND_OWNER_CHANGED, null,
				_articleVersion(articleResourcePrimKey), now);

			localRoutine.setOwnerlessSince(null);
		}

		localRoutine.setModifiedDate(now);
		localRoutine.setArticleResourcePrimKey(articleResourcePrimKey);
		localRoutine.setOwnerUserId(ownerUserId);
		localRoutine.setReviewIntervalMonths(reviewIntervalMonths);

		Date cycleStart = localRoutine.getLastReviewDate();

		if (cycleStart == null) {
			cycleStart = localRoutine.getCreateDate();
		}

		localRoutine.setNextReviewDate(
			_companyReviewSchedule.nextDue(
				localRoutine.getCompanyId(), cycleStart,
				reviewIntervalMonths));

		return localRoutinePersistence.update(localRoutine);
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private double _articleVersion(long articleResourcePrimKey) {
		JournalArticle journalArticle =
			_journalArticleLocalService.fetchLatestArticle(
				articleResourcePrimKey);

		if (journalArticle == null) {
			return 0;
		}

		return journalArticle.getVersion();
	}

	private ContentArticles _contentArticles() {
		return new ContentArticles(_journalArticleLocalService);
	}

	private ContentOwners _contentOwners() {
		return new ContentOwners(userLocalService);
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CompanyReviewSchedule _companyReviewSchedule;

	@Reference
	private ContentReviewLocalService _contentReviewLocalService;

	@Reference
	private JournalArticleLocalService _journalArticleLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

}
