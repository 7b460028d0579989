package se.livsviktig.instructor.uad.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.zip.ZipWriter;
import com.liferay.portal.kernel.zip.ZipWriterFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.NetworkMemberLocalService;
import se.livsviktig.instructor.uad.NetworkMemberRow;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.uad.ExportedRows;

/**
 * A member's export carries their membership: the network by name, their role and since when. The coordinator who
 * added them gets which network and when, never the member's role; and the bulk export writes each row for the
 * person who asked.
 *
 * @author Livsviktig
 */
public class NetworkMemberUADExporterTest {

	@BeforeEach
	public void setUp() {
		_wire(_exporter);

		InstructorNetwork instructorNetwork = mock(InstructorNetwork.class);

		when(
			instructorNetwork.getName()
		).thenReturn(
			"MHFA-nätverket <Norr>"
		);
		when(
			_instructorNetworkLocalService.fetchInstructorNetwork(
				NetworkMemberRow.INSTRUCTOR_NETWORK_ID)
		).thenReturn(
			instructorNetwork
		);
	}

	@Test
	public void theMembersExportCarriesTheirMembership() throws Exception {
		Map<String, String> expected = new LinkedHashMap<>();

		expected.put(
			"networkMemberId",
			String.valueOf(NetworkMemberRow.NETWORK_MEMBER_ID));
		expected.put("network", "MHFA-nätverket <Norr>");
		expected.put("role", "coordinator");
		expected.put("memberSince", "2023-11-14T22:13:20Z");

		assertEquals(
			expected,
			_columns(
				_exporter.toXmlString(
					_row.networkMember(), NetworkMemberRow.MEMBER_USER_ID)));
	}

	@Test
	public void theCoordinatorWhoAddedThemGetsOnlyWhichNetworkAndWhen()
		throws Exception {

		assertEquals(
			Map.of(
				"networkMemberId",
				String.valueOf(NetworkMemberRow.NETWORK_MEMBER_ID),
				"network", "MHFA-nätverket <Norr>", "addedDate",
				"2023-11-14T22:13:20Z"),
			_columns(
				_exporter.toXmlString(
					_row.networkMember(), NetworkMemberRow.ADDED_BY_USER_ID)));
	}

	@Test
	public void aMembershipOfAGoneNetworkNamesItsId() throws Exception {
		_row.with("instructorNetworkId", 43999L);

		assertEquals(
			"43999",
			_columns(
				_exporter.toXmlString(_row.networkMember())
			).get(
				"network"
			));
	}

	@Test
	public void theBulkExportWritesEachRowForThePersonWhoAsked()
		throws Exception {

		ActionableDynamicQuery actionableDynamicQuery = ExportedRows.queryOf(
			_row.networkMember());

		when(
			_networkMemberLocalService.getActionableDynamicQuery()
		).thenReturn(
			actionableDynamicQuery
		);

		ZipWriter zipWriter = mock(ZipWriter.class);

		// The portal names the zip and indents the XML with classes this test has not got (see the
		// certification exporter's test).

		NetworkMemberUADExporter exporter = new NetworkMemberUADExporter() {

			@Override
			protected String formatXML(String xml) {
				return xml;
			}

			@Override
			protected ZipWriter getZipWriter(
				long userId, String modelClassName,
				ZipWriterFactory zipWriterFactory) {

				return zipWriter;
			}

		};

		_wire(exporter);

		exporter.exportAll(
			NetworkMemberRow.ADDED_BY_USER_ID, mock(ZipWriterFactory.class));

		assertEquals(
			Map.of(
				NetworkMemberRow.NETWORK_MEMBER_ID + ".xml",
				List.of("networkMemberId", "network", "addedDate")),
			ExportedRows.entries(zipWriter, NetworkMember.class.getName()));
	}

	private static Map<String, String> _columns(String xml) throws Exception {
		return ExportedRows.columns(xml, NetworkMember.class.getName());
	}

	private void _wire(NetworkMemberUADExporter exporter) {
		Fields.set(
			exporter, "networkMemberLocalService", _networkMemberLocalService);
		Fields.set(
			exporter, "_instructorNetworkLocalService",
			_instructorNetworkLocalService);
	}

	private final NetworkMemberUADExporter _exporter =
		new NetworkMemberUADExporter();
	private final InstructorNetworkLocalService _instructorNetworkLocalService =
		mock(InstructorNetworkLocalService.class);
	private final NetworkMemberLocalService _networkMemberLocalService = mock(
		NetworkMemberLocalService.class);
	private final NetworkMemberRow _row = new NetworkMemberRow();

}
