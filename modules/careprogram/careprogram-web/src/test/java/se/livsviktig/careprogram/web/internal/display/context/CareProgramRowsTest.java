package se.livsviktig.careprogram.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.kernel.service.UserLocalService;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.CareProgram;

/**
 * The programme list's rows: each programme's summary counts its own administrations' routines only, a routine
 * whose owner left still counts until it is late, and the programme's own badge is its summary's.
 *
 * @author Livsviktig
 */
public class CareProgramRowsTest {

	@Test
	public void eachProgrammeCountsItsOwnRoutines() throws Exception {
		UserLocalService userLocalService = CareProgramWebFixtures.users();

		CareProgramRows careProgramRows = new CareProgramRows(
			CareProgramWebFixtures.reviewStatusReader(userLocalService),
			CareProgramWebFixtures.englishBadges(), Locale.US,
			careProgramId -> "/program/" + careProgramId);

		CareProgram depression = CareProgramWebFixtures.careProgram(
			1, "Depression", _OWNER,
			CareProgramWebFixtures.at("2026-03-01T10:00:00Z"),
			CareProgramWebFixtures.at("2027-03-01T10:00:00Z"));
		CareProgram adhd = CareProgramWebFixtures.careProgram(
			2, "ADHD", 0, null,
			CareProgramWebFixtures.at("2027-03-01T10:00:00Z"));

		List<CareProgramRow> rows = careProgramRows.toRows(
			List.of(depression, adhd),
			List.of(
				CareProgramWebFixtures.localRoutine(
					11, 1, 41, _OWNER, null,
					CareProgramWebFixtures.at("2027-01-01T00:00:00Z")),
				CareProgramWebFixtures.localRoutine(
					12, 1, 42, 0, null,
					CareProgramWebFixtures.at("2027-01-01T00:00:00Z")),
				CareProgramWebFixtures.localRoutine(
					13, 1, 43, _OWNER, null,
					CareProgramWebFixtures.at("2026-02-03T00:00:00Z")),
				CareProgramWebFixtures.localRoutine(
					21, 2, 41, _OWNER, null,
					CareProgramWebFixtures.at("2026-02-03T00:00:00Z"))));

		assertEquals(
			"2 of 3 administrations reviewed on time",
			rows.get(
				0
			).getRoutinesSummary());
		assertEquals(
			"0 of 1 administrations reviewed on time",
			rows.get(
				1
			).getRoutinesSummary());
		assertEquals(
			"Reviewed 1 March 2026",
			rows.get(
				0
			).getReviewBadge(
			).getText());
		assertEquals(
			"No owner",
			rows.get(
				1
			).getReviewBadge(
			).getText());
		assertEquals("/program/2", rows.get(1).getViewURL());
	}

	private static final long _OWNER = CareProgramWebFixtures.OWNER_USER_ID;

}
