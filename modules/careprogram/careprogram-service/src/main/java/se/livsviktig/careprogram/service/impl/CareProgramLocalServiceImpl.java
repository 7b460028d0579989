package se.livsviktig.careprogram.service.impl;

import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.asset.kernel.service.AssetVocabularyLocalService;
import com.liferay.journal.model.JournalArticle;
import com.liferay.journal.service.JournalArticleLocalService;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.Portal;

import java.time.Clock;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.internal.deletion.CareProgramDependents;
import se.livsviktig.careprogram.internal.links.ProgramLinks;
import se.livsviktig.careprogram.internal.review.ReviewComments;
import se.livsviktig.careprogram.internal.search.CareProgramListQuery;
import se.livsviktig.careprogram.internal.seed.NationalProgramSeeds;
import se.livsviktig.careprogram.internal.seed.NationalPrograms;
import se.livsviktig.careprogram.internal.targetgroup.TargetGroupVocabulary;
import se.livsviktig.careprogram.internal.validation.CareProgramTitles;
import se.livsviktig.careprogram.internal.validation.CareProgramValidator;
import se.livsviktig.careprogram.internal.validation.ContentArticles;
import se.livsviktig.careprogram.internal.validation.ContentOwners;
import se.livsviktig.careprogram.internal.validation.NationalURLs;
import se.livsviktig.careprogram.internal.validation.ProgramContacts;
import se.livsviktig.careprogram.internal.validation.ProgramMethods;
import se.livsviktig.careprogram.internal.validation.ValidCareProgram;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramContact;
import se.livsviktig.careprogram.model.CareProgramMethod;
import se.livsviktig.careprogram.model.CareProgramTargetGroup;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.base.CareProgramLocalServiceBaseImpl;
import se.livsviktig.careprogram.service.internal.review.CompanyReviewSchedule;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A site's care programmes: each a title, the Web Content article with its national summary, the national link,
 * target groups, related training methods, contacts, and an owner who confirms on a cycle that the text is still
 * correct. Every rule is a class of its own under internal/; this class validates everything before it writes
 * anything, in the local service's one transaction.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.careprogram.model.CareProgram",
	service = AopService.class
)
public class CareProgramLocalServiceImpl
	extends CareProgramLocalServiceBaseImpl {

	@Override
	public CareProgram addCareProgram(
			long userId, long groupId, Map<Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds,
			ServiceContext serviceContext)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		ValidCareProgram validCareProgram = _careProgramValidator().validate(
			user.getCompanyId(), groupId, _portal.getSiteDefaultLocale(groupId),
			titleMap, articleResourcePrimKey, false, nationalURL, ownerUserId,
			reviewIntervalMonths, targetGroupCategoryIds, methodIds,
			contactUserIds);

		CareProgram careProgram = _create(
			user, groupId, validCareProgram, serviceContext);

		validCareProgram.replaceLinks(_programLinks(), careProgram);

		resourceLocalService.addModelResources(careProgram, serviceContext);

		return careProgram;
	}

	/**
	 * The seed button: a programme per national programme (name and link, careprogram-service's
	 * national-programs.tsv) that the site has none of by that link yet, without a summary article, owned by the
	 * person who pressed it. Pressing it again adds nothing, and adds only what is new after the list changed.
	 *
	 * @return the programmes added
	 */
	@Override
	public List<CareProgram> addNationalCarePrograms(
			long userId, long groupId, ServiceContext serviceContext)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		Locale locale = _portal.getSiteDefaultLocale(groupId);

		Set<String> existingURLs = new HashSet<>();

		for (CareProgram careProgram : careProgramPersistence.findByG(groupId)) {
			existingURLs.add(careProgram.getNationalURL());
		}

		List<CareProgram> added = new ArrayList<>();

		for (NationalPrograms.NationalProgram nationalProgram :
				NationalProgramSeeds.read()) {

			String url = NationalURLs.validate(
				nationalProgram.getNationalURL());

			if (!existingURLs.add(url)) {
				continue;
			}

			CareProgram careProgram = _create(
				user, groupId,
				new ValidCareProgram(
					CareProgramTitles.validate(
						NationalProgramSeeds.titles(nationalProgram, locale),
						locale),
					url, userId, NationalProgramSeeds.REVIEW_INTERVAL_MONTHS),
				serviceContext);

			resourceLocalService.addModelResources(careProgram, serviceContext);

			added.add(careProgram);
		}

		return added;
	}

	/**
	 * "Still correct": sets last reviewed (now, by whom), the next due date one interval later, and logs it with
	 * the summary article's current version, in the same transaction.
	 */
	@Override
	public CareProgram confirmCareProgramReview(
			long userId, long careProgramId, String comment)
		throws PortalException {

		CareProgram careProgram = careProgramPersistence.findByPrimaryKey(
			careProgramId);

		String reviewComment = ReviewComments.validate(comment);

		Date now = _now();

		careProgram.setLastReviewDate(now);
		careProgram.setLastReviewUserId(userId);
		careProgram.setNextReviewDate(
			_companyReviewSchedule.nextDue(
				careProgram.getCompanyId(), now,
				careProgram.getReviewIntervalMonths()));
		careProgram.setModifiedDate(now);

		careProgram = careProgramPersistence.update(careProgram);

		_contentReviewLocalService.addContentReview(
			userId, careProgram.getGroupId(), careProgramId, 0,
			ContentReviewConstants.KIND_CONFIRMED, reviewComment,
			_articleVersion(careProgram.getArticleResourcePrimKey()), now);

		return careProgram;
	}

	/**
	 * A programme goes with everything that exists only for it (CareProgramDependents), in the local service's one
	 * transaction, so a failure halfway leaves the programme whole.
	 */
	@Override
	public CareProgram deleteCareProgram(CareProgram careProgram)
		throws PortalException {

		new CareProgramDependents(
			_localRoutineLocalService, localRoutinePersistence,
			careProgramTargetGroupPersistence, careProgramMethodPersistence,
			careProgramContactPersistence, contentReviewPersistence,
			reviewNoticePersistence, resourceLocalService
		).delete(
			careProgram
		);

		return careProgramPersistence.remove(careProgram);
	}

	@Override
	public CareProgram deleteCareProgram(long careProgramId)
		throws PortalException {

		return deleteCareProgram(
			careProgramPersistence.findByPrimaryKey(careProgramId));
	}

	/**
	 * @return the site's "Målgrupp" vocabulary, or null while nobody who manages programmes has caused it to exist
	 */
	@Override
	public AssetVocabulary fetchTargetGroupVocabulary(long groupId) {
		return _targetGroupVocabulary().fetch(groupId);
	}

	@Override
	public long[] getContactUserIds(long careProgramId) {
		return careProgramContactPersistence.findByCareProgramId(
			careProgramId
		).stream(
		).mapToLong(
			CareProgramContact::getUserId
		).toArray();
	}

	@Override
	public List<CareProgram> getGroupCarePrograms(
		long groupId, int start, int end) {

		return careProgramPersistence.findByG(groupId, start, end);
	}

	@Override
	public int getGroupCareProgramsCount(long groupId) {
		return careProgramPersistence.countByG(groupId);
	}

	@Override
	public long[] getMethodIds(long careProgramId) {
		return careProgramMethodPersistence.findByCareProgramId(
			careProgramId
		).stream(
		).mapToLong(
			CareProgramMethod::getMethodId
		).toArray();
	}

	@Override
	public long[] getTargetGroupCategoryIds(long careProgramId) {
		return careProgramTargetGroupPersistence.findByCareProgramId(
			careProgramId
		).stream(
		).mapToLong(
			CareProgramTargetGroup::getAssetCategoryId
		).toArray();
	}

	/**
	 * @return the site's "Målgrupp" vocabulary, created on the first call
	 */
	@Override
	public AssetVocabulary getTargetGroupVocabulary(long userId, long groupId)
		throws PortalException {

		return _targetGroupVocabulary().getOrCreate(userId, groupId);
	}

	/**
	 * The programme list's page (CareProgramListQuery): its filters and the caller's permission condition, in the
	 * order the programmes were added, in one statement.
	 *
	 * @param reviewState an ordinal of ReviewState, or -1 for any
	 * @param permissionPredicate what the caller may view, from the remote service, or null for every programme
	 */
	@Override
	public List<CareProgram> searchCarePrograms(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState, Predicate permissionPredicate,
			int start, int end)
		throws PortalException {

		return careProgramPersistence.dslQuery(
			_careProgramListQuery().select(
				groupId, keywords, targetGroupCategoryId, organizationId,
				reviewState, permissionPredicate, start, end));
	}

	/**
	 * @return the number of rows of every page of searchCarePrograms with the same arguments
	 */
	@Override
	public int searchCareProgramsCount(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState, Predicate permissionPredicate)
		throws PortalException {

		return careProgramPersistence.dslQueryCount(
			_careProgramListQuery().count(
				groupId, keywords, targetGroupCategoryId, organizationId,
				reviewState, permissionPredicate));
	}

	@Override
	public CareProgram updateCareProgram(
			long userId, long careProgramId, Map<Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds)
		throws PortalException {

		CareProgram careProgram = careProgramPersistence.findByPrimaryKey(
			careProgramId);

		long groupId = careProgram.getGroupId();

		// A seeded programme may stay without a summary until someone writes one; once it has one, it keeps one

		ValidCareProgram validCareProgram = _careProgramValidator().validate(
			careProgram.getCompanyId(), groupId,
			_portal.getSiteDefaultLocale(groupId), titleMap,
			articleResourcePrimKey,
			careProgram.getArticleResourcePrimKey() == 0, nationalURL,
			ownerUserId, reviewIntervalMonths, targetGroupCategoryIds,
			methodIds, contactUserIds);

		Date now = _now();

		if (careProgram.getOwnerUserId() != ownerUserId) {
			_contentReviewLocalService.addContentReview(
				userId, groupId, careProgramId, 0,
				ContentReviewConstants.KIND_OWNER_CHANGED, null,
				_articleVersion(articleResourcePrimKey), now);
		}

		careProgram.setModifiedDate(now);

		validCareProgram.copyTo(careProgram);

		careProgram.setNextReviewDate(
			_companyReviewSchedule.nextDue(
				careProgram.getCompanyId(), _lastCycleStart(careProgram),
				reviewIntervalMonths));

		careProgram = careProgramPersistence.update(careProgram);

		validCareProgram.replaceLinks(_programLinks(), careProgram);

		return careProgram;
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private double _articleVersion(long articleResourcePrimKey) {
		if (articleResourcePrimKey == 0) {
			return 0;
		}

		JournalArticle journalArticle =
			_journalArticleLocalService.fetchLatestArticle(
				articleResourcePrimKey);

		if (journalArticle == null) {
			return 0;
		}

		return journalArticle.getVersion();
	}

	private CareProgramListQuery _careProgramListQuery() {
		return new CareProgramListQuery(
			_configurationProvider, _groupLocalService, _clock.instant());
	}

	private CareProgramValidator _careProgramValidator() {
		ContentOwners contentOwners = new ContentOwners(userLocalService);

		return new CareProgramValidator(
			new ContentArticles(_journalArticleLocalService), contentOwners,
			_targetGroupVocabulary(),
			new ProgramMethods(_trainingMethodLocalService),
			new ProgramContacts(contentOwners));
	}

	private CareProgram _create(
			User user, long groupId, ValidCareProgram validCareProgram,
			ServiceContext serviceContext)
		throws PortalException {

		CareProgram careProgram = careProgramPersistence.create(
			counterLocalService.increment());

		Date now = _now();

		careProgram.setUuid(serviceContext.getUuid());
		careProgram.setGroupId(groupId);
		careProgram.setCompanyId(user.getCompanyId());
		careProgram.setUserId(user.getUserId());
		careProgram.setUserName(user.getFullName());
		careProgram.setCreateDate(now);
		careProgram.setModifiedDate(now);

		validCareProgram.copyTo(careProgram);

		// The first review is due one interval after the programme is added

		careProgram.setNextReviewDate(
			_companyReviewSchedule.nextDue(
				careProgram.getCompanyId(), now,
				validCareProgram.getReviewIntervalMonths()));

		return careProgramPersistence.update(careProgram);
	}

	/**
	 * When the current review cycle started: the last review, or the programme's creation if nobody reviewed it yet.
	 */
	private Date _lastCycleStart(CareProgram careProgram) {
		if (careProgram.getLastReviewDate() != null) {
			return careProgram.getLastReviewDate();
		}

		return careProgram.getCreateDate();
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private ProgramLinks _programLinks() {
		return new ProgramLinks(
			counterLocalService, careProgramTargetGroupPersistence,
			careProgramMethodPersistence, careProgramContactPersistence);
	}

	private TargetGroupVocabulary _targetGroupVocabulary() {
		return new TargetGroupVocabulary(
			_assetVocabularyLocalService, _assetCategoryLocalService);
	}

	@Reference
	private AssetCategoryLocalService _assetCategoryLocalService;

	@Reference
	private AssetVocabularyLocalService _assetVocabularyLocalService;

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CompanyReviewSchedule _companyReviewSchedule;

	@Reference
	private ContentReviewLocalService _contentReviewLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private JournalArticleLocalService _journalArticleLocalService;

	@Reference
	private LocalRoutineLocalService _localRoutineLocalService;

	@Reference
	private Portal _portal;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
