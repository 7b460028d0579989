package se.livsviktig.instructor.uad.display;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.util.TimeZoneThreadLocal;

import java.lang.reflect.Field;

import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.CertificationTable;
import se.livsviktig.instructor.uad.CertificationRow;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * The personal data erasure screen shows a certification in the reader's language: its type, the method by
 * name, the days and the state in words. Values reach the portal unescaped, because the portal escapes each
 * one itself; the screen sorts by real columns only.
 *
 * @author Livsviktig
 */
public class CertificationUADDisplayTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_display, "_trainingMethodLocalService",
			_trainingMethodLocalService);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(any(Locale.class))
		).thenAnswer(
			invocation -> _SWEDISH.equals(invocation.getArgument(0)) ?
				"MHFA Vuxen" : "MHFA Adult"
		);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(
				CertificationRow.TRAINING_METHOD_ID)
		).thenReturn(
			trainingMethod
		);
	}

	@AfterEach
	public void tearDown() {
		TimeZoneThreadLocal.setThemeDisplayTimeZone(null);
	}

	@Test
	public void theTypeIsNamedInTheReadersLanguage() {
		assertAll(
			() -> assertEquals(
				"Instruktörsbehörighet", _display.getTypeName(_SWEDISH)),
			() -> assertEquals(
				"Instructor Certification", _display.getTypeName(Locale.US)));
	}

	@Test
	public void aCertificationIsShownInSwedish() {
		Map<String, Object> expected = new LinkedHashMap<>();

		expected.put("trainingMethod", "MHFA Vuxen");
		expected.put("certifiedDate", "15 nov. 2023");
		expected.put("validUntil", "15 jan. 2027");
		expected.put("issuer", "MHFA Sverige");
		expected.put("number", "MHFA-2023-117");
		expected.put("state", "Återkallad");
		expected.put("stateReason", "Did not attend the upkeep day");

		assertEquals(expected, _fieldValues(_SWEDISH));
	}

	@Test
	public void aCertificationIsShownInEnglish() {
		Map<String, Object> fieldValues = _fieldValues(Locale.US);

		assertAll(
			() -> assertEquals("MHFA Adult", fieldValues.get("trainingMethod")),
			() -> assertEquals("Nov 15, 2023", fieldValues.get("certifiedDate")),
			() -> assertEquals("Revoked", fieldValues.get("state")));
	}

	@Test
	public void everyStateHasItsWordInBothLanguages() {
		for (int state :
				new int[] {
					CertificationConstants.STATE_ACTIVE,
					CertificationConstants.STATE_LAPSED,
					CertificationConstants.STATE_REVOKED
				}) {

			_row.with("state", state);

			for (Locale locale : List.of(_SWEDISH, Locale.US)) {
				String word = (String)_fieldValues(
					locale
				).get(
					"state"
				);

				assertTrue(
					!word.startsWith("certification-state-") &&
					!word.contains("nknown") && !word.contains("känt"),
					state + " in " + locale + ": " + word);
			}
		}
	}

	@Test
	public void anOpenEndedCertificationIsValidUntilFurtherNotice() {
		_row.with("validUntil", null);

		assertAll(
			() -> assertEquals(
				"Tills vidare", _fieldValues(_SWEDISH).get("validUntil")),
			() -> assertEquals(
				"Until further notice",
				_fieldValues(Locale.US).get("validUntil")));
	}

	@Test
	public void daysAreShownInThePagesTimeZone() {
		TimeZoneThreadLocal.setThemeDisplayTimeZone(
			TimeZone.getTimeZone("Europe/Stockholm"));

		// Midnight in Stockholm on 15 November is still the 14th in UTC.

		_row.with("certifiedDate", new Date(1_700_002_800_000L));

		assertEquals(
			"15 nov. 2023", _fieldValues(_SWEDISH).get("certifiedDate"));
	}

	@Test
	public void valuesReachThePortalUnescapedForItToEscapeOnce() {
		String issuer = "<b>Region & Kommun</b>";

		_row.with("issuer", issuer);

		assertEquals(issuer, _fieldValues(_SWEDISH).get("issuer"));
	}

	@Test
	public void everyFieldHasItsNameInBothLanguages() {
		DisplayLocales.assertFieldNames(_display.getDisplayFieldNames());
	}

	@Test
	public void theScreenSortsByRealColumnsOnly() {
		Set<String> columns = Arrays.stream(
			CertificationTable.class.getFields()
		).map(
			Field::getName
		).collect(
			Collectors.toSet()
		);

		for (String sortingFieldName : _display.getSortingFieldNames()) {
			assertTrue(columns.contains(sortingFieldName), sortingFieldName);
		}
	}

	private Map<String, Object> _fieldValues(Locale locale) {
		return _display.getFieldValues(
			_row.certification(), _display.getDisplayFieldNames(), locale);
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final CertificationUADDisplay _display =
		new CertificationUADDisplay();
	private final CertificationRow _row = new CertificationRow();
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);

}
