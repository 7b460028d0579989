package se.livsviktig.report.uad.anonymizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.portal.kernel.model.User;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.uad.ModelRow;
import se.livsviktig.report.exception.RequiredReportExportRowException;
import se.livsviktig.report.model.ReportExportRow;
import se.livsviktig.report.service.ReportExportRowLocalService;

/**
 * Erasing the coordinator who saved a mapping line makes the anonymous user its editor and keeps the line as it
 * is; a line cannot be deleted from the personal data screens, and the screen says why in both languages.
 *
 * @author Livsviktig
 */
public class ReportExportRowUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			_anonymizer, "reportExportRowLocalService",
			_reportExportRowLocalService);

		when(_anonymousUser.getUserId()).thenReturn(_ANONYMOUS_USER_ID);
		when(_anonymousUser.getFullName()).thenReturn("Anonymous Anonymous");
	}

	@Test
	public void anErasedEditorBecomesTheAnonymousUserAndTheLineStays()
		throws Exception {

		_anonymizer.autoAnonymize(_row.model(), _EDITOR_USER_ID, _anonymousUser);

		assertEquals(Set.of("userId", "userName"), _row.changedColumns());
		assertEquals(_ANONYMOUS_USER_ID, _row.value("userId"));
		verify(_reportExportRowLocalService).updateReportExportRow(_row.model());
	}

	@Test
	public void aLineIsNotDeleted() {
		assertThrows(
			RequiredReportExportRowException.class,
			() -> _anonymizer.delete(_row.model()));

		verify(
			_reportExportRowLocalService, never()
		).deleteReportExportRow(
			any(ReportExportRow.class)
		);
	}

	@Test
	public void theScreenSaysWhyInBothLanguages() {
		String swedish = _anonymizer.getExceptionMessageMap(
			new Locale("sv", "SE")
		).get(
			RequiredReportExportRowException.class
		);
		String english = _anonymizer.getExceptionMessageMap(
			Locale.US
		).get(
			RequiredReportExportRowException.class
		);

		assertTrue(swedish.contains("Anonymisera"), swedish);
		assertTrue(english.contains("Anonymize"), english);
		assertNotEquals(swedish, english);
	}

	private static ModelRow<ReportExportRow> _row() {
		Map<String, Object> values = new HashMap<>();

		values.put("reportExportRowId", 42001L);
		values.put("userId", _EDITOR_USER_ID);
		values.put("userName", "Erik Exportör");
		values.put("position", 2);
		values.put("label", "Antal medarbetare som gått MHFA");

		return new ModelRow<>(ReportExportRow.class, "reportExportRowId", values);
	}

	private static final long _ANONYMOUS_USER_ID = 9;

	private static final long _EDITOR_USER_ID = 301;

	private final ReportExportRowUADAnonymizer _anonymizer =
		new ReportExportRowUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final ReportExportRowLocalService _reportExportRowLocalService =
		mock(ReportExportRowLocalService.class);
	private final ModelRow<ReportExportRow> _row = _row();

}
