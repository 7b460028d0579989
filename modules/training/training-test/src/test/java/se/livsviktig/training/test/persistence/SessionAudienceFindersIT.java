package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertFoundInAnyOrder;
import static se.livsviktig.training.test.persistence.FinderAssertions.assertSameRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.exception.NoSuchSessionAudienceException;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.service.persistence.SessionAudiencePersistence;

/**
 * The SessionAudience finders of service.xml, on PostgreSQL. The entity has no order, so rows compare as sets.
 */
class SessionAudienceFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@FinderUnderTest(entity = "SessionAudience", finder = "CourseSessionId")
	@Test
	void findByCourseSessionIdReturnsTheOrganizationsTheSessionIsOpenTo() throws Exception {
		long courseSessionId = _rows.newId();

		SessionAudience first = _audience(courseSessionId, _rows.newId());
		SessionAudience second = _audience(courseSessionId, _rows.newId());

		_audience(_rows.newId(), _rows.newId());

		assertFoundInAnyOrder(
			_rows.read(() -> _persistence().findByCourseSessionId(courseSessionId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCourseSessionId(courseSessionId)));
	}

	@FinderUnderTest(entity = "SessionAudience", finder = "CS_O")
	@Test
	void findByCS_OFindsWhetherTheSessionIsOpenToTheOrganization() throws Exception {
		long courseSessionId = _rows.newId();
		long organizationId = _rows.newId();

		SessionAudience sessionAudience = _audience(courseSessionId, organizationId);

		_audience(courseSessionId, _rows.newId());
		_audience(_rows.newId(), organizationId);

		assertSameRow(sessionAudience, _rows.read(() -> _persistence().findByCS_O(courseSessionId, organizationId)));
		assertEquals(1, (int)_rows.read(() -> _persistence().countByCS_O(courseSessionId, organizationId)));

		long otherOrganizationId = _rows.newId();

		assertNull(_rows.read(() -> _persistence().fetchByCS_O(courseSessionId, otherOrganizationId)));
		assertThrows(
			NoSuchSessionAudienceException.class,
			() -> _rows.read(() -> _persistence().findByCS_O(courseSessionId, otherOrganizationId)));
	}

	@FinderUnderTest(entity = "SessionAudience", finder = "OrganizationId")
	@Test
	void findByOrganizationIdReturnsTheSessionsOpenToTheOrganization() throws Exception {
		long organizationId = _rows.newId();

		SessionAudience first = _audience(_rows.newId(), organizationId);
		SessionAudience second = _audience(_rows.newId(), organizationId);

		_audience(_rows.newId(), _rows.newId());

		assertFoundInAnyOrder(_rows.read(() -> _persistence().findByOrganizationId(organizationId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByOrganizationId(organizationId)));
	}

	private static SessionAudiencePersistence _persistence() {
		return harness.get(SessionAudiencePersistence.class);
	}

	private SessionAudience _audience(long courseSessionId, long organizationId) throws Exception {
		return _rows.sessionAudience(
			sessionAudience -> {
				sessionAudience.setCourseSessionId(courseSessionId);
				sessionAudience.setOrganizationId(organizationId);
			});
	}

	private final TrainingRows _rows = new TrainingRows(harness);

}
