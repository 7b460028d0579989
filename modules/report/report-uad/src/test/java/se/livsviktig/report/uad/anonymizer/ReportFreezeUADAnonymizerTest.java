package se.livsviktig.report.uad.anonymizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.portal.kernel.model.User;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.exception.RequiredReportFreezeException;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.service.ReportFreezeLocalService;
import se.livsviktig.report.uad.ReportFreezeRow;

/**
 * Erasing the coordinator who froze or who unfroze a freeze replaces exactly their id and name with the anonymous
 * user's, each in its own pair of columns; the freeze, its period, scope, state and unfreeze reason stay. A freeze
 * cannot be deleted from the personal data screens, and the screen says why in both languages.
 *
 * @author Livsviktig
 */
public class ReportFreezeUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			_anonymizer, "reportFreezeLocalService", _reportFreezeLocalService);

		when(_anonymousUser.getUserId()).thenReturn(_ANONYMOUS_USER_ID);
		when(_anonymousUser.getFullName()).thenReturn("Anonymous Anonymous");
	}

	@Test
	public void anErasedFreezerBecomesTheAnonymousUser() throws Exception {
		_anonymizer.autoAnonymize(
			_row.model(), ReportFreezeRow.FREEZER_USER_ID, _anonymousUser);

		assertEquals(Set.of("userId", "userName"), _row.changedColumns());
		assertEquals(_ANONYMOUS_USER_ID, _row.value("userId"));
		assertEquals("Anonymous Anonymous", _row.value("userName"));
		verify(_reportFreezeLocalService).updateReportFreeze(_row.model());
	}

	@Test
	public void anErasedUnfreezerBecomesTheAnonymousUserAndTheReasonStays()
		throws Exception {

		_anonymizer.autoAnonymize(
			_row.model(), ReportFreezeRow.UNFREEZER_USER_ID, _anonymousUser);

		assertEquals(
			Set.of("unfrozenByUserId", "unfrozenByUserName"),
			_row.changedColumns());
		assertEquals(_ANONYMOUS_USER_ID, _row.value("unfrozenByUserId"));
		assertEquals("Anonymous Anonymous", _row.value("unfrozenByUserName"));
	}

	@Test
	public void oneWhoFrozeAndUnfrozeIsGoneFromBothColumns() throws Exception {
		_row.with(
			"unfrozenByUserId", ReportFreezeRow.FREEZER_USER_ID
		).with(
			"unfrozenByUserName", "Frida Frys"
		);

		_anonymizer.autoAnonymize(
			_row.model(), ReportFreezeRow.FREEZER_USER_ID, _anonymousUser);

		assertEquals(_ANONYMOUS_USER_ID, _row.value("userId"));
		assertEquals(_ANONYMOUS_USER_ID, _row.value("unfrozenByUserId"));
		assertEquals("Anonymous Anonymous", _row.value("userName"));
		assertEquals("Anonymous Anonymous", _row.value("unfrozenByUserName"));
	}

	@Test
	public void erasingSomeoneElseChangesNothing() throws Exception {
		_anonymizer.autoAnonymize(
			_row.model(), ReportFreezeRow.OTHER_USER_ID, _anonymousUser);

		assertEquals(Set.of(), _row.changedColumns());
	}

	@Test
	public void aFreezeIsNotDeleted() throws Exception {
		assertThrows(
			RequiredReportFreezeException.class,
			() -> _anonymizer.delete(_row.model()));

		verify(
			_reportFreezeLocalService, never()
		).deleteReportFreeze(
			any(ReportFreeze.class)
		);
		verify(
			_reportFreezeLocalService, never()
		).deleteReportFreeze(
			ReportFreezeRow.REPORT_FREEZE_ID
		);
	}

	@Test
	public void theScreenSaysWhyInBothLanguages() {
		String swedish = _anonymizer.getExceptionMessageMap(
			new Locale("sv", "SE")
		).get(
			RequiredReportFreezeException.class
		);
		String english = _anonymizer.getExceptionMessageMap(
			Locale.US
		).get(
			RequiredReportFreezeException.class
		);

		assertEquals(true, swedish.contains("Anonymisera"), swedish);
		assertEquals(true, english.contains("Anonymize"), english);
		assertNotEquals(swedish, english);
	}

	private static final long _ANONYMOUS_USER_ID = 9;

	private final ReportFreezeUADAnonymizer _anonymizer =
		new ReportFreezeUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final ReportFreezeLocalService _reportFreezeLocalService = mock(
		ReportFreezeLocalService.class);
	private final ReportFreezeRow _row = new ReportFreezeRow();

}
