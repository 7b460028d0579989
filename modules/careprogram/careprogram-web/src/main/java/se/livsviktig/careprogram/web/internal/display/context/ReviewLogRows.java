package se.livsviktig.careprogram.web.internal.display.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.web.internal.badge.ReviewBadges;

/**
 * Turns the review log into its rows, in the reader's language and time zone. The reviewer's name is the one
 * stored with the review, so the log still reads right after a person's account is gone.
 *
 * @author Livsviktig
 */
public class ReviewLogRows {

	public ReviewLogRows(
		ReviewBadges reviewBadges, PeopleAndPlaces peopleAndPlaces,
		LongFunction<CareProgram> carePrograms,
		LongFunction<LocalRoutine> localRoutines, Locale locale) {

		_reviewBadges = reviewBadges;
		_peopleAndPlaces = peopleAndPlaces;
		_carePrograms = carePrograms;
		_localRoutines = localRoutines;
		_locale = locale;
	}

	public static String kindLabelKey(int reviewKind) {
		if (reviewKind == ContentReviewConstants.KIND_NEW_VERSION) {
			return "review-kind-new-version-approved";
		}

		if (reviewKind == ContentReviewConstants.KIND_OWNER_CHANGED) {
			return "review-kind-owner-changed";
		}

		return "review-kind-still-correct";
	}

	public List<ReviewLogRow> toRows(List<ContentReview> contentReviews) {
		List<ReviewLogRow> rows = new ArrayList<>(contentReviews.size());

		for (ContentReview contentReview : contentReviews) {
			CareProgram careProgram = _carePrograms.apply(
				contentReview.getCareProgramId());

			String administrationName = null;

			if (contentReview.getLocalRoutineId() > 0) {
				LocalRoutine localRoutine = _localRoutines.apply(
					contentReview.getLocalRoutineId());

				administrationName = (localRoutine == null) ? "" :
					_peopleAndPlaces.administrationName(
						localRoutine.getOrganizationId());
			}

			rows.add(
				new ReviewLogRow(
					_reviewBadges.formatDate(contentReview.getReviewDate()),
					contentReview.getUserName(),
					(careProgram == null) ? "" : careProgram.getTitle(_locale),
					administrationName,
					kindLabelKey(contentReview.getReviewKind()),
					(contentReview.getArticleVersion() > 0) ?
						String.valueOf(contentReview.getArticleVersion()) : "",
					contentReview.getComment()));
		}

		return rows;
	}

	private final LongFunction<CareProgram> _carePrograms;
	private final LongFunction<LocalRoutine> _localRoutines;
	private final Locale _locale;
	private final PeopleAndPlaces _peopleAndPlaces;
	private final ReviewBadges _reviewBadges;

}
