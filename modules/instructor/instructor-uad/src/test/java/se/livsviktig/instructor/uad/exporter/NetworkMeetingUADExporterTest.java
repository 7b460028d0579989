package se.livsviktig.instructor.uad.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.platform.test.support.uad.ExportedRows;

/**
 * The export of a coordinator who scheduled a meeting says which meeting, when it starts and when they scheduled
 * it, and not the network's agenda or notes.
 *
 * @author Livsviktig
 */
public class NetworkMeetingUADExporterTest {

	@Test
	public void theSchedulersExportSaysWhichMeetingAndWhen() throws Exception {
		NetworkMeeting networkMeeting = mock(NetworkMeeting.class);

		when(networkMeeting.getNetworkMeetingId()).thenReturn(46001L);
		when(networkMeeting.getTitle()).thenReturn("Vårträff");
		when(
			networkMeeting.getStartDate()
		).thenReturn(
			new Date(1_710_000_000_000L)
		);
		when(
			networkMeeting.getCreateDate()
		).thenReturn(
			new Date(1_700_000_000_000L)
		);
		when(networkMeeting.getNotes()).thenReturn("<p>Anna tog upp ...</p>");

		Map<String, String> expected = new LinkedHashMap<>();

		expected.put("networkMeetingId", "46001");
		expected.put("meeting", "Vårträff");
		expected.put("meetingStart", "2024-03-09T16:00:00Z");
		expected.put("scheduledDate", "2023-11-14T22:13:20Z");

		assertEquals(
			expected,
			ExportedRows.columns(
				new NetworkMeetingUADExporter().toXmlString(networkMeeting),
				NetworkMeeting.class.getName()));
	}

}
