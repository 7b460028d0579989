package se.livsviktig.survey.internal.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

public class SentMonthTest {

	@Test
	public void theMonthIsTheCompanysNotUtcs() {
		Instant lastEveningOfJanuaryInStockholm = Instant.parse("2026-01-31T23:30:00Z");

		assertEquals(202602, SentMonth.of(lastEveningOfJanuaryInStockholm, ZoneId.of("Europe/Stockholm")));
		assertEquals(202601, SentMonth.of(lastEveningOfJanuaryInStockholm, ZoneOffset.UTC));
	}

	@Test
	public void theMonthIsYearTimesHundredPlusMonth() {
		assertEquals(202612, SentMonth.of(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC));
		assertEquals(202701, SentMonth.of(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC));
	}

}
