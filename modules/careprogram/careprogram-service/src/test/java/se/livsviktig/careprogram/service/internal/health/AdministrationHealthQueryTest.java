package se.livsviktig.careprogram.service.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;

import java.time.Instant;

import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.AdministrationHealth;

/**
 * @author Livsviktig
 */
public class AdministrationHealthQueryTest {

	@Test
	public void rowsOfEveryDriversNumberTypesBecomeFigures() {
		List<AdministrationHealth> administrationHealths =
			AdministrationHealthQuery.toAdministrationHealths(
				List.of(
					new Object[] {
						BigInteger.valueOf(501), 4L, new BigDecimal("3"), 2L
					},
					new Object[] {502L, BigInteger.ONE, null, 0}));

		AdministrationHealth first = administrationHealths.get(0);

		assertEquals(501, first.getOrganizationId());
		assertEquals(4, first.getRoutineCount());
		assertEquals(3, first.getReviewedOnTimeCount());
		assertEquals(0.75, first.getReviewedOnTimeShare());
		assertEquals(2, first.getProgramsWithoutRoutineCount());

		assertEquals(0, administrationHealths.get(1).getReviewedOnTimeCount());
	}

	@Test
	public void todayStartsAtMidnightInTheCompanysZoneAlsoOnTheDayTheClocksChange() {

		// 29 March 2026 is 23 hours long in Stockholm; it began at 23:00 UTC the day before

		assertEquals(
			Date.from(Instant.parse("2026-03-28T23:00:00Z")),
			AdministrationHealthQuery.startOfToday(
				Instant.parse("2026-03-29T21:30:00Z"),
				TimeZone.getTimeZone("Europe/Stockholm")));
		assertEquals(
			Date.from(Instant.parse("2026-07-14T22:00:00Z")),
			AdministrationHealthQuery.startOfToday(
				Instant.parse("2026-07-14T22:30:00Z"),
				TimeZone.getTimeZone("Europe/Stockholm")));
	}

}
