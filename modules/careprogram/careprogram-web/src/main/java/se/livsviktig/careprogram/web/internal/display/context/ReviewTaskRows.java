package se.livsviktig.careprogram.web.internal.display.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.review.ReviewState;
import se.livsviktig.careprogram.review.ReviewStatus;
import se.livsviktig.careprogram.web.internal.badge.ReviewBadges;
import se.livsviktig.careprogram.web.internal.badge.ReviewStatusReader;

/**
 * Turns what the signed-in person owns into the rows of Mina granskningar: what is overdue or due soon first,
 * each part by its due date, so the most urgent text is on top; the rest after it, still confirmable, since an
 * owner who has just checked a text may say so early.
 *
 * @author Livsviktig
 */
public class ReviewTaskRows {

	public ReviewTaskRows(
		ReviewStatusReader reviewStatusReader, ReviewBadges reviewBadges,
		PeopleAndPlaces peopleAndPlaces, Locale locale) {

		_reviewStatusReader = reviewStatusReader;
		_reviewBadges = reviewBadges;
		_peopleAndPlaces = peopleAndPlaces;
		_locale = locale;
	}

	/**
	 * @param ownedCarePrograms  the programmes whose own summary the person owns
	 * @param ownedLocalRoutines the routines the person owns
	 * @param carePrograms       the routines' programmes, for their titles
	 */
	public List<ReviewTaskRow> toRows(
		List<CareProgram> ownedCarePrograms,
		List<LocalRoutine> ownedLocalRoutines,
		List<CareProgram> carePrograms) {

		Map<Long, CareProgram> careProgramsById = carePrograms.stream(
		).collect(
			Collectors.toMap(
				CareProgram::getCareProgramId, Function.identity(),
				(first, second) -> first)
		);

		List<Task> tasks = new ArrayList<>();

		for (CareProgram careProgram : ownedCarePrograms) {
			tasks.add(
				new Task(
					_reviewStatusReader.of(careProgram),
					status -> _row(
						"careProgramId", careProgram.getCareProgramId(),
						careProgram.getTitle(_locale), null, status)));
		}

		for (LocalRoutine localRoutine : ownedLocalRoutines) {
			CareProgram careProgram = careProgramsById.get(
				localRoutine.getCareProgramId());

			if (careProgram == null) {
				continue;
			}

			tasks.add(
				new Task(
					_reviewStatusReader.of(localRoutine),
					status -> _row(
						"localRoutineId", localRoutine.getLocalRoutineId(),
						careProgram.getTitle(_locale),
						_peopleAndPlaces.administrationName(
							localRoutine.getOrganizationId()),
						status)));
		}

		return tasks.stream(
		).sorted(
			Comparator.comparing(
				(Task task) -> !_needsReview(task._reviewStatus)
			).thenComparing(
				task -> task._reviewStatus.getNextReviewDate(),
				Comparator.nullsLast(Comparator.<Date>naturalOrder())
			)
		).map(
			task -> task._rowMaker.apply(task._reviewStatus)
		).collect(
			Collectors.toList()
		);
	}

	private static boolean _needsReview(ReviewStatus reviewStatus) {
		ReviewState reviewState = reviewStatus.getReviewState();

		if ((reviewState == ReviewState.DUE_SOON) ||
			(reviewState == ReviewState.OVERDUE)) {

			return true;
		}

		return false;
	}

	private ReviewTaskRow _row(
		String idParameterName, long id, String careProgramTitle,
		String administrationName, ReviewStatus reviewStatus) {

		return new ReviewTaskRow(
			idParameterName, id, careProgramTitle, administrationName,
			_reviewBadges.badge(reviewStatus),
			_reviewBadges.formatDate(reviewStatus.getNextReviewDate()),
			_needsReview(reviewStatus));
	}

	private final Locale _locale;
	private final PeopleAndPlaces _peopleAndPlaces;
	private final ReviewBadges _reviewBadges;
	private final ReviewStatusReader _reviewStatusReader;

	private static class Task {

		private Task(
			ReviewStatus reviewStatus,
			Function<ReviewStatus, ReviewTaskRow> rowMaker) {

			_reviewStatus = reviewStatus;
			_rowMaker = rowMaker;
		}

		private final ReviewStatus _reviewStatus;
		private final Function<ReviewStatus, ReviewTaskRow> _rowMaker;

	}

}
