package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertFoundInAnyOrder;
import static se.livsviktig.training.test.persistence.FinderAssertions.assertSameRow;

import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.exception.NoSuchSessionQuotaException;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;

/**
 * The SessionQuota finders of service.xml, on PostgreSQL. The entity has no order, so rows compare as sets. Only
 * the R_LtRD test gives its quotas release dates, because that finder has no session to narrow it.
 */
class SessionQuotaFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@FinderUnderTest(entity = "SessionQuota", finder = "CourseSessionId")
	@Test
	void findByCourseSessionIdReturnsTheQuotasOfTheSessionOnly() throws Exception {
		long courseSessionId = _rows.newId();

		SessionQuota first = _quota(courseSessionId, _rows.newId(), false, null);
		SessionQuota second = _quota(courseSessionId, _rows.newId(), true, null);

		_quota(_rows.newId(), _rows.newId(), false, null);

		assertFoundInAnyOrder(
			_rows.read(() -> _persistence().findByCourseSessionId(courseSessionId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCourseSessionId(courseSessionId)));
	}

	@FinderUnderTest(entity = "SessionQuota", finder = "CS_O")
	@Test
	void findByCS_OFindsTheQuotaOfTheOrganizationOnTheSession() throws Exception {
		long courseSessionId = _rows.newId();
		long organizationId = _rows.newId();

		SessionQuota sessionQuota = _quota(courseSessionId, organizationId, false, null);

		_quota(courseSessionId, _rows.newId(), false, null);
		_quota(_rows.newId(), organizationId, false, null);

		assertSameRow(sessionQuota, _rows.read(() -> _persistence().findByCS_O(courseSessionId, organizationId)));
		assertEquals(1, (int)_rows.read(() -> _persistence().countByCS_O(courseSessionId, organizationId)));

		long otherOrganizationId = _rows.newId();

		assertNull(_rows.read(() -> _persistence().fetchByCS_O(courseSessionId, otherOrganizationId)));
		assertThrows(
			NoSuchSessionQuotaException.class,
			() -> _rows.read(() -> _persistence().findByCS_O(courseSessionId, otherOrganizationId)));
	}

	/**
	 * Quotas due for release: not yet released, and a release date strictly before the given moment.
	 */
	@FinderUnderTest(entity = "SessionQuota", finder = "R_LtRD")
	@Test
	void findByR_LtRDReturnsUnreleasedQuotasWhoseReleaseDateHasPassed() throws Exception {
		Date now = new Date(1_900_000_000_000L);

		SessionQuota due = _quota(_rows.newId(), _rows.newId(), false, new Date(now.getTime() - 3_600_000L));
		SessionQuota justDue = _quota(_rows.newId(), _rows.newId(), false, new Date(now.getTime() - 1_000L));

		_quota(_rows.newId(), _rows.newId(), false, now);
		_quota(_rows.newId(), _rows.newId(), false, new Date(now.getTime() + 1_000L));

		SessionQuota released = _quota(_rows.newId(), _rows.newId(), true, new Date(now.getTime() - 3_600_000L));

		assertFoundInAnyOrder(_rows.read(() -> _persistence().findByR_LtRD(false, now)), due, justDue);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByR_LtRD(false, now)));
		assertFoundInAnyOrder(_rows.read(() -> _persistence().findByR_LtRD(true, now)), released);
	}

	private static SessionQuotaPersistence _persistence() {
		return harness.get(SessionQuotaPersistence.class);
	}

	private SessionQuota _quota(long courseSessionId, long organizationId, boolean released, Date releaseDate)
		throws Exception {

		return _rows.sessionQuota(
			sessionQuota -> {
				sessionQuota.setCourseSessionId(courseSessionId);
				sessionQuota.setOrganizationId(organizationId);
				sessionQuota.setReleased(released);
				sessionQuota.setReleaseDate(releaseDate);
				sessionQuota.setSeats(4);
			});
	}

	private final TrainingRows _rows = new TrainingRows(harness);

}
