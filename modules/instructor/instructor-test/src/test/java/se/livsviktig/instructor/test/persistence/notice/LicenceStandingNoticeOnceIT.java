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
import se.livsviktig.instructor.configuration.LicenceStandingConfiguration;
import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.internal.notice.CertificationNoticeDispatcher;
import se.livsviktig.instructor.internal.notice.LicenceStandingNotices;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.service.InstructorNoticeLocalService;
import se.livsviktig.instructor.service.persistence.CertificationPersistence;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.Race;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * Licence standing notices are sent once on real PostgreSQL, through the portal's transactions: two nodes
 * running the job's licence step at the same moment (each with its own components, sharing the database) claim
 * each episode under the same certification, so each holder hears once; a later run, and a run after the
 * holder renewed, find the episode in the notices sent (the query over the table's noticeKind) and send nothing.
 *
 * @author Livsviktig
 */
class LicenceStandingNoticeOnceIT {

	@RegisterExtension
	static final PersistenceHarness harness = PersistenceHarness.forServiceBundle(
		LVInstructorPersistenceConstants.class);

	@Test
	void twoNodesRunningTheLicenceStepAtOnceSendEachNoticeOnce() throws Exception {
		long atRiskHolder = harness.counterLocalService().increment();
		long lapsedHolder = harness.counterLocalService().increment();
		long okHolder = harness.counterLocalService().increment();

		long atRisk = _addCertification(atRiskHolder, _NOW.minus(Duration.ofDays(700)));
		long lapsed = _addCertification(lapsedHolder, _NOW.minus(Duration.ofDays(800)));
		long ok = _addCertification(okHolder, _NOW.minus(Duration.ofDays(300)));

		List<LicenceStanding> standings = new ArrayList<>(
			List.of(
				_standing(atRiskHolder, InstructorStanding.AT_RISK, "2027-04-20", 1),
				_standing(lapsedHolder, InstructorStanding.LAPSED, null, 2),
				_standing(okHolder, InstructorStanding.OK, "2027-11-01", 1)));

		Queue<String> sent = new ConcurrentLinkedQueue<>();

		List<LicenceStandingNotices> nodes = List.of(_node(sent, standings), _node(sent, standings));

		List<Race.Outcome<Integer>> outcomes = Race.run(2, node -> nodes.get(node)::sendDue);

		assertTrue(outcomes.stream().allMatch(Race.Outcome::succeeded), outcomes.toString());

		String atRiskKind = "standing-at-risk-" + _METHOD_ID + "-2027-04-20";
		String lapsedKind = "standing-lapsed-" + _METHOD_ID + "-" + _day(_NOW.minus(Duration.ofDays(800)));

		List<String> sentSorted = new ArrayList<>(sent);

		sentSorted.sort(null);

		List<String> expected = new ArrayList<>(List.of(atRisk + "/" + atRiskKind, lapsed + "/" + lapsedKind));

		expected.sort(null);

		assertEquals(expected, sentSorted);
		assertEquals(1, _countNotices(atRisk, atRiskKind));
		assertEquals(1, _countNotices(lapsed, lapsedKind));
		assertEquals(0, _countNotices(ok, "standing-at-risk-" + _METHOD_ID + "-2027-11-01"));

		assertEquals(0, _node(sent, standings).sendDue());

		// The at-risk holder renews; once the old certification is marked lapsed the renewal starts their run,
		// yet the episode they were told of is not told again

		long renewal = _addCertification(atRiskHolder, _NOW.minus(Duration.ofDays(1)));

		_lapse(atRisk);

		assertEquals(0, _node(sent, standings).sendDue());
		assertEquals(0, _countNotices(renewal, atRiskKind));
		assertEquals(2, sent.size());
	}

	private static long _addCertification(long holderUserId, Instant certifiedDate) throws Exception {
		CertificationPersistence certificationPersistence = harness.get(CertificationPersistence.class);

		long certificationId = harness.counterLocalService().increment();

		harness.runInTransaction(
			() -> {
				Certification certification = certificationPersistence.create(certificationId);

				certification.setCompanyId(_COMPANY_ID);
				certification.setGroupId(_GROUP_ID);
				certification.setHolderUserId(holderUserId);
				certification.setTrainingMethodId(_METHOD_ID);
				certification.setCertifiedDate(Date.from(certifiedDate));
				certification.setValidUntil(Date.from(_NOW.plus(Duration.ofDays(3 * 365))));
				certification.setIssuer("MHFA Sverige");
				certification.setNumber("MHFA-" + certificationId);
				certification.setState(CertificationConstants.STATE_ACTIVE);

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

	private static String _day(Instant instant) {
		return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
	}

	private static void _lapse(long certificationId) throws Exception {
		CertificationPersistence certificationPersistence = harness.get(CertificationPersistence.class);

		harness.runInTransaction(
			() -> {
				Certification certification = certificationPersistence.findByPrimaryKey(certificationId);

				certification.setState(CertificationConstants.STATE_LAPSED);

				certificationPersistence.update(certification);
			});
	}

	/**
	 * The licence step as one cluster node has it: its own components, the bundle's real services and database,
	 * and the standings as LicenceStandingLocalService computes them (its query is the database tier's).
	 */
	private static LicenceStandingNotices _node(Queue<String> sent, List<LicenceStanding> standings)
		throws Exception {

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

		when(certificationNoticeConfiguration.licenceStandingNotices()).thenReturn(true);

		LicenceStandingConfiguration licenceStandingConfiguration = mock(LicenceStandingConfiguration.class);

		when(licenceStandingConfiguration.atRiskWarningDays()).thenReturn(90);

		ConfigurationProvider configurationProvider = mock(ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(CertificationNoticeConfiguration.class, _COMPANY_ID)
		).thenReturn(
			certificationNoticeConfiguration
		);
		when(
			configurationProvider.getCompanyConfiguration(LicenceStandingConfiguration.class, _COMPANY_ID)
		).thenReturn(
			licenceStandingConfiguration
		);

		LicenceStandingLocalService licenceStandingLocalService = mock(LicenceStandingLocalService.class);

		when(licenceStandingLocalService.getLicenceStandings(_COMPANY_ID)).thenReturn(standings);

		LicenceStandingNotices licenceStandingNotices = new LicenceStandingNotices() {
			{
				setClock(Clock.fixed(_NOW, ZoneOffset.UTC));
			}
		};

		Fields.set(
			licenceStandingNotices, "_certificationLocalService", harness.get(CertificationLocalService.class));
		Fields.set(licenceStandingNotices, "_certificationNoticeDispatcher", dispatcher);
		Fields.set(licenceStandingNotices, "_companyLocalService", companyLocalService);
		Fields.set(licenceStandingNotices, "_configurationProvider", configurationProvider);
		Fields.set(
			licenceStandingNotices, "_instructorNoticeLocalService",
			harness.get(InstructorNoticeLocalService.class));
		Fields.set(licenceStandingNotices, "_licenceStandingLocalService", licenceStandingLocalService);

		return licenceStandingNotices;
	}

	private static LicenceStanding _standing(
		long holderUserId, InstructorStanding standing, String deadline, int stillNeeded) {

		Date deadlineDate = null;

		if (deadline != null) {
			deadlineDate = Date.from(Instant.parse(deadline + "T00:00:00Z"));
		}

		return new LicenceStanding(
			holderUserId, _METHOD_ID, standing, 2 - stillNeeded, 2, stillNeeded, deadlineDate,
			Date.from(_NOW.plus(Duration.ofDays(3 * 365))));
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final long _METHOD_ID = 40002;

	private static final Instant _NOW = Instant.parse("2027-03-01T09:00:00Z");

}
