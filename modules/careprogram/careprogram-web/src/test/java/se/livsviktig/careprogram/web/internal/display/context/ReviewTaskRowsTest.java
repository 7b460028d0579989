package se.livsviktig.careprogram.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.portal.kernel.service.UserLocalService;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;

/**
 * Mina granskningar's order: what is overdue or due soon first, the most urgent on top, then the rest by due date;
 * a programme's own summary is told apart from an administration's routine; the page splits them into "to review
 * now" and "later".
 *
 * @author Livsviktig
 */
public class ReviewTaskRowsTest {

	@Test
	public void theMostUrgentTextComesFirst() throws Exception {
		CareProgram depression = CareProgramWebFixtures.careProgram(
			1, "Depression", _OWNER, null,
			CareProgramWebFixtures.at("2027-01-01T00:00:00Z"));
		CareProgram suicide = CareProgramWebFixtures.careProgram(
			2, "Suicidprevention", _OWNER, null,
			CareProgramWebFixtures.at("2026-04-01T10:00:00Z"));

		LocalRoutine overdueRoutine = CareProgramWebFixtures.localRoutine(
			11, 1, _ORGANIZATION_ID, _OWNER,
			CareProgramWebFixtures.at("2025-02-03T10:00:00Z"),
			CareProgramWebFixtures.at("2026-02-03T10:00:00Z"));

		List<ReviewTaskRow> rows = _rows(
		).toRows(
			List.of(depression, suicide), List.of(overdueRoutine),
			List.of(depression)
		);

		assertEquals(
			List.of("localRoutineId11", "careProgramId2", "careProgramId1"),
			rows.stream(
			).map(
				row -> row.getIdParameterName() + row.getId()
			).collect(
				Collectors.toList()
			));
		assertTrue(rows.get(0).isNeedsReview());
		assertTrue(rows.get(1).isNeedsReview());
		assertFalse(rows.get(2).isNeedsReview());
		assertEquals(
			"Review overdue since 3 February 2026",
			rows.get(
				0
			).getReviewBadge(
			).getText());
	}

	@Test
	public void aTextNeverScheduledIsToReviewNowBeforeTheRest()
		throws Exception {

		CareProgram later = CareProgramWebFixtures.careProgram(
			1, "Depression", _OWNER,
			CareProgramWebFixtures.at("2026-03-01T10:00:00Z"),
			CareProgramWebFixtures.at("2027-03-01T10:00:00Z"));
		CareProgram neverScheduled = CareProgramWebFixtures.careProgram(
			2, "ADHD", _OWNER, null, null);

		List<ReviewTaskRow> rows = _rows(
		).toRows(
			List.of(later, neverScheduled), List.of(), List.of()
		);

		assertEquals("ADHD", rows.get(0).getCareProgramTitle());
		assertTrue(rows.get(0).isNeedsReview());
		assertFalse(rows.get(1).isNeedsReview());
	}

	@Test
	public void aRoutineNamesItsAdministrationAndAProgrammeDoesNot()
		throws Exception {

		CareProgram depression = CareProgramWebFixtures.careProgram(
			1, "Depression", _OWNER, null,
			CareProgramWebFixtures.at("2027-01-01T00:00:00Z"));
		LocalRoutine routine = CareProgramWebFixtures.localRoutine(
			11, 1, _ORGANIZATION_ID, _OWNER, null,
			CareProgramWebFixtures.at("2027-02-03T10:00:00Z"));

		List<ReviewTaskRow> rows = _rows(
		).toRows(
			List.of(depression), List.of(routine), List.of(depression)
		);

		assertNull(rows.get(0).getAdministrationName());
		assertEquals("Depression", rows.get(1).getCareProgramTitle());
		assertEquals(
			"Socialförvaltningen", rows.get(1).getAdministrationName());
	}

	@Test
	public void thePageSplitsWhatToReviewNowFromTheRest() throws Exception {
		CareProgram dueSoon = CareProgramWebFixtures.careProgram(
			2, "Suicidprevention", _OWNER, null,
			CareProgramWebFixtures.at("2026-04-01T10:00:00Z"));
		CareProgram later = CareProgramWebFixtures.careProgram(
			1, "Depression", _OWNER, null,
			CareProgramWebFixtures.at("2027-01-01T00:00:00Z"));

		MyReviewsDisplayContext myReviewsDisplayContext =
			new MyReviewsDisplayContext(
				_rows(
				).toRows(
					List.of(later, dueSoon), List.of(), List.of()
				),
				"/confirm", "/back", null, List.of());

		assertEquals(
			List.of("Suicidprevention"),
			myReviewsDisplayContext.getToReviewRows(
			).stream(
			).map(
				ReviewTaskRow::getCareProgramTitle
			).collect(
				Collectors.toList()
			));
		assertEquals(
			List.of("Depression"),
			myReviewsDisplayContext.getLaterRows(
			).stream(
			).map(
				ReviewTaskRow::getCareProgramTitle
			).collect(
				Collectors.toList()
			));
	}

	private ReviewTaskRows _rows() throws Exception {
		UserLocalService userLocalService = CareProgramWebFixtures.users();

		return new ReviewTaskRows(
			CareProgramWebFixtures.reviewStatusReader(userLocalService),
			CareProgramWebFixtures.englishBadges(),
			new PeopleAndPlaces(
				userLocalService,
				CareProgramWebFixtures.organizations(
					_ORGANIZATION_ID, "Socialförvaltningen")),
			Locale.US);
	}

	private static final long _ORGANIZATION_ID = 41;

	private static final long _OWNER = CareProgramWebFixtures.OWNER_USER_ID;

}
