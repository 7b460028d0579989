package se.livsviktig.instructor.internal.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.configuration.LicenceStandingConfiguration;
import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.impl.CertificationImpl;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.SessionInstructorLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.spi.InstructorStanding;
import se.livsviktig.training.staffing.DeliveredSessionEnd;

/**
 * The standings of a company's instructors come from one certification query, one query of the methods' rules
 * and one call of training's delivered sessions, however many instructors there are, each method measured by
 * its own rule; one holder's are the same, from the same calls filtered to them.
 *
 * @author Livsviktig
 */
public class LicenceStandingLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_service, "_certificationLocalService", _certificationLocalService);
		Fields.set(
			_service, "_configurationProvider", _configurationProvider);
		Fields.set(
			_service, "_sessionInstructorLocalService",
			_sessionInstructorLocalService);
		Fields.set(
			_service, "_trainingMethodLocalService",
			_trainingMethodLocalService);

		_service.setClock(Clock.fixed(_NOW, ZoneOffset.UTC));

		LicenceStandingConfiguration licenceStandingConfiguration = mock(
			LicenceStandingConfiguration.class);

		when(
			licenceStandingConfiguration.atRiskWarningDays()
		).thenReturn(
			90
		);

		when(
			_configurationProvider.getCompanyConfiguration(
				LicenceStandingConfiguration.class, _COMPANY_ID)
		).thenReturn(
			licenceStandingConfiguration
		);

		List<TrainingMethod> trainingMethods = List.of(
			_trainingMethod(_MHFA, 2, 24), _trainingMethod(_YAM, 1, 12),
			_trainingMethod(_SIP, 0, 0));

		when(
			_trainingMethodLocalService.<List<TrainingMethod>>dslQuery(
				any(DSLQuery.class))
		).thenReturn(
			trainingMethods
		);
	}

	@Test
	public void eachMethodIsMeasuredByItsOwnPeriodFromOneCallOfDeliveredSessions() {
		_certifications(
			_certification(_ANNA, _MHFA), _certification(_ANNA, _YAM),
			_certification(_BO, _MHFA), _certification(_CECILIA, _SIP));

		_delivered(
			new DeliveredSessionEnd(_ANNA, _MHFA, Date.from(_monthsAgo(20)), 2),
			new DeliveredSessionEnd(_ANNA, _YAM, Date.from(_monthsAgo(13)), 1),
			new DeliveredSessionEnd(_BO, _MHFA, Date.from(_monthsAgo(2)), 1),
			new DeliveredSessionEnd(_BO, _MHFA, Date.from(_monthsAgo(22)), 1));

		List<InstructorStanding> standings = new ArrayList<>();

		for (LicenceStanding licenceStanding :
				_service.getLicenceStandings(_COMPANY_ID)) {

			standings.add(licenceStanding.getStanding());
		}

		assertEquals(
			List.of(
				InstructorStanding.OK, InstructorStanding.LAPSED,
				InstructorStanding.AT_RISK, InstructorStanding.OK),
			standings);

		verify(
			_sessionInstructorLocalService, times(1)
		).getDeliveredSessionEnds(
			eq(_COMPANY_ID),
			eq(Date.from(Instant.parse("2028-06-15T00:00:00Z"))),
			eq(Date.from(_NOW))
		);
		verify(
			_certificationLocalService, times(1)
		).dslQuery(
			any(DSLQuery.class)
		);
		verify(
			_trainingMethodLocalService, times(1)
		).dslQuery(
			any(DSLQuery.class)
		);
	}

	@Test
	public void filteredByStandingKeepsOnlyThatStanding() {
		_certifications(
			_certification(_ANNA, _MHFA), _certification(_BO, _MHFA));

		_delivered(new DeliveredSessionEnd(_BO, _MHFA, Date.from(_monthsAgo(1)), 2));

		List<LicenceStanding> licenceStandings = _service.getLicenceStandings(
			_COMPANY_ID, _MHFA, InstructorStanding.LAPSED);

		assertEquals(1, licenceStandings.size());
		assertEquals(_ANNA, licenceStandings.get(0).getUserId());
	}

	@Test
	public void aHoldersStandingsAreTheirRowsOfTheCompanysFromTheirOwnRows() {
		_certifications(
			_certification(_ANNA, _MHFA), _certification(_ANNA, _YAM),
			_certification(_BO, _MHFA), _certification(_CECILIA, _SIP));

		DeliveredSessionEnd annaMhfa = new DeliveredSessionEnd(
			_ANNA, _MHFA, Date.from(_monthsAgo(20)), 2);
		DeliveredSessionEnd annaYam = new DeliveredSessionEnd(
			_ANNA, _YAM, Date.from(_monthsAgo(3)), 1);
		DeliveredSessionEnd boMhfa = new DeliveredSessionEnd(
			_BO, _MHFA, Date.from(_monthsAgo(2)), 2);

		_delivered(annaMhfa, annaYam, boMhfa);

		when(
			_sessionInstructorLocalService.getDeliveredSessionEnds(
				eq(_COMPANY_ID), eq(_ANNA), any(), any())
		).thenReturn(
			List.of(annaMhfa, annaYam)
		);

		List<LicenceStanding> annasOfTheCompanys = new ArrayList<>();

		for (LicenceStanding licenceStanding :
				_service.getLicenceStandings(_COMPANY_ID)) {

			if (licenceStanding.getUserId() == _ANNA) {
				annasOfTheCompanys.add(licenceStanding);
			}
		}

		assertEquals(2, annasOfTheCompanys.size());

		clearInvocations(
			_certificationLocalService, _sessionInstructorLocalService,
			_trainingMethodLocalService);

		assertEquals(
			annasOfTheCompanys,
			_service.getHolderLicenceStandings(_COMPANY_ID, _ANNA));

		verify(
			_sessionInstructorLocalService, times(1)
		).getDeliveredSessionEnds(
			eq(_COMPANY_ID), eq(_ANNA),
			eq(Date.from(Instant.parse("2028-06-15T00:00:00Z"))),
			eq(Date.from(_NOW))
		);
		verify(
			_sessionInstructorLocalService, never()
		).getDeliveredSessionEnds(
			anyLong(), any(), any()
		);
		verify(
			_certificationLocalService, times(1)
		).dslQuery(
			any(DSLQuery.class)
		);
		verify(
			_trainingMethodLocalService, times(1)
		).dslQuery(
			any(DSLQuery.class)
		);
	}

	@Test
	public void aHolderWithoutCertificationsHasNoStandings() {
		_certifications(_certification(_BO, _MHFA));

		assertEquals(
			List.of(), _service.getHolderLicenceStandings(_COMPANY_ID, _ANNA));

		verify(
			_sessionInstructorLocalService, never()
		).getDeliveredSessionEnds(
			anyLong(), anyLong(), any(), any()
		);
	}

	@Test
	public void noCertificationsAskNothingOfTraining() {
		_certifications();

		assertEquals(List.of(), _service.getLicenceStandings(_COMPANY_ID));

		verify(
			_sessionInstructorLocalService, times(0)
		).getDeliveredSessionEnds(
			anyLong(), any(), any()
		);
	}

	@Test
	public void standingsAsOfAPastMomentAreMeasuredThenFromTheCertificationsActiveThen() {
		_certifications(_certification(_ANNA, _MHFA));

		// Two sessions 30 months ago: within MHFA's 24 months a year ago, outside them today

		_delivered(
			new DeliveredSessionEnd(_ANNA, _MHFA, Date.from(_monthsAgo(30)), 2));

		Instant aYearAgo = _monthsAgo(12);

		List<LicenceStanding> licenceStandings =
			_service.getLicenceStandingsAsOf(_COMPANY_ID, aYearAgo);

		assertEquals(1, licenceStandings.size());
		assertEquals(
			InstructorStanding.OK, licenceStandings.get(0).getStanding(),
			"the deadline was 6 months after the moment");
		assertEquals(
			InstructorStanding.LAPSED,
			_service.getLicenceStandings(
				_COMPANY_ID
			).get(
				0
			).getStanding(),
			"today the sessions are out of the period");

		verify(
			_sessionInstructorLocalService, times(1)
		).getDeliveredSessionEnds(
			eq(_COMPANY_ID),
			eq(
				Date.from(
					LicenceStandingCalculator.periodStart(aYearAgo, 24))),
			eq(Date.from(aYearAgo))
		);
		verify(
			_certificationLocalService
		).dslQuery(
			argThat(
				dslQuery -> dslQuery.toSQL(
					new DefaultASTNodeListener()
				).contains(
					"stateDate"
				))
		);
	}

	private static Instant _monthsAgo(int months) {
		return _NOW.atZone(
			ZoneOffset.UTC
		).minusMonths(
			months
		).toInstant();
	}

	private Certification _certification(long holderUserId, long methodId) {
		Certification certification = new CertificationImpl();

		certification.setCompanyId(_COMPANY_ID);
		certification.setHolderUserId(holderUserId);
		certification.setTrainingMethodId(methodId);
		certification.setCertifiedDate(Date.from(_monthsAgo(60)));
		certification.setState(CertificationConstants.STATE_ACTIVE);

		return certification;
	}

	/**
	 * The certifications the database holds: a query filtered by holder (a holderUserId condition, whose value is
	 * the last parameter of ActiveCertificationsQuery) gets only that holder's, as the database would answer.
	 */
	private void _certifications(Certification... certifications) {
		when(
			_certificationLocalService.<List<Certification>>dslQuery(
				any(DSLQuery.class))
		).thenAnswer(
			invocation -> {
				DefaultASTNodeListener defaultASTNodeListener =
					new DefaultASTNodeListener();

				DSLQuery dslQuery = invocation.getArgument(0);

				String sql = dslQuery.toSQL(defaultASTNodeListener);

				if (!sql.contains("holderUserId")) {
					return List.of(certifications);
				}

				List<Object> values = defaultASTNodeListener.getScalarValues();

				Object holderUserId = values.get(values.size() - 1);

				List<Certification> holders = new ArrayList<>();

				for (Certification certification : certifications) {
					if (holderUserId.equals(certification.getHolderUserId())) {
						holders.add(certification);
					}
				}

				return holders;
			}
		);
	}

	private void _delivered(DeliveredSessionEnd... deliveredSessionEnds) {
		when(
			_sessionInstructorLocalService.getDeliveredSessionEnds(
				anyLong(), any(), any())
		).thenReturn(
			List.of(deliveredSessionEnds)
		);
	}

	private TrainingMethod _trainingMethod(
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

	private static final long _ANNA = 1001;

	private static final long _BO = 1002;

	private static final long _CECILIA = 1003;

	private static final long _COMPANY_ID = 20097;

	private static final long _MHFA = 501;

	private static final Instant _NOW = Instant.parse("2030-06-15T12:00:00Z");

	private static final long _SIP = 503;

	private static final long _YAM = 502;

	private final CertificationLocalService _certificationLocalService = mock(
		CertificationLocalService.class);
	private final ConfigurationProvider _configurationProvider = mock(
		ConfigurationProvider.class);
	private final LicenceStandingLocalServiceImpl _service =
		new LicenceStandingLocalServiceImpl();
	private final SessionInstructorLocalService _sessionInstructorLocalService =
		mock(SessionInstructorLocalService.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);

}
