package se.livsviktig.instructor.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.petra.function.UnsafeConsumer;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.configuration.CertificationNoticeConfiguration;
import se.livsviktig.instructor.configuration.LicenceStandingConfiguration;
import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.model.impl.InstructorNoticeImpl;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.service.InstructorNoticeLocalService;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * The hourly job's licence step run by run: an instructor hears once when their licence becomes at risk and once
 * when it lapses, never again for the same episode (next run, a renewal), again when a new episode begins, never
 * when the company turned these notices off; and the statements it runs do not grow with the instructors.
 *
 * @author Livsviktig
 */
public class LicenceStandingNoticesTest {

	@BeforeEach
	public void setUp() throws Exception {
		CompanyLocalService companyLocalService = mock(
			CompanyLocalService.class);

		doAnswer(
			invocation -> {
				UnsafeConsumer<Long, Exception> unsafeConsumer =
					invocation.getArgument(0);

				unsafeConsumer.accept(Certifications.COMPANY_ID);

				return null;
			}
		).when(
			companyLocalService
		).forEachCompanyId(
			any()
		);

		when(
			_certificationNoticeConfiguration.licenceStandingNotices()
		).thenReturn(
			true
		);

		LicenceStandingConfiguration licenceStandingConfiguration = mock(
			LicenceStandingConfiguration.class);

		when(
			licenceStandingConfiguration.atRiskWarningDays()
		).thenReturn(
			90
		);

		ConfigurationProvider configurationProvider = mock(
			ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(
				CertificationNoticeConfiguration.class,
				Certifications.COMPANY_ID)
		).thenReturn(
			_certificationNoticeConfiguration
		);
		when(
			configurationProvider.getCompanyConfiguration(
				LicenceStandingConfiguration.class, Certifications.COMPANY_ID)
		).thenReturn(
			licenceStandingConfiguration
		);

		when(
			_licenceStandingLocalService.getLicenceStandings(
				Certifications.COMPANY_ID)
		).thenAnswer(
			invocation -> new ArrayList<>(_standings)
		);

		when(
			_certificationLocalService.dslQuery(any())
		).thenAnswer(
			invocation -> _certifications.stream(
			).filter(
				certification ->
					certification.getState() ==
						CertificationConstants.STATE_ACTIVE
			).collect(
				Collectors.toList()
			)
		);

		CertificationNoticeDispatcher dispatcher =
			new CertificationNoticeDispatcher();

		Fields.set(
			dispatcher, "_instructorNoticeLocalService", _notices());

		dispatcher.addCertificationNoticeDelivery(
			certificationNotice -> _sent.add(
				certificationNotice.getCertificationId() + "/" +
					certificationNotice.getNoticeKind() + "/" +
						certificationNotice.getSessionsStillNeeded()));

		Fields.set(_job, "_certificationLocalService", _certificationLocalService);
		Fields.set(_job, "_certificationNoticeDispatcher", dispatcher);
		Fields.set(_job, "_companyLocalService", companyLocalService);
		Fields.set(_job, "_configurationProvider", configurationProvider);
		Fields.set(
			_job, "_instructorNoticeLocalService", _instructorNoticeLocalService);
		Fields.set(
			_job, "_licenceStandingLocalService", _licenceStandingLocalService);

		_certifications.add(
			Certifications.active(1, _CERTIFIED, _CERTIFIED_UNTIL));
	}

	@Test
	public void becomingAtRiskSendsOneNoticeWithWhatToLeadByWhen()
		throws Exception {

		_standing(InstructorStanding.AT_RISK, "2027-03-12", 1);

		assertEquals(1, _runOn(_NOW));

		assertEquals(List.of("1/standing-at-risk-40001-2027-03-12/1"), _sent);
	}

	@Test
	public void stillAtRiskAtTheNextRunSendsNothing() throws Exception {
		_standing(InstructorStanding.AT_RISK, "2027-03-12", 1);

		_runOn(_NOW);

		assertEquals(0, _runOn(_NOW.plus(Duration.ofHours(1))));
		assertEquals(0, _runOn(_NOW.plus(Duration.ofDays(30))));

		assertEquals(1, _sent.size());
	}

	@Test
	public void atRiskAgainAfterRecoveringIsANewNotice() throws Exception {
		_standing(InstructorStanding.AT_RISK, "2027-03-12", 1);

		_runOn(_NOW);

		// A session led: the deadline moves a year on and the licence is ok until that comes within the window

		_standing(InstructorStanding.OK, "2028-02-20", 1);

		assertEquals(0, _runOn(_NOW.plus(Duration.ofDays(40))));

		_standing(InstructorStanding.AT_RISK, "2028-02-20", 2);

		assertEquals(1, _runOn(Instant.parse("2027-12-01T06:00:00Z")));

		assertEquals(
			List.of(
				"1/standing-at-risk-40001-2027-03-12/1",
				"1/standing-at-risk-40001-2028-02-20/2"),
			_sent);
	}

	@Test
	public void lapsingSendsOneNoticeNamedForTheEpisodeItEnds()
		throws Exception {

		_standing(InstructorStanding.AT_RISK, "2027-03-12", 1);

		_runOn(_NOW);

		_standing(InstructorStanding.LAPSED, null, 1);

		Instant afterDeadline = Instant.parse("2027-03-13T06:00:00Z");

		assertEquals(1, _runOn(afterDeadline));
		assertEquals(0, _runOn(afterDeadline.plus(Duration.ofHours(1))));
		assertEquals(0, _runOn(afterDeadline.plus(Duration.ofDays(20))));

		assertEquals(
			List.of(
				"1/standing-at-risk-40001-2027-03-12/1",
				"1/standing-lapsed-40001-2027-03-12/1"),
			_sent);
	}

	@Test
	public void aLapseNobodyWasWarnedOfIsToldOnce() throws Exception {
		_standing(InstructorStanding.LAPSED, null, 2);

		assertEquals(1, _runOn(_NOW));
		assertEquals(0, _runOn(_NOW.plus(Duration.ofDays(1))));

		assertEquals(List.of("1/standing-lapsed-40001-2025-01-01/2"), _sent);
	}

	@Test
	public void aRenewalDoesNotRepeatTheEpisode() throws Exception {
		_standing(InstructorStanding.AT_RISK, "2027-03-12", 1);

		_runOn(_NOW);

		// The holder renews; later the old certification passes its date and is marked lapsed, so the renewal
		// starts the run the next notice would be claimed under

		Certification renewal = Certifications.active(
			2, _NOW.minus(Duration.ofDays(1)),
			_CERTIFIED_UNTIL.plus(Duration.ofDays(3 * 365)));

		renewal.setRenewedCertificationId(1);

		_certifications.add(renewal);

		assertEquals(0, _runOn(_NOW.plus(Duration.ofDays(1))));

		_certifications.get(
			0
		).setState(
			CertificationConstants.STATE_LAPSED
		);

		assertEquals(0, _runOn(_NOW.plus(Duration.ofDays(2))));

		assertEquals(List.of("1/standing-at-risk-40001-2027-03-12/1"), _sent);
	}

	@Test
	public void turnedOffTheJobSendsNothingAndReadsNoStandings()
		throws Exception {

		when(
			_certificationNoticeConfiguration.licenceStandingNotices()
		).thenReturn(
			false
		);

		_standing(InstructorStanding.AT_RISK, "2027-03-12", 1);

		assertEquals(0, _runOn(_NOW));

		assertEquals(List.of(), _sent);
		verify(
			_licenceStandingLocalService, never()
		).getLicenceStandings(
			anyLong()
		);
	}

	@Test
	public void theStatementsDoNotGrowWithTheInstructors() throws Exception {
		_certifications.clear();

		for (long holder = 1; holder <= 50; holder++) {
			Certification certification = Certifications.active(
				holder, _CERTIFIED, _CERTIFIED_UNTIL);

			certification.setHolderUserId(holder);

			_certifications.add(certification);

			_standings.add(
				new LicenceStanding(
					holder, Certifications.METHOD_ID,
					InstructorStanding.AT_RISK, 1, 2, 1,
					Date.from(Instant.parse("2027-03-12T00:00:00Z")),
					Date.from(_CERTIFIED_UNTIL)));
		}

		assertEquals(50, _runOn(_NOW));

		verify(
			_licenceStandingLocalService, times(1)
		).getLicenceStandings(
			Certifications.COMPANY_ID
		);
		verify(
			_certificationLocalService, times(1)
		).dslQuery(
			any()
		);
		verify(
			_instructorNoticeLocalService, times(1)
		).dslQuery(
			any()
		);
	}

	/**
	 * An InstructorNoticeLocalService whose claims behave as the unique (certificationId, noticeKind) index does
	 * and whose query returns the standing notices claimed, as the table holds them.
	 */
	private InstructorNoticeLocalService _notices() {
		when(
			_instructorNoticeLocalService.claimInstructorNotice(
				anyLong(), anyLong(), anyLong(), anyLong(), anyString())
		).thenAnswer(
			invocation -> _claimed.putIfAbsent(
				invocation.getArgument(3) + "/" + invocation.getArgument(4),
				invocation.getArgument(2)) == null
		);
		when(
			_instructorNoticeLocalService.hasInstructorNotice(
				anyLong(), anyString())
		).thenAnswer(
			invocation -> _claimed.containsKey(
				invocation.getArgument(0) + "/" + invocation.getArgument(1))
		);
		when(
			_instructorNoticeLocalService.dslQuery(any())
		).thenAnswer(
			invocation -> {
				List<InstructorNotice> instructorNotices = new ArrayList<>();

				for (Map.Entry<String, Long> entry : _claimed.entrySet()) {
					String noticeKind = entry.getKey(
					).substring(
						entry.getKey(
						).indexOf(
							'/'
						) + 1
					);

					if (noticeKind.startsWith("standing-")) {
						InstructorNotice instructorNotice =
							new InstructorNoticeImpl();

						instructorNotice.setUserId(entry.getValue());
						instructorNotice.setNoticeKind(noticeKind);

						instructorNotices.add(instructorNotice);
					}
				}

				return instructorNotices;
			}
		);

		return _instructorNoticeLocalService;
	}

	private int _runOn(Instant now) throws Exception {
		_job.setClock(Clock.fixed(now, ZoneOffset.UTC));

		return _job.sendDue();
	}

	private void _standing(
		InstructorStanding standing, String deadline, int stillNeeded) {

		Date deadlineDate = null;

		if (deadline != null) {
			deadlineDate = Date.from(Instant.parse(deadline + "T00:00:00Z"));
		}

		_standings.clear();
		_standings.add(
			new LicenceStanding(
				Certifications.HOLDER_USER_ID, Certifications.METHOD_ID,
				standing, 2 - stillNeeded, 2, stillNeeded, deadlineDate,
				Date.from(_CERTIFIED_UNTIL)));
	}

	private static final Instant _CERTIFIED = Instant.parse(
		"2025-01-01T00:00:00Z");

	private static final Instant _CERTIFIED_UNTIL = Instant.parse(
		"2029-01-01T00:00:00Z");

	private static final Instant _NOW = Instant.parse("2027-01-04T06:00:00Z");

	private final CertificationLocalService _certificationLocalService = mock(
		CertificationLocalService.class);
	private final CertificationNoticeConfiguration
		_certificationNoticeConfiguration = mock(
			CertificationNoticeConfiguration.class);
	private final List<Certification> _certifications = new ArrayList<>();
	private final Map<String, Long> _claimed = new ConcurrentHashMap<>();
	private final InstructorNoticeLocalService _instructorNoticeLocalService =
		mock(InstructorNoticeLocalService.class);
	private final LicenceStandingNotices _job = new LicenceStandingNotices();
	private final LicenceStandingLocalService _licenceStandingLocalService =
		mock(LicenceStandingLocalService.class);
	private final List<String> _sent = new ArrayList<>();
	private final List<LicenceStanding> _standings = new ArrayList<>();

}
