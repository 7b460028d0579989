package se.livsviktig.instructor.uad.display;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMemberTable;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.uad.NetworkMemberRow;
import se.livsviktig.platform.test.support.Fields;

/**
 * The personal data screen shows a membership in the reader's language: its type, the network by name, the role in
 * words and since when; values reach the portal unescaped, and the screen sorts by real columns only.
 *
 * @author Livsviktig
 */
public class NetworkMembershipUADDisplayTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_display, "_instructorNetworkLocalService",
			_instructorNetworkLocalService);

		InstructorNetwork instructorNetwork = mock(InstructorNetwork.class);

		when(
			instructorNetwork.getName()
		).thenReturn(
			"MHFA-nätverket <Norr> & Syd"
		);
		when(
			_instructorNetworkLocalService.fetchInstructorNetwork(
				NetworkMemberRow.INSTRUCTOR_NETWORK_ID)
		).thenReturn(
			instructorNetwork
		);
	}

	@Test
	public void theTypeIsNamedInTheReadersLanguage() {
		assertAll(
			() -> assertEquals(
				"Medlemskap i instruktörsnätverk",
				_display.getTypeName(DisplayLocales.SWEDISH)),
			() -> assertEquals(
				"Instructor Network Membership",
				_display.getTypeName(Locale.US)));
	}

	@Test
	public void aMembershipIsShownInSwedish() {
		Map<String, Object> expected = new LinkedHashMap<>();

		expected.put("network", "MHFA-nätverket <Norr> & Syd");
		expected.put("role", "Samordnare");
		expected.put("memberSince", "14 nov. 2023");

		assertEquals(expected, _fieldValues(DisplayLocales.SWEDISH));
	}

	@Test
	public void aMembershipIsShownInEnglish() {
		_row.with("role", NetworkConstants.ROLE_MEMBER);

		Map<String, Object> fieldValues = _fieldValues(Locale.US);

		assertAll(
			() -> assertEquals("Member", fieldValues.get("role")),
			() -> assertEquals("Nov 14, 2023", fieldValues.get("memberSince")));
	}

	@Test
	public void everyRoleHasItsWordInBothLanguages() {
		for (int role :
				new int[] {
					NetworkConstants.ROLE_COORDINATOR,
					NetworkConstants.ROLE_MEMBER
				}) {

			_row.with("role", role);

			for (Locale locale : DisplayLocales.BOTH) {
				DisplayLocales.assertWord(
					(String)_fieldValues(
						locale
					).get(
						"role"
					),
					"network-role-", role + " in " + locale);
			}
		}
	}

	@Test
	public void aMembershipOfAGoneNetworkNamesItsId() {
		_row.with("instructorNetworkId", 43999L);

		assertEquals("43999", _fieldValues(Locale.US).get("network"));
	}

	@Test
	public void everyFieldHasItsNameInBothLanguages() {
		DisplayLocales.assertFieldNames(_display.getDisplayFieldNames());
	}

	@Test
	public void theScreenSortsByRealColumnsOnly() {
		List<String> columns = DisplayLocales.columns(NetworkMemberTable.class);

		for (String sortingFieldName : _display.getSortingFieldNames()) {
			assertTrue(columns.contains(sortingFieldName), sortingFieldName);
		}
	}

	private Map<String, Object> _fieldValues(Locale locale) {
		return _display.getFieldValues(
			_row.networkMember(), _display.getDisplayFieldNames(), locale);
	}

	private final NetworkMembershipUADDisplay _display =
		new NetworkMembershipUADDisplay();
	private final InstructorNetworkLocalService _instructorNetworkLocalService =
		mock(InstructorNetworkLocalService.class);
	private final NetworkMemberRow _row = new NetworkMemberRow();

}
