package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.model.TrainingNotice;
import se.livsviktig.training.service.TrainingNoticeLocalService;
import se.livsviktig.training.service.persistence.TrainingNoticePersistence;

/**
 * TrainingNoticeLocalService.claimTrainingNotice, through the portal's transactions on PostgreSQL: one insert that
 * the unique (companyId, noticeKey) index guards. The second claim of a key says no and leaves one row, and a caller
 * whose transaction claims a taken key goes on and commits its own writes.
 *
 * @author Livsviktig
 */
class NoticeClaimIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@Test
	void claimingAKeyTwiceInsertsOneRowAndTheSecondClaimSaysNo() throws Exception {
		TrainingNoticeLocalService trainingNoticeLocalService = harness.get(TrainingNoticeLocalService.class);

		assertTrue(_claim(trainingNoticeLocalService, "registration/1/confirmation"));
		assertFalse(_claim(trainingNoticeLocalService, "registration/1/confirmation"));

		assertEquals(1, _countNotices("registration/1/confirmation"));
	}

	@Test
	void aTransactionThatClaimsATakenKeyStillCommitsItsOwnWrites() throws Exception {
		TrainingNoticeLocalService trainingNoticeLocalService = harness.get(TrainingNoticeLocalService.class);
		TrainingNoticePersistence trainingNoticePersistence = harness.get(TrainingNoticePersistence.class);

		assertTrue(_claim(trainingNoticeLocalService, "registration/2/waitlisted"));

		long ownNoticeId = harness.counterLocalService().increment();

		harness.runInTransaction(
			() -> {
				assertFalse(_claim(trainingNoticeLocalService, "registration/2/waitlisted"));

				TrainingNotice trainingNotice = trainingNoticePersistence.create(ownNoticeId);

				trainingNotice.setCompanyId(_COMPANY_ID);
				trainingNotice.setNoticeKey("registration/2/own-write");

				trainingNoticePersistence.update(trainingNotice);
			});

		assertEquals(1, _countNotices("registration/2/waitlisted"));
		assertEquals(1, _countNotices("registration/2/own-write"));
	}

	private static boolean _claim(TrainingNoticeLocalService trainingNoticeLocalService, String noticeKey) {
		return trainingNoticeLocalService.claimTrainingNotice(
			_COMPANY_ID, _GROUP_ID, _USER_ID, noticeKey, "confirmation", 0, 0);
	}

	private static long _countNotices(String noticeKey) throws Exception {
		try (Connection connection = harness.database().connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select count(*) from LVTraining_TrainingNotice where companyId = ? and noticeKey = ?")) {

			preparedStatement.setLong(1, _COMPANY_ID);
			preparedStatement.setString(2, noticeKey);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1);
			}
		}
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final long _USER_ID = 30001;

}
