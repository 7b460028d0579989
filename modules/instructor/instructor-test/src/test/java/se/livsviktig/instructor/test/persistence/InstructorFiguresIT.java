package se.livsviktig.instructor.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.configuration.LicenceStandingConfiguration;
import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.figures.InstructorCount;
import se.livsviktig.instructor.figures.InstructorStandingCount;
import se.livsviktig.instructor.service.InstructorFiguresLocalService;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.SessionInstructorLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.spi.InstructorStanding;
import se.livsviktig.training.staffing.DeliveredSessionCount;
import se.livsviktig.training.staffing.DeliveredSessionEnd;

/**
 * The report's instructor figures per administration, method and sex through the local service on PostgreSQL, plain
 * and rolled up under a parent organisation, each family counted in statements: certified instructors at a past
 * moment in one GROUP BY; the standings then from one statement of the certifications active at the moment and one
 * of the holders' latest certifications (training's methods and delivered sessions are training's, doubles here,
 * each asked once per call, up to the moment); active instructors from training's one GROUP BY and the one
 * statement of the holders' latest certifications.
 *
 * @author Livsviktig
 */
class InstructorFiguresIT {

	@RegisterExtension
	static final PersistenceHarness harness = InstructorRows.harness();

	@BeforeEach
	void addCertifications() throws Exception {
		harness.truncateTables();

		PortalUserTables.createIn(harness.database());

		// A parent with two administrations, the north one with a unit of its own

		_parent = _organization(0, "/");
		_north = _organization(_parent, "/" + _parent + "/");
		_south = _organization(_parent, "/" + _parent + "/");
		_northUnit = _organization(_north, "/" + _parent + "/" + _north + "/");

		_certification(
			_ANNA, _MHFA, _monthsBefore(40), _monthsAfter(20),
			CertificationConstants.STATE_ACTIVE, _monthsBefore(40), _north,
			"female");
		_certification(
			_ANNA, _YAM, _monthsBefore(40), null,
			CertificationConstants.STATE_ACTIVE, _monthsBefore(40), _northUnit,
			"female");

		// Certified 23 months before the moment: MHFA's first period of 24 months ends within the warning window

		_certification(
			_BO, _MHFA, _monthsBefore(23), _monthsAfter(20),
			CertificationConstants.STATE_REVOKED, _monthsAfter(1), _south,
			"male");
		_certification(
			_CECILIA, _YAM, _monthsBefore(23), _monthsAfter(20),
			CertificationConstants.STATE_REVOKED, _monthsBefore(1), _north,
			"female");

		LicenceStandingConfiguration licenceStandingConfiguration = mock(
			LicenceStandingConfiguration.class);

		when(
			licenceStandingConfiguration.atRiskWarningDays()
		).thenReturn(
			90
		);

		when(
			harness.portalService(
				ConfigurationProvider.class
			).getCompanyConfiguration(
				LicenceStandingConfiguration.class, _COMPANY_ID
			)
		).thenReturn(
			licenceStandingConfiguration
		);

		List<TrainingMethod> trainingMethods = List.of(
			_trainingMethod(_MHFA, 2, 24), _trainingMethod(_YAM, 0, 0));

		when(
			harness.portalService(
				TrainingMethodLocalService.class
			).<List<TrainingMethod>>dslQuery(
				any(DSLQuery.class)
			)
		).thenReturn(
			trainingMethods
		);
	}

	@Test
	void certifiedAtAPastMomentIsOneStatement() {
		InstructorFiguresLocalService instructorFiguresLocalService =
			harness.get(InstructorFiguresLocalService.class);

		harness.resetStatementCount();

		assertEquals(
			List.of(
				new InstructorCount(_north, _MHFA, "female", 1),
				new InstructorCount(_south, _MHFA, "male", 1),
				new InstructorCount(_northUnit, _YAM, "female", 1)),
			instructorFiguresLocalService.getCertifiedInstructorCounts(
				_COMPANY_ID, Date.from(_MOMENT)),
			"MHFA: Anna and Bo, revoked after the moment; YAM: Anna, not " +
				"Cecilia, revoked before it");
		assertEquals(1, harness.statementCount());

		harness.resetStatementCount();

		assertEquals(
			List.of(
				new InstructorCount(_north, _MHFA, "female", 1),
				new InstructorCount(_north, _YAM, "female", 1),
				new InstructorCount(_south, _MHFA, "male", 1)),
			instructorFiguresLocalService.getRolledUpCertifiedInstructorCounts(
				_COMPANY_ID, _parent, Date.from(_MOMENT)),
			"Anna's YAM in the north's unit counts for the north");
		assertEquals(1, harness.statementCount());
	}

	@Test
	void standingsAtAPastMomentAreOneStatementOfTheCertificationsActiveThen() {
		SessionInstructorLocalService sessionInstructorLocalService =
			harness.portalService(SessionInstructorLocalService.class);

		// Anna's two MHFA sessions ended 30 months before the moment: out of the 24 months that count

		when(
			sessionInstructorLocalService.getDeliveredSessionEnds(
				anyLong(), any(), any())
		).thenReturn(
			List.of(
				new DeliveredSessionEnd(
					_ANNA, _MHFA, Date.from(_monthsBefore(30)), 2))
		);

		InstructorFiguresLocalService instructorFiguresLocalService =
			harness.get(InstructorFiguresLocalService.class);

		harness.resetStatementCount();

		assertEquals(
			List.of(
				new InstructorStandingCount(
					_north, _MHFA, "female", InstructorStanding.LAPSED, 1),
				new InstructorStandingCount(
					_south, _MHFA, "male", InstructorStanding.AT_RISK, 1),
				new InstructorStandingCount(
					_northUnit, _YAM, "female", InstructorStanding.OK, 1)),
			instructorFiguresLocalService.getInstructorStandingCounts(
				_COMPANY_ID, Date.from(_MOMENT)),
			"MHFA: Bo at risk, Anna lapsed; YAM has no rule: Anna ok, not " +
				"Cecilia, revoked before the moment");
		assertEquals(
			2, harness.statementCount(),
			"the certifications active then and the holders' latest ones");

		harness.resetStatementCount();

		assertEquals(
			List.of(
				new InstructorStandingCount(
					_north, _MHFA, "female", InstructorStanding.LAPSED, 1),
				new InstructorStandingCount(
					_north, _YAM, "female", InstructorStanding.OK, 1),
				new InstructorStandingCount(
					_south, _MHFA, "male", InstructorStanding.AT_RISK, 1)),
			instructorFiguresLocalService.getRolledUpInstructorStandingCounts(
				_COMPANY_ID, _parent, Date.from(_MOMENT)));
		assertEquals(2, harness.statementCount());

		verify(
			sessionInstructorLocalService, times(2)
		).getDeliveredSessionEnds(
			eq(_COMPANY_ID), any(), eq(Date.from(_MOMENT))
		);
		verify(
			harness.portalService(TrainingMethodLocalService.class), times(2)
		).dslQuery(
			any(DSLQuery.class)
		);
	}

	@Test
	void activeIsTrainingsOneGroupByAndOneStatementOfTheHoldersLatestCertifications() {
		Date from = Date.from(_monthsBefore(12));
		Date to = Date.from(_MOMENT);

		SessionInstructorLocalService sessionInstructorLocalService =
			harness.portalService(SessionInstructorLocalService.class);

		when(
			sessionInstructorLocalService.getDeliveredSessionCounts(
				_COMPANY_ID, from, to)
		).thenReturn(
			List.of(
				new DeliveredSessionCount(_ANNA, _MHFA, 3),
				new DeliveredSessionCount(_BO, _MHFA, 1),
				new DeliveredSessionCount(_ANNA, _YAM, 1))
		);

		InstructorFiguresLocalService instructorFiguresLocalService =
			harness.get(InstructorFiguresLocalService.class);

		harness.resetStatementCount();

		assertEquals(
			List.of(
				new InstructorCount(_north, _MHFA, "female", 1),
				new InstructorCount(_south, _MHFA, "male", 1),
				new InstructorCount(_northUnit, _YAM, "female", 1)),
			instructorFiguresLocalService.getActiveInstructorCounts(
				_COMPANY_ID, from, to));
		assertEquals(1, harness.statementCount());

		harness.resetStatementCount();

		assertEquals(
			List.of(
				new InstructorCount(_north, _MHFA, "female", 1),
				new InstructorCount(_north, _YAM, "female", 1),
				new InstructorCount(_south, _MHFA, "male", 1)),
			instructorFiguresLocalService.getRolledUpActiveInstructorCounts(
				_COMPANY_ID, _parent, from, to));
		assertEquals(1, harness.statementCount());

		verify(
			sessionInstructorLocalService, times(2)
		).getDeliveredSessionCounts(
			_COMPANY_ID, from, to
		);
	}

	private static Instant _monthsAfter(int months) {
		return _MOMENT.atZone(
			ZoneOffset.UTC
		).plusMonths(
			months
		).toInstant();
	}

	private static Instant _monthsBefore(int months) {
		return _monthsAfter(-months);
	}

	private static TrainingMethod _trainingMethod(
		long trainingMethodId, int sessionsRequired, int periodMonths) {

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getTrainingMethodId()
		).thenReturn(
			trainingMethodId
		);
		when(
			trainingMethod.getLicenceSessionsRequired()
		).thenReturn(
			sessionsRequired
		);
		when(
			trainingMethod.getLicencePeriodMonths()
		).thenReturn(
			periodMonths
		);

		return trainingMethod;
	}

	private void _certification(
			long holderUserId, long trainingMethodId, Instant certifiedDate,
			Instant validUntil, int state, Instant stateDate,
			long organizationId, String sex)
		throws Exception {

		_rows.certification(
			certification -> {
				certification.setCompanyId(_COMPANY_ID);
				certification.setHolderUserId(holderUserId);
				certification.setTrainingMethodId(trainingMethodId);
				certification.setCertifiedDate(Date.from(certifiedDate));
				certification.setValidUntil(
					(validUntil == null) ? null : Date.from(validUntil));
				certification.setIssuer("MHFA Sverige");
				certification.setNumber(String.valueOf(_rows.newId()));
				certification.setState(state);
				certification.setStateDate(Date.from(stateDate));
				certification.setOrganizationId(organizationId);
				certification.setSex(sex);
			});
	}

	private long _organization(long parentOrganizationId, String parentTreePath)
		throws SQLException {

		long organizationId = _rows.newId();

		try (Connection connection = harness.database(
			).connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into Organization_ (organizationId, companyId, " +
					"parentOrganizationId, treePath, name, ctCollectionId) " +
						"values (?, ?, ?, ?, ?, 0)")) {

			preparedStatement.setLong(1, organizationId);
			preparedStatement.setLong(2, _COMPANY_ID);
			preparedStatement.setLong(3, parentOrganizationId);
			preparedStatement.setString(
				4, parentTreePath + organizationId + "/");
			preparedStatement.setString(5, "org" + organizationId);

			preparedStatement.executeUpdate();
		}

		return organizationId;
	}

	private static final long _ANNA = 1001;

	private static final long _BO = 1002;

	private static final long _CECILIA = 1003;

	private static final long _COMPANY_ID = 20097;

	private static final long _MHFA = 501;

	/**
	 * The last day of a past year, 00:00 UTC.
	 */
	private static final Instant _MOMENT = Instant.parse(
		"2025-12-31T00:00:00Z");

	private static final long _YAM = 502;

	private long _north;
	private long _northUnit;
	private long _parent;
	private final InstructorRows _rows = new InstructorRows(harness);
	private long _south;

}
