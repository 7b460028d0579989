package se.livsviktig.careprogram.internal.validation;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Locale;
import java.util.Map;

import se.livsviktig.careprogram.internal.targetgroup.TargetGroupVocabulary;

/**
 * Every rule of a programme's fields, all checked before anything is written: a title in the site's default
 * language, the summary article of this site, the national link, an active owner of the company, the review
 * interval, target groups of the site's "Målgrupp" vocabulary, training methods and contacts of the company. The
 * first rule broken throws its typed exception.
 *
 * @author Livsviktig
 */
public class CareProgramValidator {

	public CareProgramValidator(
		ContentArticles contentArticles, ContentOwners contentOwners,
		TargetGroupVocabulary targetGroupVocabulary,
		ProgramMethods programMethods, ProgramContacts programContacts) {

		_contentArticles = contentArticles;
		_contentOwners = contentOwners;
		_targetGroupVocabulary = targetGroupVocabulary;
		_programMethods = programMethods;
		_programContacts = programContacts;
	}

	/**
	 * @param articleOptional whether the programme may stay without a summary article (a seeded one that has none
	 *        yet; once it has one, it keeps one)
	 */
	public ValidCareProgram validate(
			long companyId, long groupId, Locale defaultLocale,
			Map<Locale, String> titleMap, long articleResourcePrimKey,
			boolean articleOptional, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds)
		throws PortalException {

		Map<Locale, String> titles = CareProgramTitles.validate(
			titleMap, defaultLocale);

		_contentArticles.validate(
			companyId, groupId, articleResourcePrimKey, articleOptional);

		String url = NationalURLs.validate(nationalURL);

		_contentOwners.validate(companyId, ownerUserId);
		ReviewIntervals.validate(reviewIntervalMonths);

		return new ValidCareProgram(
			titles, articleResourcePrimKey, url, ownerUserId,
			reviewIntervalMonths,
			_targetGroupVocabulary.validate(groupId, targetGroupCategoryIds),
			_programMethods.validate(companyId, methodIds),
			_programContacts.validate(companyId, contactUserIds));
	}

	private final ContentArticles _contentArticles;
	private final ContentOwners _contentOwners;
	private final ProgramContacts _programContacts;
	private final ProgramMethods _programMethods;
	private final TargetGroupVocabulary _targetGroupVocabulary;

}
