package se.livsviktig.careprogram.web.internal.display.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.review.ReviewStatus;
import se.livsviktig.careprogram.web.internal.badge.ReviewBadges;
import se.livsviktig.careprogram.web.internal.badge.ReviewStatusReader;

/**
 * Turns a page of programmes and all their routines (read in one statement for the page) into the list's rows,
 * each routine counted for its own programme only.
 *
 * @author Livsviktig
 */
public class CareProgramRows {

	public CareProgramRows(
		ReviewStatusReader reviewStatusReader, ReviewBadges reviewBadges,
		Locale locale, LongFunction<String> viewURLs) {

		_reviewStatusReader = reviewStatusReader;
		_reviewBadges = reviewBadges;
		_locale = locale;
		_viewURLs = viewURLs;
	}

	public List<CareProgramRow> toRows(
		List<CareProgram> carePrograms, List<LocalRoutine> localRoutines) {

		Map<Long, List<ReviewStatus>> routineStatuses = new HashMap<>();

		for (LocalRoutine localRoutine : localRoutines) {
			routineStatuses.computeIfAbsent(
				localRoutine.getCareProgramId(), key -> new ArrayList<>()
			).add(
				_reviewStatusReader.of(localRoutine)
			);
		}

		List<CareProgramRow> rows = new ArrayList<>(carePrograms.size());

		for (CareProgram careProgram : carePrograms) {
			long careProgramId = careProgram.getCareProgramId();

			rows.add(
				new CareProgramRow(
					careProgramId, careProgram.getTitle(_locale),
					_viewURLs.apply(careProgramId),
					_reviewBadges.badge(_reviewStatusReader.of(careProgram)),
					_reviewBadges.summary(
						routineStatuses.getOrDefault(
							careProgramId, List.of()))));
		}

		return rows;
	}

	private final Locale _locale;
	private final ReviewBadges _reviewBadges;
	private final ReviewStatusReader _reviewStatusReader;
	private final LongFunction<String> _viewURLs;

}
