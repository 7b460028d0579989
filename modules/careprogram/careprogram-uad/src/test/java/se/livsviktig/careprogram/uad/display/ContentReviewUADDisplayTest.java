package se.livsviktig.careprogram.uad.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.nio.file.Path;

import java.time.Instant;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.LanguageFiles;
import se.livsviktig.platform.test.support.SwedishGlossary;
import se.livsviktig.platform.uad.UADLanguage;

/**
 * A person's reviews in the portal's personal data screens speak Swedish and English from this bundle's own
 * Language files: the application, each entity and each field has a name, the kind of review is a word, and the
 * day is written as the badges write it, in the company's time zone.
 *
 * @author Livsviktig
 */
public class ContentReviewUADDisplayTest {

	@BeforeEach
	public void setUp() throws Exception {
		Company company = mock(Company.class);

		when(
			company.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_companyLocalService.fetchCompany(_COMPANY_ID)
		).thenReturn(
			company
		);

		Fields.set(_display, "_companyLocalService", _companyLocalService);

		when(
			_contentReview.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_contentReview.getReviewDate()
		).thenReturn(
			Date.from(Instant.parse("2026-03-11T23:30:00Z"))
		);
		when(
			_contentReview.getReviewKind()
		).thenReturn(
			ContentReviewConstants.KIND_CONFIRMED
		);
		when(
			_contentReview.getComment()
		).thenReturn(
			"Läst igenom, stämmer"
		);
		when(
			_contentReview.getArticleVersion()
		).thenReturn(
			1.2
		);
	}

	@Test
	public void theTypeIsNamedInBothLanguages() {
		assertEquals(
			"Granskning av vård- och insatsprogram",
			_display.getTypeName(_SWEDISH));
		assertEquals(
			"Care Programme Review", _display.getTypeName(Locale.US));
	}

	@Test
	public void everyFieldHasANameOfItsOwnInBothLanguages() {
		for (String fieldName : _display.getDisplayFieldNames()) {
			for (Locale locale : List.of(_SWEDISH, Locale.US)) {
				assertNotEquals(
					fieldName,
					UADLanguage.get(
						ContentReviewUADDisplay.class, locale, fieldName),
					fieldName + " in " + locale);
			}
		}
	}

	@Test
	public void theApplicationAndEveryEntityAreNamedInBothLanguages() {
		for (String key :
				List.of(
					"application.name.se.livsviktig.careprogram",
					"model.resource." + CareProgram.class.getName(),
					"model.resource." + LocalRoutine.class.getName(),
					"model.resource." + ContentReview.class.getName())) {

			for (Locale locale : List.of(_SWEDISH, Locale.US)) {
				assertNotEquals(
					key,
					UADLanguage.get(
						ContentReviewUADDisplay.class, locale, key),
					key + " in " + locale);
			}
		}
	}

	@Test
	public void aReviewIsShownAsTheReviewLogShowsIt() {
		Map<String, Object> fieldValues = _display.getFieldValues(
			_contentReview, _display.getDisplayFieldNames(), _SWEDISH);

		assertEquals("12 mars 2026", fieldValues.get("reviewDate"));
		assertEquals("Fortfarande korrekt", fieldValues.get("reviewKind"));
		assertEquals("Läst igenom, stämmer", fieldValues.get("comment"));
		assertEquals("1.2", fieldValues.get("articleVersion"));
		assertEquals(
			"Still correct",
			_display.getFieldValues(
				_contentReview, new String[] {"reviewKind"}, Locale.US
			).get(
				"reviewKind"
			));
	}

	@Test
	public void bothLanguagesHaveTheSameKeysInTheGlossarysWords()
		throws Exception {

		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		assertEquals(languageFiles.englishKeys(), languageFiles.swedishKeys());
		assertEquals(Set.of(), languageFiles.duplicateKeys());
		assertEquals(
			List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

	private static final long _COMPANY_ID = 20097;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final CompanyLocalService _companyLocalService = mock(
		CompanyLocalService.class);
	private final ContentReview _contentReview = mock(ContentReview.class);
	private final ContentReviewUADDisplay _display =
		new ContentReviewUADDisplay();

}
