package se.livsviktig.careprogram.web.internal.display.context;

import java.text.Collator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import se.livsviktig.careprogram.model.AdministrationHealth;

/**
 * The health overview's rows: the administrations with the lowest share reviewed on time first (those need the
 * coordinator's attention), then by name; the share in whole percent, rounded down so 99.5 % never reads as
 * "100 %" while a routine is late.
 *
 * @author Livsviktig
 */
public class HealthRows {

	public HealthRows(PeopleAndPlaces peopleAndPlaces, Locale locale) {
		_peopleAndPlaces = peopleAndPlaces;
		_locale = locale;
	}

	public List<HealthRow> toRows(
		List<AdministrationHealth> administrationHealths) {

		List<HealthRow> rows = new ArrayList<>();

		for (AdministrationHealth administrationHealth :
				administrationHealths) {

			rows.add(
				new HealthRow(
					_peopleAndPlaces.administrationName(
						administrationHealth.getOrganizationId()),
					administrationHealth.getRoutineCount(),
					administrationHealth.getReviewedOnTimeCount(),
					(int)Math.floor(
						administrationHealth.getReviewedOnTimeShare() * 100),
					administrationHealth.getProgramsWithoutRoutineCount()));
		}

		rows.sort(
			Comparator.comparingInt(
				HealthRow::getReviewedOnTimePercent
			).thenComparing(
				HealthRow::getAdministrationName, Collator.getInstance(_locale)
			));

		return rows;
	}

	private final Locale _locale;
	private final PeopleAndPlaces _peopleAndPlaces;

}
