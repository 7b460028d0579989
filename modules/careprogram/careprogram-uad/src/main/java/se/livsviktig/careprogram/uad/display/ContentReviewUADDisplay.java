/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.uad.display;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.user.associated.data.display.UADDisplay;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.review.ReviewDateFormat;
import se.livsviktig.platform.uad.UADLanguage;

/**
 * Shows a person's reviews in the portal's personal data screens as the review log shows them: when, how in
 * words (still correct, a new version, a new owner), the comment and the article's version, with the type and
 * the fields named in the reader's language from this bundle's own Language files (the portal's do not hold
 * Livsviktig's words). Values are handed over as text and not escaped here: the portal escapes every field value
 * it prints.
 *
 * @author Livsviktig
 */
@Component(service = UADDisplay.class)
public class ContentReviewUADDisplay extends BaseContentReviewUADDisplay {

	@Override
	public String[] getDisplayFieldNames() {
		return new String[] {
			"reviewDate", "reviewKind", "comment", "articleVersion"
		};
	}

	@Override
	public Map<String, Object> getFieldValues(
		ContentReview contentReview, String[] fieldNames, Locale locale) {

		Map<String, Object> fieldValues = new LinkedHashMap<>();

		for (String fieldName : fieldNames) {
			fieldValues.put(
				fieldName, _fieldValue(contentReview, fieldName, locale));
		}

		return fieldValues;
	}

	@Override
	public String getTypeName(Locale locale) {
		return UADLanguage.get(
			ContentReviewUADDisplay.class, locale,
			"model.resource." + ContentReview.class.getName());
	}

	private Object _fieldValue(
		ContentReview contentReview, String fieldName, Locale locale) {

		if (fieldName.equals("reviewDate")) {
			return ReviewDateFormat.of(
				locale, _companyTimeZone(contentReview.getCompanyId())
			).format(
				contentReview.getReviewDate()
			);
		}

		if (fieldName.equals("reviewKind")) {
			return UADLanguage.get(
				ContentReviewUADDisplay.class, locale,
				_reviewKindKey(contentReview.getReviewKind()));
		}

		if (fieldName.equals("comment")) {
			return contentReview.getComment();
		}

		if (fieldName.equals("articleVersion")) {
			return String.valueOf(contentReview.getArticleVersion());
		}

		return null;
	}

	/**
	 * A review was made on a day as the company counts days, as its badge said.
	 */
	private TimeZone _companyTimeZone(long companyId) {
		Company company = _companyLocalService.fetchCompany(companyId);

		if (company == null) {
			return _UTC;
		}

		try {
			return company.getTimeZone();
		}
		catch (PortalException portalException) {

			// The company's default user is gone: the screen still shows the review, on the UTC day.

			return _UTC;
		}
	}

	private String _reviewKindKey(int reviewKind) {
		if (reviewKind == ContentReviewConstants.KIND_CONFIRMED) {
			return "review-kind-confirmed";
		}

		if (reviewKind == ContentReviewConstants.KIND_NEW_VERSION) {
			return "review-kind-new-version";
		}

		if (reviewKind == ContentReviewConstants.KIND_OWNER_CHANGED) {
			return "review-kind-owner-changed";
		}

		return "review-kind-unknown";
	}

	private static final TimeZone _UTC = TimeZone.getTimeZone("UTC");

	@Reference
	private CompanyLocalService _companyLocalService;

}
