package se.livsviktig.instructor.test.persistence.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.petra.function.UnsafeConsumer;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.configuration.CertificationNoticeConfiguration;
import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.internal.notice.CertificationExpiryNotices;
import se.livsviktig.instructor.internal.notice.CertificationNoticeDispatcher;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.service.InstructorNoticeLocalService;
import se.livsviktig.instructor.service.persistence.CertificationPersistence;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.Race;
import se.livsviktig.platform.test.support.Fields;

/**
 * Certification notices are sent once on real PostgreSQL, through the portal's transactions: threads claiming
 * the same notice at the same moment leave one row and one winner, and two nodes running the expiry job at once
 * (each with its own dispatcher, sharing the database) send each holder each notice once and mark the passed
 * certification lapsed; a later run sends nothing.
 *
 * @author Livsviktig
 */
class CertificationNoticeOnceIT {

	@RegisterExtension
	static final PersistenceHarness harness = PersistenceHarness.forServiceBundle(
		LVInstructorPersistenceConstants.class);

	@Test
	void threadsClaimingTheSameNoticeAtOnceLeaveOneRowAndOneWinner() throws Exception {
		InstructorNoticeLocalService instructorNoticeLocalService = harness.get(InstructorNoticeLocalService.class);

		long certificationId = harness.counterLocalService().increment();

		List<Race.Outcome<Boolean>> outcomes = Race.run(
			8,
			thread -> () -> instructorNoticeLocalService.claimInstructorNotice(
				_COMPANY_ID, _GROUP_ID, _HOLDER_USER_ID, certificationId, "expiry-30"));

		assertTrue(outcomes.stream().allMatch(Race.Outcome::succeeded), outcomes.toString());
		assertEquals(1, outcomes.stream().filter(Race.Outcome::result).count(), outcomes.toString());
		assertEquals(1, _countNotices(certificationId, "expiry-30"));
		assertTrue(instructorNoticeLocalService.hasInstructorNotice(certificationId, "expiry-30"));
	}

	@Test
	void twoNodesRunningTheExpiryJobAtOnceSendEachNoticeOnce() throws Exception {
		long soon = _addCertification(_NOW.plus(Duration.ofDays(20)), CertificationConstants.STATE_ACTIVE);
		long later = _addCertification(_NOW.plus(Duration.ofDays(60)), CertificationConstants.STATE_ACTIVE);
		long passed = _addCertification(_NOW.minus(Duration.ofDays(2)), CertificationConstants.STATE_ACTIVE);
		long revoked = _addCertification(_NOW.plus(Duration.ofDays(20)), CertificationConstants.STATE_REVOKED);
		long farAhead = _addCertification(_NOW.plus(Duration.ofDays(200)), CertificationConstants.STATE_ACTIVE);

		Queue<String> sent = new ConcurrentLinkedQueue<>();

		List<CertificationExpiryNotices> nodes = List.of(_expiryJob(sent), _expiryJob(sent));

		List<Race.Outcome<Integer>> outcomes = Race.run(2, node -> nodes.get(node)::sendDue);

		assertTrue(outcomes.stream().allMatch(Race.Outcome::succeeded), outcomes.toString());

		List<String> sentSorted = new ArrayList<>(sent);

		sentSorted.sort(null);

		List<String> expected = new ArrayList<>(
			List.of(soon + "/expiry-30", later + "/expiry-90", passed + "/lapsed"));

		expected.sort(null);

		assertEquals(expected, sentSorted);

		assertEquals(1, _countNotices(soon, "expiry-30"));
		assertEquals(1, _countNotices(later, "expiry-90"));
		assertEquals(1, _countNotices(passed, "lapsed"));
		assertEquals(0, _countNotices(revoked, "expiry-30"));
		assertEquals(0, _countNotices(farAhead, "expiry-90"));

		assertEquals(CertificationConstants.STATE_LAPSED, _state(passed));
		assertEquals(CertificationConstants.STATE_ACTIVE, _state(soon));
		assertEquals(CertificationConstants.STATE_REVOKED, _state(revoked));

		assertEquals(0, _expiryJob(sent).sendDue());
		assertEquals(3, sent.size());
	}

	private static long _addCertification(Instant validUntil, int state) throws Exception {
		CertificationPersistence certificationPersistence = harness.get(CertificationPersistence.class);

		long certificationId = harness.counterLocalService().increment();

		harness.runInTransaction(
			() -> {
				Certification certification = certificationPersistence.create(certificationId);

				certification.setCompanyId(_COMPANY_ID);
				certification.setGroupId(_GROUP_ID);

				// A holder each: none of these certifications renews another

				certification.setHolderUserId(certificationId);
				certification.setTrainingMethodId(_METHOD_ID);
				certification.setCertifiedDate(Date.from(validUntil.minus(Duration.ofDays(3 * 365))));
				certification.setValidUntil(Date.from(validUntil));
				certification.setIssuer("MHFA Sverige");
				certification.setNumber("MHFA-" + certificationId);
				certification.setState(state);

				certificationPersistence.update(certification);
			});

		return certificationId;
	}

	private static long _countNotices(long certificationId, String noticeKind) throws Exception {
		try (Connection connection = harness.database().connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select count(*) from LVInstructor_InstructorNotice where certificationId = ? and noticeKind = ?")) {

			preparedStatement.setLong(1, certificationId);
			preparedStatement.setString(2, noticeKind);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1);
			}
		}
	}

	/**
	 * The job as one cluster node has it: its own components, the bundle's real services and database.
	 */
	private static CertificationExpiryNotices _expiryJob(Queue<String> sent) throws Exception {
		CertificationNoticeDispatcher dispatcher = new CertificationNoticeDispatcher() {
			{
				addCertificationNoticeDelivery(
					certificationNotice -> sent.add(
						certificationNotice.getCertificationId() + "/" + certificationNotice.getNoticeKind()));
			}
		};

		Fields.set(dispatcher, "_instructorNoticeLocalService", harness.get(InstructorNoticeLocalService.class));

		CompanyLocalService companyLocalService = mock(CompanyLocalService.class);

		doAnswer(
			invocation -> {
				UnsafeConsumer<Long, Exception> unsafeConsumer = invocation.getArgument(0);

				unsafeConsumer.accept(_COMPANY_ID);

				return null;
			}
		).when(
			companyLocalService
		).forEachCompanyId(
			any()
		);

		CertificationNoticeConfiguration certificationNoticeConfiguration = mock(
			CertificationNoticeConfiguration.class);

		when(certificationNoticeConfiguration.expiryReminderDays()).thenReturn(new int[] {90, 30});
		when(certificationNoticeConfiguration.lapsedNoticeWithinDays()).thenReturn(30);

		ConfigurationProvider configurationProvider = mock(ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(CertificationNoticeConfiguration.class, _COMPANY_ID)
		).thenReturn(
			certificationNoticeConfiguration
		);

		CertificationExpiryNotices certificationExpiryNotices = new CertificationExpiryNotices() {
			{
				setClock(Clock.fixed(_NOW, ZoneOffset.UTC));
			}
		};

		Fields.set(
			certificationExpiryNotices, "_certificationLocalService", harness.get(CertificationLocalService.class));
		Fields.set(certificationExpiryNotices, "_certificationNoticeDispatcher", dispatcher);
		Fields.set(certificationExpiryNotices, "_companyLocalService", companyLocalService);
		Fields.set(certificationExpiryNotices, "_configurationProvider", configurationProvider);

		return certificationExpiryNotices;
	}

	private static int _state(long certificationId) throws Exception {
		try (Connection connection = harness.database().connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select state_ from LVInstructor_Certification where certificationId = ?")) {

			preparedStatement.setLong(1, certificationId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getInt(1);
			}
		}
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final long _HOLDER_USER_ID = 30001;

	private static final long _METHOD_ID = 40001;

	private static final Instant _NOW = Instant.parse("2027-03-01T09:00:00Z");

}
