package se.livsviktig.instructor.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.network.NetworkDirectoryEntry;
import se.livsviktig.instructor.network.NetworkDirectoryMethod;

/**
 * The directory query gives a row per member, organisation and certification; the page wants one entry per
 * member, each organisation and method once.
 *
 * @author Livsviktig
 */
public class NetworkDirectoryRowsTest {

	@Test
	public void aMemberWithoutOrganisationOrCertificationKeepsAnEntry() {
		List<NetworkDirectoryEntry> entries = new NetworkDirectoryRows().fold(
			List.<Object[]>of(
				new Object[] {
					301L, NetworkConstants.ROLE_MEMBER, "Karin", null, "Ek",
					null, null, null
				}));

		assertEquals(
			List.of(
				new NetworkDirectoryEntry(
					301, "Karin Ek", NetworkConstants.ROLE_MEMBER, List.of(),
					List.of())),
			entries);
	}

	@Test
	public void rowsFoldIntoOneEntryPerMemberInTheQuerysOrder() {
		List<NetworkDirectoryEntry> entries = new NetworkDirectoryRows().fold(
			Arrays.asList(
				_row(302, NetworkConstants.ROLE_COORDINATOR, "SOF", 501, _2027),
				_row(302, NetworkConstants.ROLE_COORDINATOR, "SOF", 502, null),
				_row(302, NetworkConstants.ROLE_COORDINATOR, "VOF", 501, _2027),
				_row(302, NetworkConstants.ROLE_COORDINATOR, "VOF", 502, null),
				_row(301, NetworkConstants.ROLE_MEMBER, "AMF", 501, _2026),
				_row(301, NetworkConstants.ROLE_MEMBER, "AMF", 501, _2028)));

		assertEquals(
			List.of(
				new NetworkDirectoryEntry(
					302, "Anna Maria Berg", NetworkConstants.ROLE_COORDINATOR,
					List.of("SOF", "VOF"),
					List.of(
						new NetworkDirectoryMethod(501, _2027),
						new NetworkDirectoryMethod(502, null))),
				new NetworkDirectoryEntry(
					301, "Anna Maria Berg", NetworkConstants.ROLE_MEMBER,
					List.of("AMF"),
					List.of(new NetworkDirectoryMethod(501, _2028)))),
			entries);
	}

	@Test
	public void theLongestValidityOfAMethodWinsAndOpenEndedBeatsAnyDate() {
		List<NetworkDirectoryEntry> entries = new NetworkDirectoryRows().fold(
			Arrays.asList(
				_row(301, NetworkConstants.ROLE_MEMBER, null, 501, null),
				_row(301, NetworkConstants.ROLE_MEMBER, null, 501, _2028)));

		assertEquals(
			List.of(new NetworkDirectoryMethod(501, null)),
			entries.get(
				0
			).getMethods());
	}

	private static Object[] _row(
		long userId, int role, String organizationName, long trainingMethodId,
		Date validUntil) {

		return new Object[] {
			userId, role, "Anna", "Maria", "Berg", organizationName,
			trainingMethodId,
			(validUntil == null) ? null : new Timestamp(validUntil.getTime())
		};
	}

	private static final Date _2026 = new Date(1_790_000_000_000L);

	private static final Date _2027 = new Date(1_800_000_000_000L);

	private static final Date _2028 = new Date(1_830_000_000_000L);

}
