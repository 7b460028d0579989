package se.livsviktig.careprogram.web.internal.display.context;

import java.text.Collator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.web.internal.badge.ReviewBadges;
import se.livsviktig.careprogram.web.internal.badge.ReviewStatusReader;

/**
 * A programme's routines as its page and the coordinators' list show them: by administration name in the reader's
 * language's order, each with its owner (none when the owner left) and badge.
 *
 * @author Livsviktig
 */
public class LocalRoutineRows {

	public LocalRoutineRows(
		ReviewStatusReader reviewStatusReader, ReviewBadges reviewBadges,
		PeopleAndPlaces peopleAndPlaces, Locale locale) {

		_reviewStatusReader = reviewStatusReader;
		_reviewBadges = reviewBadges;
		_peopleAndPlaces = peopleAndPlaces;
		_locale = locale;
	}

	public List<LocalRoutineRow> toRows(List<LocalRoutine> localRoutines) {
		List<LocalRoutineRow> localRoutineRows = new ArrayList<>();

		for (LocalRoutine localRoutine : localRoutines) {
			localRoutineRows.add(
				new LocalRoutineRow(
					localRoutine.getLocalRoutineId(),
					_peopleAndPlaces.administrationName(
						localRoutine.getOrganizationId()),
					_peopleAndPlaces.activeUserName(
						localRoutine.getOwnerUserId()),
					_reviewBadges.badge(_reviewStatusReader.of(localRoutine)),
					localRoutine.getReviewIntervalMonths()));
		}

		localRoutineRows.sort(
			Comparator.comparing(
				LocalRoutineRow::getAdministrationName,
				Collator.getInstance(_locale)));

		return localRoutineRows;
	}

	private final Locale _locale;
	private final PeopleAndPlaces _peopleAndPlaces;
	private final ReviewBadges _reviewBadges;
	private final ReviewStatusReader _reviewStatusReader;

}
