package se.livsviktig.instructor.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static se.livsviktig.instructor.test.persistence.InstructorRows.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.service.persistence.InstructorNoticePersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The InstructorNotice finders of service.xml, on PostgreSQL: the claim's unique key (a certification and a kind
 * of notice) and the recipient's notices (personal data).
 *
 * @author Livsviktig
 */
class InstructorNoticeFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = InstructorRows.harness();

	@FinderUnderTest(entity = "InstructorNotice", finder = "CI_NK")
	@Test
	void fetchByCI_NKFindsTheNoticeOfThatKindForThatCertificationOnly()
		throws Exception {

		long certificationId = _rows.newId();

		InstructorNotice reminder = _notice(
			_rows.newId(), certificationId, "expiry-30");

		_notice(_rows.newId(), certificationId, "expiry-90");
		_notice(_rows.newId(), _rows.newId(), "expiry-30");

		assertEquals(
			reminder.getPrimaryKeyObj(),
			_rows.read(
				() -> _persistence().fetchByCI_NK(
					certificationId, "expiry-30")
			).getPrimaryKeyObj());
		assertNull(
			_rows.read(
				() -> _persistence().fetchByCI_NK(certificationId, "lapsed")));
		assertEquals(
			1,
			(int)_rows.read(
				() -> _persistence().countByCI_NK(
					certificationId, "expiry-30")));
	}

	@FinderUnderTest(entity = "InstructorNotice", finder = "UserId")
	@Test
	void findByUserIdReturnsEveryNoticeSentToThePerson() throws Exception {
		long userId = _rows.newId();

		InstructorNotice first = _notice(userId, _rows.newId(), "expiry-90");
		InstructorNotice second = _notice(userId, _rows.newId(), "lapsed");

		_notice(_rows.newId(), _rows.newId(), "expiry-90");

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> _persistence().findByUserId(userId))));
	}

	private static InstructorNoticePersistence _persistence() {
		return harness.get(InstructorNoticePersistence.class);
	}

	private InstructorNotice _notice(
			long userId, long certificationId, String noticeKind)
		throws Exception {

		return _rows.instructorNotice(
			notice -> {
				notice.setCompanyId(_COMPANY_ID);
				notice.setUserId(userId);
				notice.setCertificationId(certificationId);
				notice.setNoticeKind(noticeKind);
			});
	}

	private static final long _COMPANY_ID = 20097;

	private final InstructorRows _rows = new InstructorRows(harness);

}
