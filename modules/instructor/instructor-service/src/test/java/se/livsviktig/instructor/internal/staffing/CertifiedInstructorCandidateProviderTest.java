package se.livsviktig.instructor.internal.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.impl.CertificationImpl;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.service.SessionInstructorLocalService;
import se.livsviktig.training.spi.InstructorCandidate;
import se.livsviktig.training.spi.InstructorStanding;
import se.livsviktig.training.staffing.DeliveredSessionCount;

/**
 * The staffing list offers the active users certified for the method on every date of the session whom training
 * does not call unavailable, with their standing and this year's sessions, recommended in a stated order.
 *
 * @author Livsviktig
 */
public class CertifiedInstructorCandidateProviderTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_provider, "_certificationLocalService",
			_certificationLocalService);
		Fields.set(
			_provider, "_licenceStandingLocalService",
			_licenceStandingLocalService);
		Fields.set(
			_provider, "_sessionInstructorLocalService",
			_sessionInstructorLocalService);
		Fields.set(_provider, "_userLocalService", _userLocalService);

		_provider.setClock(Clock.fixed(_NOW, ZoneOffset.UTC));

		when(
			_sessionInstructorLocalService.getUnavailableInstructorUserIds(
				anyLong(), anyLong(), any())
		).thenReturn(
			List.of()
		);
		when(
			_sessionInstructorLocalService.getDeliveredSessionCounts(
				anyLong(), any(), any())
		).thenReturn(
			List.of()
		);
		when(
			_licenceStandingLocalService.getLicenceStandings(
				anyLong(), anyLong(), any())
		).thenReturn(
			List.of()
		);
	}

	@Test
	public void offersOnlyThoseCertifiedOnEveryDateAvailableAndActive() {
		_certifications(
			_certification(_ANNA, _daysFromNow(-400), null),
			_certification(_BO, _daysFromNow(-400), _daysFromNow(30)),
			_certification(_BO, _daysFromNow(32), null),
			_certification(_CECILIA, _daysFromNow(-400), null),
			_certification(_DAG, _daysFromNow(-400), null),
			_certification(_ERIK, _daysFromNow(-400), _daysFromNow(60)));

		when(
			_sessionInstructorLocalService.getUnavailableInstructorUserIds(
				_COMPANY_ID, _COURSE_SESSION_ID, _dates())
		).thenReturn(
			List.of(_CECILIA)
		);

		_activeUsers(_ANNA, _BO, _CECILIA, _ERIK);

		_standings(
			_standing(_ANNA, InstructorStanding.OK),
			_standing(_BO, InstructorStanding.OK),
			_standing(_CECILIA, InstructorStanding.OK),
			_standing(_ERIK, InstructorStanding.OK));

		assertEquals(List.of(_ANNA, _ERIK), _candidateUserIds());
	}

	@Test
	public void recommendsThoseAtRiskFirstThenOkThenLapsedAndFewerSessionsThisYearFirst() {
		_certifications(
			_certification(_ANNA, _daysFromNow(-400), null),
			_certification(_BO, _daysFromNow(-400), null),
			_certification(_CECILIA, _daysFromNow(-400), null),
			_certification(_DAG, _daysFromNow(-400), null),
			_certification(_ERIK, _daysFromNow(-400), null));

		_activeUsers(_ANNA, _BO, _CECILIA, _DAG, _ERIK);

		_standings(
			_standing(_ANNA, InstructorStanding.LAPSED),
			_standing(_BO, InstructorStanding.OK),
			_standing(_CECILIA, InstructorStanding.AT_RISK),
			_standing(_DAG, InstructorStanding.OK),
			_standing(_ERIK, InstructorStanding.AT_RISK));

		when(
			_sessionInstructorLocalService.getDeliveredSessionCounts(
				anyLong(), any(), any())
		).thenReturn(
			List.of(
				new DeliveredSessionCount(_BO, _MHFA, 3),
				new DeliveredSessionCount(_CECILIA, _MHFA, 2),
				new DeliveredSessionCount(_DAG, _MHFA, 1),
				new DeliveredSessionCount(_DAG, _YAM, 9))
		);

		List<InstructorCandidate> instructorCandidates =
			_provider.getCandidates(
				_COMPANY_ID, _COURSE_SESSION_ID, _MHFA, _dates());

		assertEquals(List.of(_ERIK, _CECILIA, _DAG, _BO, _ANNA), _userIds(
			instructorCandidates));

		List<Integer> sessionsThisYear = new ArrayList<>();

		for (InstructorCandidate instructorCandidate : instructorCandidates) {
			sessionsThisYear.add(
				instructorCandidate.getSessionsDeliveredThisYear());
		}

		assertEquals(List.of(0, 2, 1, 3, 0), sessionsThisYear);
		assertEquals("Name " + _ERIK, instructorCandidates.get(0).getFullName());
	}

	@Test
	public void sessionsThisYearAreCountedFromTheFirstOfJanuary() {
		_certifications(_certification(_ANNA, _daysFromNow(-400), null));
		_activeUsers(_ANNA);
		_standings(_standing(_ANNA, InstructorStanding.OK));

		_candidateUserIds();

		verify(
			_sessionInstructorLocalService
		).getDeliveredSessionCounts(
			_COMPANY_ID, Date.from(Instant.parse("2030-01-01T00:00:00Z")),
			Date.from(_NOW)
		);
	}

	@Test
	public void withoutQualifiedInstructorsNoOneIsLookedUp() {
		_certifications(
			_certification(_ANNA, _daysFromNow(-400), _daysFromNow(1)));

		assertEquals(List.of(), _candidateUserIds());

		verify(
			_userLocalService, never()
		).dslQuery(
			any(DSLQuery.class)
		);
	}

	private static Date _daysFromNow(int days) {
		return Date.from(_NOW.plusSeconds(days * 86_400L));
	}

	private void _activeUsers(long... userIds) {
		List<User> users = new ArrayList<>();

		for (long userId : userIds) {
			User user = mock(User.class);

			when(
				user.getUserId()
			).thenReturn(
				userId
			);
			when(
				user.getFullName()
			).thenReturn(
				"Name " + userId
			);

			users.add(user);
		}

		when(
			_userLocalService.<List<User>>dslQuery(any(DSLQuery.class))
		).thenReturn(
			users
		);
	}

	private List<Long> _candidateUserIds() {
		return _userIds(
			_provider.getCandidates(
				_COMPANY_ID, _COURSE_SESSION_ID, _MHFA, _dates()));
	}

	private Certification _certification(
		long holderUserId, Date certifiedDate, Date validUntil) {

		Certification certification = new CertificationImpl();

		certification.setCompanyId(_COMPANY_ID);
		certification.setHolderUserId(holderUserId);
		certification.setTrainingMethodId(_MHFA);
		certification.setCertifiedDate(certifiedDate);
		certification.setValidUntil(validUntil);
		certification.setState(CertificationConstants.STATE_ACTIVE);

		return certification;
	}

	private void _certifications(Certification... certifications) {
		when(
			_certificationLocalService.<List<Certification>>dslQuery(
				any(DSLQuery.class))
		).thenReturn(
			List.of(certifications)
		);
	}

	/**
	 * Two session dates, 30 and 31 days from now, as start and end pairs.
	 */
	private List<Date> _dates() {
		return List.of(
			_daysFromNow(30), new Date(_daysFromNow(30).getTime() + 7_200_000L),
			_daysFromNow(31),
			new Date(_daysFromNow(31).getTime() + 7_200_000L));
	}

	private LicenceStanding _standing(
		long userId, InstructorStanding instructorStanding) {

		return new LicenceStanding(
			userId, _MHFA, instructorStanding, 0, 0, 0, null, null);
	}

	private void _standings(LicenceStanding... licenceStandings) {
		when(
			_licenceStandingLocalService.getLicenceStandings(
				eq(_COMPANY_ID), eq(_MHFA), eq(null))
		).thenReturn(
			List.of(licenceStandings)
		);
	}

	private List<Long> _userIds(List<InstructorCandidate> instructorCandidates) {
		List<Long> userIds = new ArrayList<>();

		for (InstructorCandidate instructorCandidate : instructorCandidates) {
			userIds.add(instructorCandidate.getUserId());
		}

		return userIds;
	}

	private static final long _ANNA = 1001;

	private static final long _BO = 1002;

	private static final long _CECILIA = 1003;

	private static final long _COMPANY_ID = 20097;

	private static final long _COURSE_SESSION_ID = 7001;

	private static final long _DAG = 1004;

	private static final long _ERIK = 1005;

	private static final long _MHFA = 501;

	private static final Instant _NOW = Instant.parse("2030-06-15T12:00:00Z");

	private static final long _YAM = 502;

	private final CertificationLocalService _certificationLocalService = mock(
		CertificationLocalService.class);
	private final LicenceStandingLocalService _licenceStandingLocalService =
		mock(LicenceStandingLocalService.class);
	private final CertifiedInstructorCandidateProvider _provider =
		new CertifiedInstructorCandidateProvider();
	private final SessionInstructorLocalService _sessionInstructorLocalService =
		mock(SessionInstructorLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
