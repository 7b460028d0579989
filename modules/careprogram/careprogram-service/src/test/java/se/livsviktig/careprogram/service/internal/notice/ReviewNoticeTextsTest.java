package se.livsviktig.careprogram.service.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;

import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.review.ReviewDateFormat;

/**
 * Every review notice is worded in Swedish and English from the bundle's own Language files, with the due day in
 * the reader's language; a name is put in as it is.
 *
 * @author Livsviktig
 */
public class ReviewNoticeTextsTest {

	@Test
	public void aNameThatLooksLikeAPlaceholderStaysAsItIs() {
		assertEquals(
			"Granskning senast 12 mars 2026: [$DUE_DATE$]",
			_texts.getSubject(
				ReviewNoticeKind.DUE_SOON, _SWEDISH, "[$DUE_DATE$]",
				LocalDate.of(2026, 3, 12)));
	}

	@Test
	public void everyKindHasASubjectAndABodyInBothLanguages() {
		for (ReviewNoticeKind reviewNoticeKind : ReviewNoticeKind.values()) {
			for (Locale locale : new Locale[] {_SWEDISH, Locale.US}) {
				String subject = _texts.getSubject(
					reviewNoticeKind, locale, "Självskadebeteende – SOF",
					LocalDate.of(2026, 3, 12));
				String body = _texts.getBody(
					reviewNoticeKind, locale, "Självskadebeteende – SOF",
					LocalDate.of(2026, 3, 12));

				assertTrue(
					subject.contains("Självskadebeteende – SOF"),
					reviewNoticeKind + " " + locale + ": " + subject);
				assertTrue(
					body.contains("Självskadebeteende – SOF"),
					reviewNoticeKind + " " + locale + ": " + body);
				assertFalse(subject.contains("[$"), subject);
				assertFalse(body.contains("[$"), body);
			}
		}
	}

	@Test
	public void theOverdueNoticeNamesTheMissedDayInTheReadersLanguage() {
		assertEquals(
			"Granskning försenad sedan 3 februari 2026: Självskadebeteende",
			_texts.getSubject(
				ReviewNoticeKind.OVERDUE_WEEKLY, _SWEDISH,
				"Självskadebeteende", LocalDate.of(2026, 2, 3)));
		assertEquals(
			"Review overdue since 3 February 2026: Self-harm",
			_texts.getSubject(
				ReviewNoticeKind.OVERDUE_WEEKLY, Locale.US, "Self-harm",
				LocalDate.of(2026, 2, 3)));
	}

	@Test
	public void theDueDayIsWrittenAsTheBadgesWriteIt() {
		LocalDate dueDay = LocalDate.of(2026, 2, 3);

		for (Locale locale : new Locale[] {_SWEDISH, Locale.US}) {
			assertEquals(
				ReviewDateFormat.formatDay(dueDay, locale),
				_texts.formatDate(dueDay, locale));
		}
	}

	private static ResourceBundle _bundle(Locale locale) {
		String fileName = "Language.properties";

		if (locale.getLanguage(
			).equals(
				"sv"
			)) {

			fileName = "Language_sv.properties";
		}

		try (Reader reader = Files.newBufferedReader(
				Path.of("src/main/resources/content", fileName),
				StandardCharsets.UTF_8)) {

			return new PropertyResourceBundle(reader);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final ReviewNoticeTexts _texts = new ReviewNoticeTexts(
		ReviewNoticeTextsTest::_bundle);

}
