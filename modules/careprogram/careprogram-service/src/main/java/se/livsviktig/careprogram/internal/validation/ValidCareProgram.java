package se.livsviktig.careprogram.internal.validation;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.livsviktig.careprogram.internal.links.ProgramLinks;
import se.livsviktig.careprogram.internal.search.CareProgramSearchText;
import se.livsviktig.careprogram.model.CareProgram;

/**
 * A programme's fields after every rule passed (CareProgramValidator, or the seed list's own), ready to be copied
 * onto the row: the row's fields, including the keyword search's text, which follows the titles wherever they are
 * set; and its target groups, methods and contacts.
 *
 * @author Livsviktig
 */
public class ValidCareProgram {

	public ValidCareProgram(
		Map<Locale, String> titles, long articleResourcePrimKey,
		String nationalURL, long ownerUserId, int reviewIntervalMonths,
		Set<Long> targetGroupCategoryIds, Set<Long> methodIds,
		Set<Long> contactUserIds) {

		_titles = titles;
		_articleResourcePrimKey = articleResourcePrimKey;
		_nationalURL = nationalURL;
		_ownerUserId = ownerUserId;
		_reviewIntervalMonths = reviewIntervalMonths;
		_targetGroupCategoryIds = targetGroupCategoryIds;
		_methodIds = methodIds;
		_contactUserIds = contactUserIds;
	}

	/**
	 * A seeded programme: titles and link from the national list, no summary article and no links yet.
	 */
	public ValidCareProgram(
		Map<Locale, String> titles, String nationalURL, long ownerUserId,
		int reviewIntervalMonths) {

		this(
			titles, 0, nationalURL, ownerUserId, reviewIntervalMonths,
			Collections.emptySet(), Collections.emptySet(),
			Collections.emptySet());
	}

	/**
	 * Sets the row's own fields; its dates (created, modified, reviewed, due) are the caller's.
	 */
	public void copyTo(CareProgram careProgram) {
		careProgram.setTitleMap(_titles);
		careProgram.setTitleSearch(CareProgramSearchText.of(_titles));
		careProgram.setArticleResourcePrimKey(_articleResourcePrimKey);
		careProgram.setNationalURL(_nationalURL);
		careProgram.setOwnerUserId(_ownerUserId);
		careProgram.setReviewIntervalMonths(_reviewIntervalMonths);
	}

	public long getArticleResourcePrimKey() {
		return _articleResourcePrimKey;
	}

	public long getOwnerUserId() {
		return _ownerUserId;
	}

	public int getReviewIntervalMonths() {
		return _reviewIntervalMonths;
	}

	/**
	 * Sets the programme's target groups, methods and contacts to exactly these.
	 */
	public void replaceLinks(
		ProgramLinks programLinks, CareProgram careProgram) {

		programLinks.replace(
			careProgram, _targetGroupCategoryIds, _methodIds, _contactUserIds);
	}

	private final long _articleResourcePrimKey;
	private final Set<Long> _contactUserIds;
	private final Set<Long> _methodIds;
	private final String _nationalURL;
	private final long _ownerUserId;
	private final int _reviewIntervalMonths;
	private final Set<Long> _targetGroupCategoryIds;
	private final Map<Locale, String> _titles;

}
