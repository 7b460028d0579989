package se.livsviktig.report.uad.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.uad.ExportedRows;
import se.livsviktig.platform.test.support.uad.ModelRow;
import se.livsviktig.report.model.ReportExportRow;

/**
 * A mapping line's export says what the person saved (the line's place, text and what it sums) and when, and a
 * text that holds the CDATA end still reads back whole.
 *
 * @author Livsviktig
 */
public class ReportExportRowUADExporterTest {

	@Test
	public void theExportSaysWhatTheLineSumsAndWhenItWasSaved()
		throws Exception {

		Map<String, String> expected = new LinkedHashMap<>();

		expected.put("reportExportRowId", "42001");
		expected.put("groupId", "20121");
		expected.put("position", "2");
		expected.put("label", "Antal medarbetare som gått MHFA ]]> vuxen");
		expected.put("figureKey", "training.participants");
		expected.put("trainingMethodId", "31001");
		expected.put("sex", "female");
		expected.put("savedDate", "2025-02-03T09:00:00Z");

		assertEquals(
			expected,
			ExportedRows.columns(
				new ReportExportRowUADExporter().toXmlString(_row.model()),
				ReportExportRow.class.getName()));
	}

	private static ModelRow<ReportExportRow> _row() {
		Map<String, Object> values = new HashMap<>();

		values.put("reportExportRowId", 42001L);
		values.put("groupId", 20121L);
		values.put("userId", 301L);
		values.put("userName", "Erik Exportör");
		values.put("modifiedDate", new Date(1738573200000L));
		values.put("position", 2);
		values.put("label", "Antal medarbetare som gått MHFA ]]> vuxen");
		values.put("figureKey", "training.participants");
		values.put("trainingMethodId", 31001L);
		values.put("sex", "female");

		return new ModelRow<>(ReportExportRow.class, "reportExportRowId", values);
	}

	private final ModelRow<ReportExportRow> _row = _row();

}
