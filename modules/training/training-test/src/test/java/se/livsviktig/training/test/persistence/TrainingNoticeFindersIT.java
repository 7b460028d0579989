package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertFoundInAnyOrder;
import static se.livsviktig.training.test.persistence.FinderAssertions.assertSameRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.exception.NoSuchTrainingNoticeException;
import se.livsviktig.training.model.TrainingNotice;
import se.livsviktig.training.service.persistence.TrainingNoticePersistence;

/**
 * The TrainingNotice finders of service.xml, on PostgreSQL. The entity has no order, so rows compare as sets.
 */
class TrainingNoticeFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	/**
	 * The claim a job checks before it sends: has this notice, in this company, been sent.
	 */
	@FinderUnderTest(entity = "TrainingNotice", finder = "C_NK")
	@Test
	void findByC_NKFindsTheNoticeOfTheCompanyByItsKey() throws Exception {
		long companyId = _rows.newId();

		TrainingNotice notice = _notice(companyId, "reminder:42", _rows.newId(), _rows.newId());

		_notice(companyId, "reminder:43", _rows.newId(), _rows.newId());
		_notice(_rows.newId(), "reminder:42", _rows.newId(), _rows.newId());

		assertSameRow(notice, _rows.read(() -> _persistence().findByC_NK(companyId, "reminder:42")));
		assertEquals(1, (int)_rows.read(() -> _persistence().countByC_NK(companyId, "reminder:42")));
		assertNull(_rows.read(() -> _persistence().fetchByC_NK(companyId, "reminder:44")));
		assertThrows(
			NoSuchTrainingNoticeException.class,
			() -> _rows.read(() -> _persistence().findByC_NK(companyId, "reminder:44")));
	}

	@FinderUnderTest(entity = "TrainingNotice", finder = "RegistrationId")
	@Test
	void findByRegistrationIdReturnsTheNoticesSentAboutTheRegistration() throws Exception {
		long companyId = _rows.newId();
		long registrationId = _rows.newId();

		TrainingNotice confirmation = _notice(companyId, "confirmation", registrationId, _rows.newId());
		TrainingNotice reminder = _notice(companyId, "reminder", registrationId, _rows.newId());

		_notice(companyId, "other", _rows.newId(), _rows.newId());

		assertFoundInAnyOrder(
			_rows.read(() -> _persistence().findByRegistrationId(registrationId)), confirmation, reminder);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByRegistrationId(registrationId)));
	}

	@FinderUnderTest(entity = "TrainingNotice", finder = "UserId")
	@Test
	void findByUserIdReturnsTheNoticesSentToTheUser() throws Exception {
		long companyId = _rows.newId();
		long userId = _rows.newId();

		TrainingNotice notice = _notice(companyId, "confirmation", _rows.newId(), userId);

		_notice(companyId, "reminder", _rows.newId(), _rows.newId());

		assertFoundInAnyOrder(_rows.read(() -> _persistence().findByUserId(userId)), notice);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByUserId(userId)));
	}

	private static TrainingNoticePersistence _persistence() {
		return harness.get(TrainingNoticePersistence.class);
	}

	private TrainingNotice _notice(long companyId, String noticeKey, long registrationId, long userId)
		throws Exception {

		return _rows.trainingNotice(
			trainingNotice -> {
				trainingNotice.setCompanyId(companyId);
				trainingNotice.setNoticeKey(noticeKey);
				trainingNotice.setNoticeType("email");
				trainingNotice.setRegistrationId(registrationId);
				trainingNotice.setUserId(userId);
			});
	}

	private final TrainingRows _rows = new TrainingRows(harness);

}
