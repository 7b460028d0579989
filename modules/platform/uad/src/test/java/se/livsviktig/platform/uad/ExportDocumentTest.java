package se.livsviktig.platform.uad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.uad.ExportedRows;

/**
 * A row's export document holds the model's name and each column in the order written, whatever a person typed.
 *
 * @author Livsviktig
 */
public class ExportDocumentTest {

	@Test
	public void aDateIsItsInstantAndNoDateOrValueIsEmpty() throws Exception {
		Map<String, String> expected = new LinkedHashMap<>();

		expected.put("certifiedDate", "2026-03-11T23:30:00Z");
		expected.put("validUntil", "");
		expected.put("stateReason", "");

		assertEquals(
			expected,
			ExportedRows.columns(
				new ExportDocument(
					_MODEL_NAME
				).column(
					"certifiedDate",
					Date.from(Instant.parse("2026-03-11T23:30:00Z"))
				).column(
					"validUntil", (Date)null
				).column(
					"stateReason", (String)null
				).toXmlString(),
				_MODEL_NAME));
	}

	@Test
	public void aValueThatContainsTheCDATAEndIsExportedWhole()
		throws Exception {

		String reason = "Wrote ]]><script>alert(1)</script> in the form";

		assertEquals(
			Map.of("stateReason", reason),
			ExportedRows.columns(
				new ExportDocument(
					_MODEL_NAME
				).column(
					"stateReason", reason
				).toXmlString(),
				_MODEL_NAME));
	}

	@Test
	public void theColumnsFollowTheModelNameInTheOrderWritten()
		throws Exception {

		assertEquals(
			"<model><model-name>" + _MODEL_NAME + "</model-name>" +
				"<column><column-name>holderUserId</column-name>" +
					"<column-value><![CDATA[20]]></column-value></column>" +
						"<column><column-name>issuer</column-name>" +
							"<column-value><![CDATA[Åsa Öberg]]></column-value>" +
								"</column></model>",
			new ExportDocument(
				_MODEL_NAME
			).column(
				"holderUserId", "20"
			).column(
				"issuer", "Åsa Öberg"
			).toXmlString());
	}

	private static final String _MODEL_NAME =
		"se.livsviktig.instructor.model.Certification";

}
