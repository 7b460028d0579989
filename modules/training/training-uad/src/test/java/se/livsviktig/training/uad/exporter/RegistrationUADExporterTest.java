package se.livsviktig.training.uad.exporter;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.zip.ZipWriter;
import com.liferay.portal.kernel.zip.ZipWriterFactory;

import java.nio.charset.StandardCharsets;

import java.time.Instant;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.uad.ExportedRows;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * A participant's export carries their registration with everything written about it; the export of the manager
 * who decided on it, of the colleague who registered them or of the coordinator who cancelled it carries what that
 * person did and when, and none of the participant's text or name.
 *
 * @author Livsviktig
 */
public class RegistrationUADExporterTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_exporter, "registrationLocalService", _registrationLocalService);

		when(
			_registration.getRegistrationId()
		).thenReturn(
			_REGISTRATION_ID
		);

		// The bulk export names each entry by the row's primary key, which for a registration is its id.

		when(
			_registration.getPrimaryKeyObj()
		).thenReturn(
			_REGISTRATION_ID
		);
		when(
			_registration.getUserId()
		).thenReturn(
			_PARTICIPANT_USER_ID
		);
		when(
			_registration.getUserName()
		).thenReturn(
			_PARTICIPANT_NAME
		);
		when(
			_registration.getRegisteredByUserId()
		).thenReturn(
			_COLLEAGUE_USER_ID
		);
		when(
			_registration.getReviewerUserId()
		).thenReturn(
			_MANAGER_USER_ID
		);
		when(
			_registration.getCancelledByUserId()
		).thenReturn(
			_COORDINATOR_USER_ID
		);
		when(
			_registration.getStatus()
		).thenReturn(
			RegistrationConstants.STATUS_CANCELLED
		);
		when(
			_registration.getCreateDate()
		).thenReturn(
			Date.from(Instant.parse("2026-02-01T09:00:00Z"))
		);
		when(
			_registration.getReviewDate()
		).thenReturn(
			Date.from(Instant.parse("2026-02-03T10:00:00Z"))
		);
		when(
			_registration.getStatusDate()
		).thenReturn(
			Date.from(Instant.parse("2026-02-20T11:00:00Z"))
		);
		when(
			_registration.getMotivation()
		).thenReturn(
			_TEXTS.get(0)
		);
		when(
			_registration.getDietaryNeeds()
		).thenReturn(
			_TEXTS.get(1)
		);
		when(
			_registration.getReviewComment()
		).thenReturn(
			_TEXTS.get(2)
		);
		when(
			_registration.getCancellationReason()
		).thenReturn(
			_TEXTS.get(3)
		);
	}

	@Test
	public void theParticipantsExportHoldsEverythingWrittenAboutTheirRegistration() {
		String xml = _exporter.toXmlString(
			_registration, _PARTICIPANT_USER_ID);

		assertAll(
			_TEXTS.stream(
			).map(
				text -> () -> assertTrue(xml.contains(text), text)
			));
	}

	@Test
	public void theManagersExportHoldsTheirDecisionDateAndNoneOfTheParticipantsText() {
		String xml = _exporter.toXmlString(_registration, _MANAGER_USER_ID);

		_assertNothingOfTheParticipant(xml);

		assertTrue(xml.contains("2026-02-03T10:00:00Z"), xml);
	}

	@Test
	public void theColleaguesExportSaysTheyRegisteredSomeoneAndNoMore() {
		String xml = _exporter.toXmlString(_registration, _COLLEAGUE_USER_ID);

		_assertNothingOfTheParticipant(xml);

		assertTrue(
			xml.contains(
				"<column-name>registeredForSomeoneElseDate</column-name>" +
					"<column-value><![CDATA[2026-02-01T09:00:00Z]]>"),
			xml);
	}

	@Test
	public void theCoordinatorsExportHoldsTheCancellationDateButNotTheReason() {
		String xml = _exporter.toXmlString(
			_registration, _COORDINATOR_USER_ID);

		_assertNothingOfTheParticipant(xml);

		assertTrue(xml.contains("2026-02-20T11:00:00Z"), xml);
	}

	@Test
	public void theBulkExportWritesEachRegistrationForThePersonWhoAsked()
		throws Exception {

		ActionableDynamicQuery actionableDynamicQuery = ExportedRows.queryOf(
			_registration);

		when(
			_registrationLocalService.getActionableDynamicQuery()
		).thenReturn(
			actionableDynamicQuery
		);

		ZipWriter zipWriter = mock(ZipWriter.class);
		ZipWriterFactory zipWriterFactory = mock(ZipWriterFactory.class);

		// The portal names the zip file with its date formatter and indents the XML with its SAX reader, which
		// this test has not got: file and layout are the portal's business, what goes into them this exporter's.

		RegistrationUADExporter exporter = new RegistrationUADExporter() {

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
			exporter, "registrationLocalService", _registrationLocalService);

		exporter.exportAll(_MANAGER_USER_ID, zipWriterFactory);

		ArgumentCaptor<byte[]> bytes = ArgumentCaptor.forClass(byte[].class);

		verify(
			zipWriter
		).addEntry(
			eq(_REGISTRATION_ID + ".xml"), bytes.capture()
		);

		_assertNothingOfTheParticipant(
			new String(bytes.getValue(), StandardCharsets.UTF_8));
	}

	private void _assertNothingOfTheParticipant(String xml) {
		assertAll(
			() -> assertFalse(xml.contains(_PARTICIPANT_NAME), xml),
			() -> assertAll(
				_TEXTS.stream(
				).map(
					text -> () -> assertFalse(xml.contains(text), text)
				)));
	}

	private static final long _COLLEAGUE_USER_ID = 30004;

	private static final long _COORDINATOR_USER_ID = 30003;

	private static final long _MANAGER_USER_ID = 30002;

	private static final String _PARTICIPANT_NAME = "Anna Andersson";

	private static final long _PARTICIPANT_USER_ID = 30001;

	private static final long _REGISTRATION_ID = 50001;

	private static final List<String> _TEXTS = List.of(
		"I work nights on a dementia ward", "Gluten-free, diabetic",
		"Approved although on part-time sick leave",
		"Cancelled after the deadline: hospitalised");

	private final RegistrationUADExporter _exporter =
		new RegistrationUADExporter();
	private final Registration _registration = mock(Registration.class);
	private final RegistrationLocalService _registrationLocalService = mock(
		RegistrationLocalService.class);

}
