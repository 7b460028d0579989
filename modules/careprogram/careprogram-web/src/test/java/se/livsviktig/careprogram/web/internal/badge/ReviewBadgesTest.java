package se.livsviktig.careprogram.web.internal.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Instant;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.review.ReviewDateFormat;
import se.livsviktig.careprogram.review.ReviewState;
import se.livsviktig.careprogram.review.ReviewStatus;

/**
 * The badge a reader sees on a programme or routine, in Swedish and English, with the day in the reader's time
 * zone, and a sentence for every state so the colour is never the only signal.
 *
 * @author Livsviktig
 */
public class ReviewBadgesTest {

	@Test
	public void aReviewedTextShowsTheDayItWasReviewedInEnglish()
		throws Exception {

		ReviewBadge reviewBadge = _english().badge(
			ReviewState.REVIEWED, _at("2026-03-12T10:00:00Z"),
			_at("2027-03-12T10:00:00Z"), null);

		assertEquals("Reviewed 12 March 2026", reviewBadge.getText());
		assertEquals("success", reviewBadge.getDisplayType());
		assertEquals("label label-success", reviewBadge.getCssClass());
	}

	@Test
	public void aReviewedTextShowsTheDayItWasReviewedInSwedish()
		throws Exception {

		ReviewBadge reviewBadge = _swedish().badge(
			ReviewState.REVIEWED, _at("2026-03-12T10:00:00Z"),
			_at("2027-03-12T10:00:00Z"), null);

		assertEquals("Granskad 12 mars 2026", reviewBadge.getText());
	}

	@Test
	public void anOverdueTextSaysSinceWhenInBothLanguages() throws Exception {
		Date dueDate = _at("2026-02-03T09:00:00Z");

		ReviewBadge swedish = _swedish().badge(
			ReviewState.OVERDUE, _at("2025-02-03T09:00:00Z"), dueDate,
			dueDate);

		assertEquals(
			"Granskning försenad sedan 3 februari 2026", swedish.getText());
		assertEquals("danger", swedish.getDisplayType());
		assertEquals(
			"Review overdue since 3 February 2026",
			_english().badge(
				ReviewState.OVERDUE, _at("2025-02-03T09:00:00Z"), dueDate,
				dueDate
			).getText());
	}

	@Test
	public void aTextDueSoonSaysByWhenInBothLanguages() throws Exception {
		Date dueDate = _at("2026-04-01T09:00:00Z");

		ReviewBadge swedish = _swedish().badge(
			ReviewState.DUE_SOON, _at("2025-04-01T09:00:00Z"), dueDate, null);

		assertEquals("Granskas senast 1 april 2026", swedish.getText());
		assertEquals("warning", swedish.getDisplayType());
		assertEquals(
			"Review due by 1 April 2026",
			_english().badge(
				ReviewState.DUE_SOON, _at("2025-04-01T09:00:00Z"), dueDate,
				null
			).getText());
	}

	@Test
	public void aTextWithoutOwnerSaysSoEvenWhenOverdue() throws Exception {
		Date dueDate = _at("2026-02-03T09:00:00Z");

		assertEquals(
			"Utan ägare",
			_swedish().badge(
				ReviewState.OWNERLESS, null, dueDate, dueDate
			).getText());
		assertEquals(
			"No owner",
			_english().badge(
				ReviewState.OWNERLESS, null, dueDate, dueDate
			).getText());
	}

	@Test
	public void aTextNeverReviewedDoesNotClaimAReview() throws Exception {
		ReviewBadge reviewBadge = _swedish().badge(
			ReviewState.REVIEWED, null, _at("2027-01-15T09:00:00Z"), null);

		assertEquals(
			"Första granskning senast 15 januari 2027", reviewBadge.getText());
		assertEquals("secondary", reviewBadge.getDisplayType());
	}

	@Test
	public void theDayIsTheCompanysDay() throws Exception {

		// 00:30 on 13 March in a Stockholm company is still 12 March in a company on UTC.

		Date reviewDate = _at("2026-03-12T23:30:00Z");

		assertEquals(
			"Granskad 13 mars 2026",
			_swedish().badge(
				ReviewState.REVIEWED, reviewDate, _at("2027-03-12T23:30:00Z"),
				null
			).getText());
		assertEquals(
			"Reviewed 12 March 2026",
			new ReviewBadges(
				_bundle("Language.properties"), Locale.UK,
				TimeZone.getTimeZone("UTC")
			).badge(
				ReviewState.REVIEWED, reviewDate, _at("2027-03-12T23:30:00Z"),
				null
			).getText());
	}

	@Test
	public void aBadgeWritesItsDateAsTheRemindersDo() throws Exception {
		Date date = _at("2026-02-03T09:00:00Z");

		assertEquals(
			"Review overdue since " +
				ReviewDateFormat.of(
					Locale.UK, _STOCKHOLM
				).format(
					date
				),
			_english().badge(
				ReviewState.OVERDUE, null, date, date
			).getText());
		assertEquals(
			"Review overdue since 3 February 2026",
			_english().badge(
				ReviewState.OVERDUE, null, date, date
			).getText());
	}

	@Test
	public void everyStateSaysItselfInWordsNotOnlyInColour() throws Exception {
		Date date = _at("2026-02-03T09:00:00Z");

		ReviewBadges reviewBadges = _english();

		Set<String> texts = Set.of(
			reviewBadges.badge(
				ReviewState.REVIEWED, date, date, null
			).getText(),
			reviewBadges.badge(
				ReviewState.DUE_SOON, date, date, null
			).getText(),
			reviewBadges.badge(
				ReviewState.OVERDUE, date, date, date
			).getText(),
			reviewBadges.badge(
				ReviewState.OWNERLESS, date, date, date
			).getText());

		assertEquals(4, texts.size(), texts.toString());
	}

	@Test
	public void theSummaryCountsTheAdministrationsReviewedOnTime()
		throws Exception {

		Date past = _at("2026-02-03T09:00:00Z");
		Date future = _at("2027-02-03T09:00:00Z");

		List<ReviewStatus> reviewStatuses = List.of(
			new ReviewStatus(ReviewState.REVIEWED, past, future, null),
			new ReviewStatus(ReviewState.DUE_SOON, past, future, null),
			new ReviewStatus(ReviewState.OWNERLESS, past, future, null),
			new ReviewStatus(ReviewState.OVERDUE, null, past, past),
			new ReviewStatus(ReviewState.OWNERLESS, null, past, past));

		assertEquals(
			"3 av 5 förvaltningar granskade i tid",
			_swedish().summary(reviewStatuses));
		assertEquals(
			"3 of 5 administrations reviewed on time",
			_english().summary(reviewStatuses));
	}

	@Test
	public void theSummaryOfAProgrammeWithoutRoutinesSaysSo()
		throws Exception {

		assertEquals(
			"Ingen förvaltning har en lokal rutin ännu",
			_swedish().summary(List.of()));
		assertEquals(
			"No administration has a local routine yet",
			_english().summary(List.of()));
	}

	private static Date _at(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private static ResourceBundle _bundle(String fileName) throws IOException {
		try (Reader reader = Files.newBufferedReader(
				Path.of("src/main/resources/content/" + fileName),
				StandardCharsets.UTF_8)) {

			return new PropertyResourceBundle(reader);
		}
	}

	private static ReviewBadges _english() throws IOException {
		return new ReviewBadges(
			_bundle("Language.properties"), Locale.US, _STOCKHOLM);
	}

	private static ReviewBadges _swedish() throws IOException {
		return new ReviewBadges(
			_bundle("Language_sv.properties"), new Locale("sv", "SE"),
			_STOCKHOLM);
	}

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone(
		"Europe/Stockholm");

}
