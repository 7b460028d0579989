package se.livsviktig.report.test.persistence;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.petra.executor.PortalExecutorManager;
import com.liferay.portal.dao.orm.hibernate.DynamicQueryFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.OrderFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.ProjectionFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.PropertyFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.RestrictionsFactoryImpl;
import com.liferay.portal.kernel.dao.orm.DynamicQueryFactoryUtil;
import com.liferay.portal.kernel.dao.orm.OrderFactoryUtil;
import com.liferay.portal.kernel.dao.orm.ProjectionFactoryUtil;
import com.liferay.portal.kernel.dao.orm.PropertyFactoryUtil;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.module.util.SystemBundleUtil;
import com.liferay.portal.kernel.search.IndexerRegistry;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;


import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.UserColumns;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.model.ReportExportRow;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.model.ReportFrozenFigure;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportExportRowLocalService;
import se.livsviktig.report.service.ReportFreezeLocalService;
import se.livsviktig.report.service.persistence.ReportExportRowPersistence;
import se.livsviktig.report.service.persistence.ReportFreezePersistence;
import se.livsviktig.report.service.persistence.ReportFrozenFigurePersistence;
import se.livsviktig.report.service.persistence.impl.constants.LVReportPersistenceConstants;
import se.livsviktig.report.uad.anonymizer.ReportExportRowUADAnonymizer;
import se.livsviktig.report.uad.anonymizer.ReportFreezeUADAnonymizer;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;
import se.livsviktig.training.service.TrainingFiguresLocalService;

/**
 * Erasing the coordinators who froze, unfroze and mapped a report on PostgreSQL, every report anonymiser run as
 * the portal's "anonymise all" does: afterwards no user id or user name column of any LVReport_ table names either
 * of them, the freezes stay with their period, state and unfreeze reason, the mapping keeps its lines, and every
 * frozen figure is what it was.
 *
 * @author Livsviktig
 */
class ReportErasureIT {

	@RegisterExtension
	static final PersistenceHarness harness =
		PersistenceHarness.forServiceBundle(LVReportPersistenceConstants.class);

	/**
	 * As careprogram-test's CareProgramErasureIT: the portal's dynamic query factories (from the API jar) that the
	 * UAD framework's queries use, an executor manager the actionable query asks for, and an indexer registry for
	 * the generated methods' @Indexable advice.
	 */
	@BeforeAll
	static void setUpPortalServices() {
		SystemBundleUtil.getBundleContext(
		).registerService(
			IndexerRegistry.class, mock(IndexerRegistry.class), null
		);
		SystemBundleUtil.getBundleContext(
		).registerService(
			PortalExecutorManager.class, mock(PortalExecutorManager.class), null
		);

		new DynamicQueryFactoryUtil().setDynamicQueryFactory(
			new DynamicQueryFactoryImpl());
		new OrderFactoryUtil().setOrderFactory(new OrderFactoryImpl());
		new ProjectionFactoryUtil().setProjectionFactory(
			new ProjectionFactoryImpl());
		new PropertyFactoryUtil().setPropertyFactory(new PropertyFactoryImpl());
		new RestrictionsFactoryUtil().setRestrictionsFactory(
			new RestrictionsFactoryImpl());
	}

	@BeforeEach
	void setUp() throws Exception {
		_user(_FREEZER_USER_ID);
		_user(_UNFREEZER_USER_ID);

		when(_anonymousUser.getUserId()).thenReturn(_ANONYMOUS_USER_ID);
		when(_anonymousUser.getFullName()).thenReturn("Anonymous Anonymous");

		TrainingFiguresLocalService trainingFiguresLocalService =
			harness.portalService(TrainingFiguresLocalService.class);

		when(
			trainingFiguresLocalService.getSessionFigures(
				eq(_COMPANY_ID), eq(_PERIOD.getFrom()), eq(_PERIOD.getTo()),
				any(Date.class))
		).thenReturn(
			List.of(new SessionFigures(_MHFA, 4, 1))
		);
		when(
			trainingFiguresLocalService.getParticipantFigures(
				_COMPANY_ID, _PERIOD.getFrom(), _PERIOD.getTo())
		).thenReturn(
			List.of(
				new ParticipantFigures(
					7, _MHFA, RegistrationSexes.FEMALE, 10, 9, 6, 1, 2, 1, 3,
					45))
		);
	}

	@Test
	void erasedCoordinatorsLeaveTheFreezesAndTheirFiguresAsReported()
		throws Exception {

		long groupId = harness.counterLocalService().increment();

		ReportFreezeLocalService reportFreezeLocalService = harness.get(
			ReportFreezeLocalService.class);

		ReportFreeze withdrawn = reportFreezeLocalService.freeze(
			_FREEZER_USER_ID, groupId, _PERIOD, 0, _NOW);

		reportFreezeLocalService.unfreeze(
			_UNFREEZER_USER_ID, withdrawn.getReportFreezeId(),
			"Sent with last year's method list",
			new Date(_NOW.getTime() + 86_400_000L));

		ReportFreeze reported = reportFreezeLocalService.freeze(
			_FREEZER_USER_ID, groupId, _PERIOD, 0,
			new Date(_NOW.getTime() + 172_800_000L));

		harness.get(
			ReportExportRowLocalService.class
		).updateMapping(
			_UNFREEZER_USER_ID, groupId,
			List.of(
				new ReportExportMappingRow(
					"Antal medarbetare som gått MHFA",
					ReportFigureKeys.TRAINING_PARTICIPANTS, 0, ReportSexes.NONE),
				new ReportExportMappingRow(
					"Varav kvinnor", ReportFigureKeys.TRAINING_PARTICIPANTS, 0,
					ReportSexes.FEMALE)),
			_NOW
		);

		List<String> withdrawnFigures = _frozenFigures(withdrawn);
		List<String> reportedFigures = _frozenFigures(reported);

		assertEquals(10, withdrawnFigures.size());
		assertEquals(
			List.of(
				"lvreport_reportexportrow.userid",
				"lvreport_reportexportrow.username",
				"lvreport_reportfreeze.unfrozenbyuserid",
				"lvreport_reportfreeze.unfrozenbyusername"),
			_columnsNaming(_UNFREEZER_USER_ID),
			"the columns the erasure must clear name the unfreezer before it");

		_erase(_FREEZER_USER_ID);
		_erase(_UNFREEZER_USER_ID);

		ReportFreeze erasedWithdrawn = _freeze(withdrawn);
		ReportFreeze erasedReported = _freeze(reported);
		List<ReportExportRow> mapping = harness.inTransaction(
			() -> harness.get(
				ReportExportRowPersistence.class
			).findByGroupId(
				groupId
			));

		assertAll(
			() -> assertEquals(List.of(), _columnsNaming(_FREEZER_USER_ID)),
			() -> assertEquals(List.of(), _columnsNaming(_UNFREEZER_USER_ID)),
			() -> assertEquals(withdrawnFigures, _frozenFigures(withdrawn)),
			() -> assertEquals(reportedFigures, _frozenFigures(reported)),
			() -> assertEquals(
				ReportConstants.STATUS_UNFROZEN, erasedWithdrawn.getStatus()),
			() -> assertEquals(
				_ANONYMOUS_USER_ID, erasedWithdrawn.getUserId()),
			() -> assertEquals(
				_ANONYMOUS_USER_ID, erasedWithdrawn.getUnfrozenByUserId()),
			() -> assertEquals(
				"Anonymous Anonymous", erasedWithdrawn.getUnfrozenByUserName()),
			() -> assertEquals(
				"Sent with last year's method list",
				erasedWithdrawn.getUnfreezeReason()),
			() -> assertEquals(
				_PERIOD.getFrom(), erasedWithdrawn.getPeriodFrom()),
			() -> assertEquals(
				ReportConstants.STATUS_FROZEN, erasedReported.getStatus()),
			() -> assertEquals(
				"Anonymous Anonymous", erasedReported.getUserName()),
			() -> assertEquals(2, mapping.size()),
			() -> assertEquals(
				"Antal medarbetare som gått MHFA", mapping.get(0).getLabel()),
			() -> assertEquals(_ANONYMOUS_USER_ID, mapping.get(1).getUserId()));
	}

	/**
	 * @return each column of a report table that holds a user's id or name and still names the person, as
	 *         {@code table.column}
	 */
	private List<String> _columnsNaming(long userId) throws Exception {
		UserColumns userColumns = UserColumns.of(
			harness.pooledDataSource(), "lvreport_%");

		List<String> tableNames = userColumns.tableNames();

		assertTrue(
			tableNames.containsAll(
				List.of(
					"lvreport_reportexportrow", "lvreport_reportfreeze",
					"lvreport_reportfrozenfigure")),
			"every report table: " + tableNames);

		return userColumns.naming(userId, _fullName(userId));
	}

	/**
	 * Runs every anonymiser of the report app's personal data, as the portal's "anonymise all" does.
	 */
	private void _erase(long userId) throws Exception {
		List<UADAnonymizer<?>> uadAnonymizers = List.of(
			_wired(
				new ReportFreezeUADAnonymizer(), "reportFreezeLocalService",
				ReportFreezeLocalService.class),
			_wired(
				new ReportExportRowUADAnonymizer(),
				"reportExportRowLocalService",
				ReportExportRowLocalService.class));

		harness.runInTransaction(
			() -> {
				for (UADAnonymizer<?> uadAnonymizer : uadAnonymizers) {
					uadAnonymizer.autoAnonymizeAll(userId, _anonymousUser);
				}
			});
	}

	private ReportFreeze _freeze(ReportFreeze reportFreeze) throws Exception {
		return harness.inTransaction(
			() -> harness.get(
				ReportFreezePersistence.class
			).findByPrimaryKey(
				reportFreeze.getReportFreezeId()
			));
	}

	private List<String> _frozenFigures(ReportFreeze reportFreeze)
		throws Exception {

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

		return figures;
	}

	private String _fullName(long userId) {
		return "Person " + userId;
	}

	private void _user(long userId) throws Exception {
		User user = mock(User.class);

		when(user.getUserId()).thenReturn(userId);
		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getFullName()).thenReturn(_fullName(userId));

		UserLocalService userLocalService = harness.portalService(
			UserLocalService.class);

		when(userLocalService.getUser(userId)).thenReturn(user);
		when(userLocalService.fetchUser(userId)).thenReturn(user);
	}

	private <T extends UADAnonymizer<?>> T _wired(
		T uadAnonymizer, String fieldName, Class<?> localServiceClass) {

		Fields.set(
			uadAnonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));

		Fields.set(uadAnonymizer, fieldName, harness.get(localServiceClass));

		return uadAnonymizer;
	}

	private static final long _ANONYMOUS_USER_ID = 9;

	private static final long _COMPANY_ID = 20097;

	/**
	 * Ids no other report test uses: the check reads whole tables.
	 */
	private static final long _FREEZER_USER_ID = 7301;

	private static final long _MHFA = 501;

	/**
	 * A whole second: PostgreSQL keeps it exactly.
	 */
	private static final Date _NOW = new Date(1_800_000_000_000L);

	private static final ReportPeriod _PERIOD = ReportPeriod.ofYear(
		2026, ZoneOffset.UTC);

	private static final long _UNFREEZER_USER_ID = 7302;

	private final User _anonymousUser = mock(User.class);

}
