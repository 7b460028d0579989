package se.livsviktig.report.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.exception.ReportFreezeStatusException;
import se.livsviktig.report.figures.ReportFigureDifference;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.model.ReportFrozenFigure;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportFiguresLocalService;
import se.livsviktig.report.service.ReportFreezeLocalService;
import se.livsviktig.report.service.persistence.ReportFreezePersistence;
import se.livsviktig.report.service.persistence.ReportFrozenFigurePersistence;
import se.livsviktig.report.service.persistence.impl.constants.LVReportPersistenceConstants;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;
import se.livsviktig.training.service.TrainingFiguresLocalService;

/**
 * Freezing a year on PostgreSQL through the local services and their transactions: the freeze and every figure
 * training's API returns are stored together, or, when reading the figures fails half-way, nothing is; a later
 * correction shows as a difference beside the frozen value; an unfreeze keeps the figures and records who, when
 * and why, once. Training's figures are a double here: its statements are proven in training-test (T3, T3p).
 *
 * @author Livsviktig
 */
class ReportFreezeFlowIT {

	@RegisterExtension
	static final PersistenceHarness harness =
		PersistenceHarness.forServiceBundle(LVReportPersistenceConstants.class);

	@BeforeEach
	void setUp() throws Exception {
		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getFullName()).thenReturn("Karin Samordnare");

		when(
			harness.portalService(
				UserLocalService.class
			).getUser(
				anyLong()
			)
		).thenReturn(
			user
		);

		_trainingFiguresLocalService = harness.portalService(
			TrainingFiguresLocalService.class);

		when(
			_trainingFiguresLocalService.getSessionFigures(
				eq(_COMPANY_ID), eq(_PERIOD.getFrom()), eq(_PERIOD.getTo()),
				any(Date.class))
		).thenReturn(
			List.of(new SessionFigures(_MHFA, 4, 1))
		);

		_participantFigures(6);
	}

	@Test
	void aFailedFreezeLeavesNoFreezeBehind() throws Exception {
		long groupId = harness.counterLocalService().increment();

		when(
			_trainingFiguresLocalService.getParticipantFigures(
				anyLong(), any(Date.class), any(Date.class))
		).thenThrow(
			new SystemException("The database went away")
		);

		assertThrows(
			SystemException.class,
			() -> _freezeLocalService().freeze(
				_USER_ID, groupId, _PERIOD, 0, _NOW));

		assertEquals(
			0,
			harness.<Integer>inTransaction(
				() -> harness.get(
					ReportFreezePersistence.class
				).countByGroupId(
					groupId
				)));
	}

	@Test
	void aFreezeStoresEveryFigureWithWhoAndWhen() throws Exception {
		long groupId = harness.counterLocalService().increment();

		ReportFreeze reportFreeze = _freezeLocalService().freeze(
			_USER_ID, groupId, _PERIOD, 0, _NOW);

		ReportFreeze stored = harness.inTransaction(
			() -> harness.get(
				ReportFreezePersistence.class
			).findByPrimaryKey(
				reportFreeze.getReportFreezeId()
			));

		assertEquals(ReportConstants.STATUS_FROZEN, stored.getStatus());
		assertEquals("Karin Samordnare", stored.getUserName());
		assertEquals(_NOW, stored.getCreateDate());
		assertEquals(_PERIOD.getFrom(), stored.getPeriodFrom());
		assertEquals(_PERIOD.getTo(), stored.getPeriodTo());

		List<String> figures = new ArrayList<>();

		for (ReportFrozenFigure reportFrozenFigure :
				harness.inTransaction(
					() -> harness.get(
						ReportFrozenFigurePersistence.class
					).findByReportFreezeId(
						reportFreeze.getReportFreezeId()
					))) {

			figures.add(
				reportFrozenFigure.getFigureKey() + " " +
					reportFrozenFigure.getOrganizationId() + " " +
						reportFrozenFigure.getTrainingMethodId() + " " +
							reportFrozenFigure.getSex() + " " +
								reportFrozenFigure.getValue());
		}

		assertEquals(
			List.of(
				"training.sessions-held 0 501  4.0",
				"training.sessions-cancelled 0 501  1.0",
				"training.registrations 7 501 female 10.0",
				"training.participants 7 501 female 9.0",
				"training.completed 7 501 female 6.0",
				"training.not-completed 7 501 female 1.0",
				"training.no-show 7 501 female 2.0",
				"training.late-cancellations 7 501 female 1.0",
				"training.unmet-demand 7 501 female 3.0",
				"training.participant-hours 7 501 female 45.0"),
			figures);
	}

	@Test
	void aLaterCorrectionShowsAsADifferenceBesideTheFrozenValue()
		throws Exception {

		long groupId = harness.counterLocalService().increment();

		ReportFreeze reportFreeze = _freezeLocalService().freeze(
			_USER_ID, groupId, _PERIOD, 0, _NOW);

		ReportFiguresLocalService reportFiguresLocalService = harness.get(
			ReportFiguresLocalService.class);

		assertEquals(
			List.of(),
			reportFiguresLocalService.getDifferences(
				reportFreeze.getReportFreezeId(), _NOW));

		_participantFigures(5);

		assertEquals(
			List.of(
				new ReportFigureDifference(
					ReportFigureKeys.TRAINING_COMPLETED, 7, _MHFA,
					ReportSexes.FEMALE, 6, 5),
				new ReportFigureDifference(
					ReportFigureKeys.TRAINING_PARTICIPANT_HOURS, 7, _MHFA,
					ReportSexes.FEMALE, 45, 37.5)),
			reportFiguresLocalService.getDifferences(
				reportFreeze.getReportFreezeId(), _NOW));
	}

	@Test
	void anUnfreezeKeepsTheFiguresAndRecordsWhoWhenAndWhyOnce()
		throws Exception {

		long groupId = harness.counterLocalService().increment();

		ReportFreeze reportFreeze = _freezeLocalService().freeze(
			_USER_ID, groupId, _PERIOD, 0, _NOW);

		Date later = new Date(_NOW.getTime() + 86_400_000L);

		_freezeLocalService().unfreeze(
			_USER_ID + 1, reportFreeze.getReportFreezeId(),
			"Sent with last year's method list", later);

		ReportFreeze stored = harness.inTransaction(
			() -> harness.get(
				ReportFreezePersistence.class
			).findByPrimaryKey(
				reportFreeze.getReportFreezeId()
			));

		assertEquals(ReportConstants.STATUS_UNFROZEN, stored.getStatus());
		assertEquals(_USER_ID + 1, stored.getUnfrozenByUserId());
		assertEquals(later, stored.getUnfrozenDate());
		assertEquals(
			"Sent with last year's method list", stored.getUnfreezeReason());
		assertEquals(
			10,
			harness.<Integer>inTransaction(
				() -> harness.get(
					ReportFrozenFigurePersistence.class
				).countByReportFreezeId(
					reportFreeze.getReportFreezeId()
				)));

		assertThrows(
			ReportFreezeStatusException.class,
			() -> _freezeLocalService().unfreeze(
				_USER_ID, reportFreeze.getReportFreezeId(), "Again", later));
	}

	private ReportFreezeLocalService _freezeLocalService() {
		return harness.get(ReportFreezeLocalService.class);
	}

	private void _participantFigures(int completed) {
		when(
			_trainingFiguresLocalService.getParticipantFigures(
				_COMPANY_ID, _PERIOD.getFrom(), _PERIOD.getTo())
		).thenReturn(
			List.of(
				new ParticipantFigures(
					7, _MHFA, RegistrationSexes.FEMALE, 10, 9, completed, 1, 2,
					1, 3, completed * 7.5))
		);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _MHFA = 501;

	/**
	 * A whole second: PostgreSQL keeps it exactly.
	 */
	private static final Date _NOW = new Date(1_800_000_000_000L);

	private static final ReportPeriod _PERIOD = ReportPeriod.ofYear(
		2026, ZoneOffset.UTC);

	private static final long _USER_ID = 302;

	private TrainingFiguresLocalService _trainingFiguresLocalService;

}
