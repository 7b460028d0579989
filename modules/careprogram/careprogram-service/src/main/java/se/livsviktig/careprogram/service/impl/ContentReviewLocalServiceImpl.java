package se.livsviktig.careprogram.service.impl;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.careprogram.internal.review.ReviewComments;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.ContentReviewTable;
import se.livsviktig.careprogram.service.base.ContentReviewLocalServiceBaseImpl;

/**
 * The review log: one row per confirmation ("still correct"), approved article version or change of owner, with
 * who, when and the article version it was about. Rows are only added (and go with their programme or routine):
 * the log is what an auditor reads.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.careprogram.model.ContentReview",
	service = AopService.class
)
public class ContentReviewLocalServiceImpl
	extends ContentReviewLocalServiceBaseImpl {

	/**
	 * @param localRoutineId the routine reviewed, or 0 for the programme's own text
	 */
	@Override
	public ContentReview addContentReview(
			long userId, long groupId, long careProgramId, long localRoutineId,
			int reviewKind, String comment, double articleVersion,
			Date reviewDate)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		ContentReview contentReview = contentReviewPersistence.create(
			counterLocalService.increment());

		contentReview.setGroupId(groupId);
		contentReview.setCompanyId(user.getCompanyId());
		contentReview.setUserId(userId);
		contentReview.setUserName(user.getFullName());
		contentReview.setCareProgramId(careProgramId);
		contentReview.setLocalRoutineId(localRoutineId);
		contentReview.setReviewDate(reviewDate);
		contentReview.setReviewKind(reviewKind);
		contentReview.setComment(ReviewComments.validate(comment));
		contentReview.setArticleVersion(articleVersion);

		return contentReviewPersistence.update(contentReview);
	}

	/**
	 * @return the log of the programme and of each of its routines, newest first
	 */
	@Override
	public List<ContentReview> getCareProgramReviews(
		long careProgramId, int start, int end) {

		return contentReviewPersistence.findByCareProgramId(
			careProgramId, start, end);
	}

	@Override
	public int getCareProgramReviewsCount(long careProgramId) {
		return contentReviewPersistence.countByCareProgramId(careProgramId);
	}

	/**
	 * @return the site's whole log, newest first
	 */
	@Override
	public List<ContentReview> getGroupReviews(
		long groupId, int start, int end) {

		return contentReviewPersistence.dslQuery(
			DSLQueryFactoryUtil.select(
				ContentReviewTable.INSTANCE
			).from(
				ContentReviewTable.INSTANCE
			).where(
				ContentReviewTable.INSTANCE.groupId.eq(groupId)
			).orderBy(
				ContentReviewTable.INSTANCE.reviewDate.descending(),
				ContentReviewTable.INSTANCE.contentReviewId.descending()
			).limit(
				start, end
			));
	}

	@Override
	public int getGroupReviewsCount(long groupId) {
		return contentReviewPersistence.dslQueryCount(
			DSLQueryFactoryUtil.count(
			).from(
				ContentReviewTable.INSTANCE
			).where(
				ContentReviewTable.INSTANCE.groupId.eq(groupId)
			));
	}

	/**
	 * @return the routine's log, newest first
	 */
	@Override
	public List<ContentReview> getLocalRoutineReviews(
		long localRoutineId, int start, int end) {

		return contentReviewPersistence.findByLocalRoutineId(
			localRoutineId, start, end);
	}

	@Override
	public int getLocalRoutineReviewsCount(long localRoutineId) {
		return contentReviewPersistence.countByLocalRoutineId(localRoutineId);
	}

}
