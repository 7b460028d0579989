package se.livsviktig.report.uad.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.zip.ZipWriter;
import com.liferay.portal.kernel.zip.ZipWriterFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.uad.ExportedRows;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.service.ReportFreezeLocalService;
import se.livsviktig.report.uad.ReportFreezeRow;

/**
 * The one who froze gets the freeze and when they froze it; the one who unfroze gets when and their reason; neither
 * gets the other's name or words; and the portal's bulk export hands each row the person who asked.
 *
 * @author Livsviktig
 */
public class ReportFreezeUADExporterTest {

	@Test
	public void theFreezersExportSaysWhenTheyFrozeAndNothingOfTheUnfreezer()
		throws Exception {

		Map<String, String> expected = _freeze();

		expected.put("frozenDate", "2025-02-03T09:00:00Z");

		assertEquals(
			expected,
			_columns(
				_exporter.toXmlString(
					_row.model(), ReportFreezeRow.FREEZER_USER_ID)));
	}

	@Test
	public void theUnfreezersExportSaysWhenAndWhyTheyUnfroze()
		throws Exception {

		Map<String, String> expected = _freeze();

		expected.put("unfrozenDate", "2025-03-03T09:00:00Z");
		expected.put(
			"unfreezeReason", "Sent before the Nacka figures were corrected");

		assertEquals(
			expected,
			_columns(
				_exporter.toXmlString(
					_row.model(), ReportFreezeRow.UNFREEZER_USER_ID)));
	}

	@Test
	public void aFrozenFreezeHasNoUnfreezing() throws Exception {
		_row.with("status", ReportConstants.STATUS_FROZEN);

		assertEquals(
			_freeze(),
			_columns(
				_exporter.toXmlString(
					_row.model(), ReportFreezeRow.UNFREEZER_USER_ID)));
	}

	@Test
	public void theBulkExportHandsEachRowThePersonWhoAsked() throws Exception {
		ReportFreezeLocalService reportFreezeLocalService = mock(
			ReportFreezeLocalService.class);

		ActionableDynamicQuery actionableDynamicQuery = ExportedRows.queryOf(
			_row.model());

		when(
			reportFreezeLocalService.getActionableDynamicQuery()
		).thenReturn(
			actionableDynamicQuery
		);

		ZipWriter zipWriter = mock(ZipWriter.class);
		ZipWriterFactory zipWriterFactory = mock(ZipWriterFactory.class);

		// The portal names the zip file with its date formatter and indents the XML with its SAX reader, which
		// this test has not got: file and layout are the portal's business, what goes into them this exporter's.

		ReportFreezeUADExporter exporter = new ReportFreezeUADExporter() {

			@Override
			protected String formatXML(String xml) {
				return xml;
			}

			@Override
			protected ZipWriter getZipWriter(
				long userId, String modelClassName,
				ZipWriterFactory givenZipWriterFactory) {

				assertEquals(zipWriterFactory, givenZipWriterFactory);

				return zipWriter;
			}

		};

		Fields.set(
			exporter, "reportFreezeLocalService", reportFreezeLocalService);

		exporter.exportAll(ReportFreezeRow.UNFREEZER_USER_ID, zipWriterFactory);

		assertEquals(
			Map.of(
				ReportFreezeRow.REPORT_FREEZE_ID + ".xml",
				List.of(
					"reportFreezeId", "periodFrom", "periodTo",
					"organizationId", "unfrozenDate", "unfreezeReason")),
			ExportedRows.entries(zipWriter, ReportFreeze.class.getName()));
	}

	private static Map<String, String> _columns(String xml) throws Exception {
		return ExportedRows.columns(xml, ReportFreeze.class.getName());
	}

	private static Map<String, String> _freeze() {
		Map<String, String> freeze = new LinkedHashMap<>();

		freeze.put(
			"reportFreezeId", String.valueOf(ReportFreezeRow.REPORT_FREEZE_ID));
		freeze.put("periodFrom", "2024-12-31T23:00:00Z");
		freeze.put("periodTo", "2025-12-31T23:00:00Z");
		freeze.put("organizationId", "0");

		return freeze;
	}

	private final ReportFreezeUADExporter _exporter =
		new ReportFreezeUADExporter();
	private final ReportFreezeRow _row = new ReportFreezeRow();

}
