package se.livsviktig.report.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.mockito.InOrder;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.exception.ReportExportMappingException;
import se.livsviktig.report.exception.ReportTrainingMethodException;
import se.livsviktig.report.export.ReportExportLine;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.internal.export.ReportExportDefaultMapping;
import se.livsviktig.report.model.ReportExportRow;
import se.livsviktig.report.service.persistence.ReportExportRowPersistence;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A site's mapping: the default until one is saved (and reading it stores nothing), a save replaces the rows in
 * order or, refused, leaves the saved mapping as it was.
 *
 * @author Livsviktig
 */
class ReportExportRowLocalServiceImplTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(
			_service, "reportExportRowPersistence", _reportExportRowPersistence);
		Fields.set(
			_service, "_trainingMethodLocalService",
			_trainingMethodLocalService);
		Fields.set(_service, "userLocalService", _userLocalService);

		when(_user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_user.getFullName()).thenReturn("Stina Samordnare");
		when(_userLocalService.getUser(_USER_ID)).thenReturn(_user);
	}

	@Test
	void aSavedRowNamingAFigureNoLongerKnownIsRefusedOnExport() {
		ReportExportRow reportExportRow = _storedRow(
			"Gamla siffran", "training.withdrawn");

		when(
			_reportExportRowPersistence.findByGroupId(_GROUP_ID)
		).thenReturn(
			List.of(reportExportRow)
		);

		assertThrows(
			ReportExportMappingException.class,
			() -> _service.getExportLines(_GROUP_ID, List.of()));
	}

	@Test
	void aSaveNamingAnotherCompanysMethodIsRefusedAndKeepsTheSavedMapping() {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(trainingMethod.getCompanyId()).thenReturn(_COMPANY_ID + 1);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(_MHFA)
		).thenReturn(
			trainingMethod
		);

		assertThrows(
			ReportTrainingMethodException.class,
			() -> _service.updateMapping(
				_USER_ID, _GROUP_ID,
				List.of(
					new ReportExportMappingRow(
						"MHFA", ReportFigureKeys.TRAINING_COMPLETED, _MHFA,
						"")),
				_NOW));

		verify(_reportExportRowPersistence, never()).removeByGroupId(anyLong());
	}

	@Test
	void aSaveNamingAnUnknownFigureIsRefusedAndKeepsTheSavedMapping() {
		assertThrows(
			ReportExportMappingException.class,
			() -> _service.updateMapping(
				_USER_ID, _GROUP_ID,
				List.of(
					new ReportExportMappingRow(
						"Okänd", "training.unknown", 0, "")),
				_NOW));

		verify(_reportExportRowPersistence, never()).removeByGroupId(anyLong());
		verify(_reportExportRowPersistence, never()).create(anyLong());
	}

	@Test
	void aSaveReplacesTheSitesRowsInTheGivenOrder() throws Exception {
		ReportExportRow first = mock(ReportExportRow.class);
		ReportExportRow second = mock(ReportExportRow.class);

		when(_counterLocalService.increment()).thenReturn(901L, 902L);
		when(_reportExportRowPersistence.create(901)).thenReturn(first);
		when(_reportExportRowPersistence.create(902)).thenReturn(second);
		when(_reportExportRowPersistence.update(first)).thenReturn(first);
		when(_reportExportRowPersistence.update(second)).thenReturn(second);

		List<ReportExportRow> reportExportRows = _service.updateMapping(
			_USER_ID, _GROUP_ID,
			Arrays.asList(
				new ReportExportMappingRow(
					" Genomförda ", ReportFigureKeys.TRAINING_COMPLETED, 0,
					"female"),
				new ReportExportMappingRow(
					"Timmar", ReportFigureKeys.TRAINING_PARTICIPANT_HOURS, 0,
					"")),
			_NOW);

		assertEquals(Arrays.asList(first, second), reportExportRows);

		InOrder inOrder = inOrder(_reportExportRowPersistence);

		inOrder.verify(_reportExportRowPersistence).removeByGroupId(_GROUP_ID);
		inOrder.verify(_reportExportRowPersistence).create(901);

		verify(first).setPosition(0);
		verify(first).setLabel("Genomförda");
		verify(first).setFigureKey(ReportFigureKeys.TRAINING_COMPLETED);
		verify(first).setSex("female");
		verify(first).setGroupId(_GROUP_ID);
		verify(first).setCompanyId(_COMPANY_ID);
		verify(first).setUserId(_USER_ID);
		verify(second).setPosition(1);
		verify(second).setFigureKey(
			ReportFigureKeys.TRAINING_PARTICIPANT_HOURS);
	}

	@Test
	void aSiteThatSavedNoMappingExportsTheDefault() throws Exception {
		List<ReportExportLine> reportExportLines = _service.getExportLines(
			_GROUP_ID,
			List.of(
				new ReportFigure(
					ReportFigureKeys.TRAINING_SESSIONS_HELD, 0, _MHFA, 4)));

		assertEquals(
			ReportExportDefaultMapping.ROWS.size(), reportExportLines.size());
		assertEquals(
			new ReportExportLine(ReportExportDefaultMapping.ROWS.get(0), 4),
			reportExportLines.get(0));
	}

	@Test
	void readingTheDefaultMappingStoresNothing() {
		assertSame(
			ReportExportDefaultMapping.ROWS, _service.getMapping(_GROUP_ID));
		assertFalse(_service.hasSavedMapping(_GROUP_ID));

		verify(_reportExportRowPersistence, never()).create(anyLong());
		verify(_reportExportRowPersistence, never()).update(any());
		verifyNoInteractions(_counterLocalService);
	}

	@Test
	void theSavedMappingIsReadInsteadOfTheDefault() {
		ReportExportRow reportExportRow = _storedRow(
			"Genomförda MHFA", ReportFigureKeys.TRAINING_COMPLETED);

		when(reportExportRow.getTrainingMethodId()).thenReturn(_MHFA);
		when(
			_reportExportRowPersistence.findByGroupId(_GROUP_ID)
		).thenReturn(
			List.of(reportExportRow)
		);

		assertEquals(
			List.of(
				new ReportExportMappingRow(
					"Genomförda MHFA", ReportFigureKeys.TRAINING_COMPLETED,
					_MHFA, "")),
			_service.getMapping(_GROUP_ID));
	}

	private ReportExportRow _storedRow(String label, String figureKey) {
		ReportExportRow reportExportRow = mock(ReportExportRow.class);

		when(reportExportRow.getLabel()).thenReturn(label);
		when(reportExportRow.getFigureKey()).thenReturn(figureKey);
		when(reportExportRow.getSex()).thenReturn("");

		return reportExportRow;
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final long _MHFA = 11;

	private static final Date _NOW = new Date(1_790_000_000_000L);

	private static final long _USER_ID = 302;

	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final ReportExportRowPersistence _reportExportRowPersistence =
		mock(ReportExportRowPersistence.class);
	private final ReportExportRowLocalServiceImpl _service =
		new ReportExportRowLocalServiceImpl();
	private final TrainingMethodLocalService _trainingMethodLocalService = mock(
		TrainingMethodLocalService.class);
	private final User _user = mock(User.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
