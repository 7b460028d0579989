package se.livsviktig.careprogram.service.internal.review;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.journal.model.JournalArticle;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.time.Clock;

import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramTable;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.ContentReviewTable;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.LocalRoutineTable;
import se.livsviktig.careprogram.review.ReviewSchedule;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;

/**
 * An approved new version of a programme's or routine's article is a review: whoever approved it vouched for the
 * text. Each programme and routine whose text the article is gets its cycle started again (last reviewed now, by
 * the version's approver; next due one interval later) and a line in the review log with the version. A version
 * already logged for a text is not logged again, so an approval seen twice (re-approved after it expired, or
 * created approved and then updated) counts once.
 *
 * @author Livsviktig
 */
@Component(service = ApprovedArticleVersions.class)
public class ApprovedArticleVersions {

	/**
	 * @return how many programmes and routines counted the version as their review
	 */
	public int recordApprovedVersion(JournalArticle article)
		throws Exception {

		Date now = new Date(_clock.millis());

		Company company = _companyLocalService.getCompany(
			article.getCompanyId());

		TimeZone timeZone = company.getTimeZone();

		int recorded = 0;

		for (CareProgram careProgram : _getCarePrograms(article)) {
			if (_isLogged(careProgram.getCareProgramId(), 0, article)) {
				continue;
			}

			careProgram.setModifiedDate(now);
			careProgram.setLastReviewDate(now);
			careProgram.setLastReviewUserId(article.getStatusByUserId());
			careProgram.setNextReviewDate(
				ReviewSchedule.nextDue(
					now, careProgram.getReviewIntervalMonths(), timeZone));

			_careProgramLocalService.updateCareProgram(careProgram);

			_log(
				careProgram.getGroupId(), careProgram.getCareProgramId(), 0,
				article, now);

			recorded++;
		}

		for (LocalRoutine localRoutine : _getLocalRoutines(article)) {
			if (_isLogged(
					localRoutine.getCareProgramId(),
					localRoutine.getLocalRoutineId(), article)) {

				continue;
			}

			localRoutine.setModifiedDate(now);
			localRoutine.setLastReviewDate(now);
			localRoutine.setLastReviewUserId(article.getStatusByUserId());
			localRoutine.setNextReviewDate(
				ReviewSchedule.nextDue(
					now, localRoutine.getReviewIntervalMonths(), timeZone));

			_localRoutineLocalService.updateLocalRoutine(localRoutine);

			_log(
				localRoutine.getGroupId(), localRoutine.getCareProgramId(),
				localRoutine.getLocalRoutineId(), article, now);

			recorded++;
		}

		return recorded;
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private List<CareProgram> _getCarePrograms(JournalArticle article) {
		return _careProgramLocalService.dslQuery(
			DSLQueryFactoryUtil.select(
				CareProgramTable.INSTANCE
			).from(
				CareProgramTable.INSTANCE
			).where(
				CareProgramTable.INSTANCE.articleResourcePrimKey.eq(
					article.getResourcePrimKey()
				).and(
					CareProgramTable.INSTANCE.companyId.eq(
						article.getCompanyId())
				)
			));
	}

	private List<LocalRoutine> _getLocalRoutines(JournalArticle article) {
		return _localRoutineLocalService.dslQuery(
			DSLQueryFactoryUtil.select(
				LocalRoutineTable.INSTANCE
			).from(
				LocalRoutineTable.INSTANCE
			).where(
				LocalRoutineTable.INSTANCE.articleResourcePrimKey.eq(
					article.getResourcePrimKey()
				).and(
					LocalRoutineTable.INSTANCE.companyId.eq(
						article.getCompanyId())
				)
			));
	}

	private boolean _isLogged(
		long careProgramId, long localRoutineId, JournalArticle article) {

		int count = _contentReviewLocalService.dslQueryCount(
			DSLQueryFactoryUtil.count(
			).from(
				ContentReviewTable.INSTANCE
			).where(
				ContentReviewTable.INSTANCE.careProgramId.eq(
					careProgramId
				).and(
					ContentReviewTable.INSTANCE.localRoutineId.eq(
						localRoutineId)
				).and(
					ContentReviewTable.INSTANCE.reviewKind.eq(
						ContentReviewConstants.KIND_NEW_VERSION)
				).and(
					ContentReviewTable.INSTANCE.articleVersion.eq(
						article.getVersion())
				)
			));

		return count > 0;
	}

	private void _log(
		long groupId, long careProgramId, long localRoutineId,
		JournalArticle article, Date now) {

		ContentReview contentReview =
			_contentReviewLocalService.createContentReview(
				_counterLocalService.increment(ContentReview.class.getName()));

		contentReview.setGroupId(groupId);
		contentReview.setCompanyId(article.getCompanyId());
		contentReview.setUserId(article.getStatusByUserId());
		contentReview.setUserName(article.getStatusByUserName());
		contentReview.setCareProgramId(careProgramId);
		contentReview.setLocalRoutineId(localRoutineId);
		contentReview.setReviewDate(now);
		contentReview.setReviewKind(ContentReviewConstants.KIND_NEW_VERSION);
		contentReview.setArticleVersion(article.getVersion());

		_contentReviewLocalService.addContentReview(contentReview);
	}

	@Reference
	private CareProgramLocalService _careProgramLocalService;

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private ContentReviewLocalService _contentReviewLocalService;

	@Reference
	private CounterLocalService _counterLocalService;

	@Reference
	private LocalRoutineLocalService _localRoutineLocalService;

}
