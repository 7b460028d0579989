package se.livsviktig.report.uad.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.uad.ModelRow;
import se.livsviktig.platform.uad.UADLanguage;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.model.ReportExportRow;
import se.livsviktig.report.uad.ReportFreezeRow;

/**
 * The personal data screens show a freeze's period as the company's first and last day, when it was frozen, its
 * state in words and the unfreeze reason, and a mapping line by its number from 1, text and day saved; types,
 * field names and states in Swedish and English.
 *
 * @author Livsviktig
 */
public class ReportUADDisplayTest {

	@BeforeEach
	public void setUp() throws Exception {
		Company company = mock(Company.class);

		when(
			company.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_companyLocalService.fetchCompany(ReportFreezeRow.COMPANY_ID)
		).thenReturn(
			company
		);

		Fields.set(_freezeDisplay, "_companyLocalService", _companyLocalService);
		Fields.set(
			_exportRowDisplay, "_companyLocalService", _companyLocalService);
	}

	@Test
	public void aFreezeShowsItsCompanyDaysStateAndReason() {
		Map<String, Object> expected = new HashMap<>();

		expected.put("period", "2025-01-01 – 2025-12-31");
		expected.put("frozenDate", "2025-02-03");
		expected.put("status", "Upplåst");
		expected.put(
			"unfreezeReason", "Sent before the Nacka figures were corrected");

		assertEquals(
			expected,
			_freezeDisplay.getFieldValues(
				_freezeRow.model(), _freezeDisplay.getDisplayFieldNames(),
				_SWEDISH));

		_freezeRow.with("status", ReportConstants.STATUS_FROZEN);

		assertEquals(
			"Frozen",
			_freezeDisplay.getFieldValues(
				_freezeRow.model(), new String[] {"status"}, Locale.US
			).get(
				"status"
			));
	}

	@Test
	public void aMappingLineShowsItsNumberTextAndDay() {
		Map<String, Object> values = new HashMap<>();

		values.put("companyId", ReportFreezeRow.COMPANY_ID);
		values.put("position", 0);
		values.put("label", "Antal medarbetare som gått MHFA");
		values.put("modifiedDate", new Date(1738537200000L));

		ModelRow<ReportExportRow> row = new ModelRow<>(
			ReportExportRow.class, "reportExportRowId", values);

		assertEquals(
			Map.of(
				"line", "1", "label", "Antal medarbetare som gått MHFA",
				"savedDate", "2025-02-03"),
			_exportRowDisplay.getFieldValues(
				row.model(), _exportRowDisplay.getDisplayFieldNames(),
				Locale.US));
	}

	@Test
	public void typesAndFieldsAreNamedInBothLanguages() {
		for (String[] fieldNames :
				List.of(
					_freezeDisplay.getDisplayFieldNames(),
					_exportRowDisplay.getDisplayFieldNames())) {

			for (String fieldName : fieldNames) {
				for (Locale locale : List.of(_SWEDISH, Locale.US)) {
					assertNotEquals(
						fieldName,
						UADLanguage.get(
							ReportFreezeUADDisplay.class, locale, fieldName),
						fieldName + " in " + locale);
				}
			}
		}

		assertEquals(
			"Låsning av rapporterade siffror",
			_freezeDisplay.getTypeName(_SWEDISH));
		assertEquals(
			"Freeze of Reported Figures", _freezeDisplay.getTypeName(Locale.US));
		assertEquals(
			"Rad i rapportens export", _exportRowDisplay.getTypeName(_SWEDISH));
		assertEquals(
			"Line of the Report's Export",
			_exportRowDisplay.getTypeName(Locale.US));
		assertNotEquals(
			UADLanguage.get(
				ReportFreezeUADDisplay.class, _SWEDISH,
				"application.name.se.livsviktig.report"),
			UADLanguage.get(
				ReportFreezeUADDisplay.class, Locale.US,
				"application.name.se.livsviktig.report"));
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final CompanyLocalService _companyLocalService = mock(
		CompanyLocalService.class);
	private final ReportExportRowUADDisplay _exportRowDisplay =
		new ReportExportRowUADDisplay();
	private final ReportFreezeUADDisplay _freezeDisplay =
		new ReportFreezeUADDisplay();
	private final ReportFreezeRow _freezeRow = new ReportFreezeRow();

}
