package se.livsviktig.instructor.uad.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.zip.ZipWriter;
import com.liferay.portal.kernel.zip.ZipWriterFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.uad.CertificationRow;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.uad.ExportedRows;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A holder's export carries their whole certification; a coordinator's carries only what they did to someone
 * else's, never the holder's number, issuer or reason; and the portal's bulk export hands each row the person
 * who asked.
 *
 * @author Livsviktig
 */
public class CertificationUADExporterTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_exporter, "certificationLocalService",
			_certificationLocalService);
		Fields.set(
			_exporter, "_trainingMethodLocalService",
			_trainingMethodLocalService);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		Map<Locale, String> names = new LinkedHashMap<>();

		names.put(new Locale("sv", "SE"), "MHFA Vuxen");
		names.put(Locale.US, "MHFA Adult");

		when(
			trainingMethod.getNameMap()
		).thenReturn(
			names
		);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(
				CertificationRow.TRAINING_METHOD_ID)
		).thenReturn(
			trainingMethod
		);
	}

	@Test
	public void theHoldersExportCarriesTheirWholeCertification()
		throws Exception {

		Map<String, String> expected = new LinkedHashMap<>();

		expected.put(
			"certificationId", String.valueOf(CertificationRow.CERTIFICATION_ID));
		expected.put("trainingMethod_sv_SE", "MHFA Vuxen");
		expected.put("trainingMethod_en_US", "MHFA Adult");
		expected.put("certifiedDate", "2023-11-15T00:00:00Z");
		expected.put("validUntil", "2027-01-15T08:00:00Z");
		expected.put("issuer", "MHFA Sverige");
		expected.put("number", "MHFA-2023-117");
		expected.put("state", "revoked");
		expected.put("stateDate", "2025-06-15T15:06:40Z");
		expected.put("stateReason", "Did not attend the upkeep day");
		expected.put("renewedCertificationId", "40999");

		assertEquals(
			expected,
			_columns(
				_exporter.toXmlString(
					_row.certification(), CertificationRow.HOLDER_USER_ID)));
	}

	@Test
	public void anOpenEndedCertificationSaysSo() throws Exception {
		_row.with("validUntil", null);

		assertEquals(
			"open-ended",
			_columns(
				_exporter.toXmlString(
					_row.certification(), CertificationRow.HOLDER_USER_ID)
			).get(
				"validUntil"
			));
	}

	@Test
	public void theCoordinatorWhoEnteredItGetsOnlyWhenTheyDid()
		throws Exception {

		assertEquals(
			Map.of(
				"certificationId",
				String.valueOf(CertificationRow.CERTIFICATION_ID),
				"enteredDate", "2023-11-14T22:13:20Z"),
			_columns(
				_exporter.toXmlString(
					_row.certification(),
					CertificationRow.COORDINATOR_USER_ID)));
	}

	@Test
	public void theCoordinatorWhoRevokedItGetsTheStateTheySetButNotTheReason()
		throws Exception {

		assertEquals(
			Map.of(
				"certificationId",
				String.valueOf(CertificationRow.CERTIFICATION_ID),
				"stateSet", "revoked", "stateDate", "2025-06-15T15:06:40Z"),
			_columns(
				_exporter.toXmlString(
					_row.certification(), CertificationRow.REVOKER_USER_ID)));
	}

	@Test
	public void aReasonThatContainsTheCDATAEndIsExportedWhole()
		throws Exception {

		String reason = "Wrote ]]><script>alert(1)</script> in the form";

		_row.with("stateReason", reason);

		assertEquals(
			reason,
			_columns(
				_exporter.toXmlString(
					_row.certification(), CertificationRow.HOLDER_USER_ID)
			).get(
				"stateReason"
			));
	}

	@Test
	public void theBulkExportWritesEachRowForThePersonWhoAsked()
		throws Exception {

		ActionableDynamicQuery actionableDynamicQuery = ExportedRows.queryOf(
			_row.certification());

		when(
			_certificationLocalService.getActionableDynamicQuery()
		).thenReturn(
			actionableDynamicQuery
		);

		ZipWriter zipWriter = mock(ZipWriter.class);
		ZipWriterFactory zipWriterFactory = mock(ZipWriterFactory.class);

		// The portal names the zip file with its date formatter and indents the XML with its SAX reader, which
		// this test has not got: file and layout are the portal's business, what goes into them this exporter's.

		CertificationUADExporter exporter = new CertificationUADExporter() {

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
			exporter, "certificationLocalService", _certificationLocalService);
		Fields.set(
			exporter, "_trainingMethodLocalService",
			_trainingMethodLocalService);

		exporter.exportAll(
			CertificationRow.COORDINATOR_USER_ID, zipWriterFactory);

		assertEquals(
			Map.of(
				CertificationRow.CERTIFICATION_ID + ".xml",
				List.of("certificationId", "enteredDate")),
			ExportedRows.entries(zipWriter, Certification.class.getName()));
	}

	private static Map<String, String> _columns(String xml) throws Exception {
		return ExportedRows.columns(xml, Certification.class.getName());
	}

	private final CertificationLocalService _certificationLocalService = mock(
		CertificationLocalService.class);
	private final CertificationUADExporter _exporter =
		new CertificationUADExporter();
	private final CertificationRow _row = new CertificationRow();
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);

}
