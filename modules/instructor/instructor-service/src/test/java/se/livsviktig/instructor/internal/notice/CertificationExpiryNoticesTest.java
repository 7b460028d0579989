package se.livsviktig.instructor.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
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
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.configuration.CertificationNoticeConfiguration;
import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * The expiry job day by day: each holder hears 90 and 30 days before valid-until and when it has passed, once
 * each, however often the job runs or wherever it stopped; renewed and revoked certifications stay quiet.
 *
 * @author Livsviktig
 */
public class CertificationExpiryNoticesTest {

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

		CertificationNoticeConfiguration certificationNoticeConfiguration =
			mock(CertificationNoticeConfiguration.class);

		when(
			certificationNoticeConfiguration.expiryReminderDays()
		).thenReturn(
			new int[] {90, 30}
		);
		when(
			certificationNoticeConfiguration.lapsedNoticeWithinDays()
		).thenReturn(
			30
		);

		ConfigurationProvider configurationProvider = mock(
			ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(
				CertificationNoticeConfiguration.class,
				Certifications.COMPANY_ID)
		).thenReturn(
			certificationNoticeConfiguration
		);

		CertificationNoticeDispatcher dispatcher =
			new CertificationNoticeDispatcher();

		Fields.set(
			dispatcher, "_instructorNoticeLocalService",
			InMemoryInstructorNotices.create());

		dispatcher.addCertificationNoticeDelivery(
			certificationNotice -> _sent.add(
				certificationNotice.getCertificationId() + "/" +
					certificationNotice.getNoticeKind()));

		Fields.set(_job, "_certificationLocalService", _certifications());
		Fields.set(_job, "_certificationNoticeDispatcher", dispatcher);
		Fields.set(_job, "_companyLocalService", companyLocalService);
		Fields.set(_job, "_configurationProvider", configurationProvider);
	}

	@Test
	public void theHolderHearsNinetyAndThirtyDaysBeforeAndWhenItHasPassedOnceEach()
		throws Exception {

		Certification certification = _add(1, _START.plus(_days(100)));

		for (int day = 0; day <= 140; day++) {
			_runOn(_START.plus(_days(day)));
		}

		assertEquals(List.of("1/expiry-90", "1/expiry-30", "1/lapsed"), _sent);
		assertEquals(
			CertificationConstants.STATE_LAPSED, certification.getState());
		assertEquals(
			List.of(Date.from(_START.plus(_days(101)))), _lapsedOn);
	}

	@Test
	public void runningTheJobAgainTheSameHourSendsNothingMore()
		throws Exception {

		_add(1, _START.plus(_days(20)));
		_add(2, _START.plus(_days(60)));

		assertEquals(2, _runOn(_START));
		assertEquals(0, _runOn(_START));
		assertEquals(0, _runOn(_START.plus(Duration.ofHours(1))));

		assertEquals(List.of("1/expiry-30", "2/expiry-90"), _sent);
	}

	@Test
	public void aRenewalStopsTheRemindersOfTheOldCertification()
		throws Exception {

		Certification old = _add(1, _START.plus(_days(80)));

		_runOn(_START);

		Certification renewal = _add(2, _START.plus(_days(80 + (3 * 365))));

		renewal.setHolderUserId(old.getHolderUserId());
		renewal.setCertifiedDate(Date.from(_START.plus(_days(1))));
		renewal.setRenewedCertificationId(old.getCertificationId());

		for (int day = 1; day <= 120; day++) {
			_runOn(_START.plus(_days(day)));
		}

		assertEquals(List.of("1/expiry-90"), _sent);
		assertEquals(CertificationConstants.STATE_LAPSED, old.getState());
		assertEquals(CertificationConstants.STATE_ACTIVE, renewal.getState());
	}

	@Test
	public void aRevokedCertificationGetsNoMoreNotices() throws Exception {
		Certification certification = _add(1, _START.plus(_days(80)));

		_runOn(_START);

		certification.setState(CertificationConstants.STATE_REVOKED);

		for (int day = 1; day <= 120; day++) {
			_runOn(_START.plus(_days(day)));
		}

		assertEquals(List.of("1/expiry-90"), _sent);
		assertEquals(
			CertificationConstants.STATE_REVOKED, certification.getState());
	}

	/**
	 * The node dies right after a certification was marked lapsed: its notice went out before the mark, so the
	 * next run neither loses nor repeats it, and sends what the stopped run never reached.
	 */
	@Test
	public void aRunThatStopsHalfwayIsFinishedByTheNextWithoutRepeats()
		throws Exception {

		_add(1, _START.minus(_days(2)));
		_add(2, _START.plus(_days(25)));

		_dieAfterLapsing = true;

		assertThrows(NodeDied.class, () -> _runOn(_START));

		_dieAfterLapsing = false;

		_runOn(_START);
		_runOn(_START);

		assertEquals(List.of("1/lapsed", "2/expiry-30"), _sent);
	}

	private static Duration _days(int days) {
		return Duration.ofDays(days);
	}

	private Certification _add(long certificationId, Instant validUntil) {
		Certification certification = Certifications.active(
			certificationId, validUntil.minus(_days(3 * 365)), validUntil);

		// A holder each, so no certification of a test renews another by accident

		certification.setHolderUserId(
			Certifications.HOLDER_USER_ID + certificationId);

		_rows.add(certification);

		return certification;
	}

	/**
	 * A CertificationLocalService over the test's rows, answering as its queries do: active ones only.
	 */
	private CertificationLocalService _certifications() throws Exception {
		CertificationLocalService certificationLocalService = mock(
			CertificationLocalService.class);

		when(
			certificationLocalService.getActiveCertificationsValidUntilBy(
				eq(Certifications.COMPANY_ID), any(Date.class))
		).thenAnswer(
			invocation -> {
				Date validUntilBy = invocation.getArgument(1);

				return _rows.stream(
				).filter(
					certification ->
						(certification.getState() ==
							CertificationConstants.STATE_ACTIVE) &&
						(certification.getValidUntil() != null) &&
						!certification.getValidUntil(
						).after(
							validUntilBy
						)
				).collect(
					Collectors.toList()
				);
			}
		);
		when(
			certificationLocalService.getActiveCertifications(
				eq(Certifications.COMPANY_ID), anyLong(), anyLong())
		).thenAnswer(
			invocation -> _rows.stream(
			).filter(
				certification ->
					(certification.getState() ==
						CertificationConstants.STATE_ACTIVE) &&
					(certification.getHolderUserId() ==
						(long)invocation.getArgument(1)) &&
					(certification.getTrainingMethodId() ==
						(long)invocation.getArgument(2))
			).collect(
				Collectors.toList()
			)
		);
		when(
			certificationLocalService.lapseCertification(anyLong())
		).thenAnswer(
			invocation -> {
				long certificationId = invocation.getArgument(0);

				for (Certification certification : _rows) {
					if (certification.getCertificationId() ==
							certificationId) {

						certification.setState(
							CertificationConstants.STATE_LAPSED);

						_lapsedOn.add(Date.from(_now));

						if (_dieAfterLapsing) {
							throw new NodeDied();
						}

						return certification;
					}
				}

				throw new IllegalArgumentException(
					"No certification " + certificationId);
			}
		);

		return certificationLocalService;
	}

	private int _runOn(Instant now) throws Exception {
		_now = now;

		_job.setClock(Clock.fixed(now, ZoneOffset.UTC));

		return _job.sendDue();
	}

	private static final Instant _START = Instant.parse(
		"2027-01-04T06:00:00Z");

	private boolean _dieAfterLapsing;
	private final CertificationExpiryNotices _job =
		new CertificationExpiryNotices();
	private final List<Date> _lapsedOn = new ArrayList<>();
	private Instant _now;
	private final List<Certification> _rows = new ArrayList<>();
	private final List<String> _sent = new ArrayList<>();

	/**
	 * The node stops: nothing after this point of the run happens.
	 */
	private static class NodeDied extends Error {
	}

}
