package se.livsviktig.instructor.uad.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.platform.test.support.uad.ExportedRows;

/**
 * The export of a coordinator who created a network says which network and when.
 *
 * @author Livsviktig
 */
public class InstructorNetworkUADExporterTest {

	@Test
	public void theCreatorsExportSaysWhichNetworkAndWhen() throws Exception {
		InstructorNetwork instructorNetwork = mock(InstructorNetwork.class);

		when(instructorNetwork.getInstructorNetworkId()).thenReturn(43001L);
		when(instructorNetwork.getName()).thenReturn("MHFA-nätverket");
		when(
			instructorNetwork.getCreateDate()
		).thenReturn(
			new Date(1_700_000_000_000L)
		);

		Map<String, String> expected = new LinkedHashMap<>();

		expected.put("instructorNetworkId", "43001");
		expected.put("network", "MHFA-nätverket");
		expected.put("createdDate", "2023-11-14T22:13:20Z");

		assertEquals(
			expected,
			ExportedRows.columns(
				new InstructorNetworkUADExporter().toXmlString(
					instructorNetwork),
				InstructorNetwork.class.getName()));
	}

}
