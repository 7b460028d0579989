package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertFound;
import static se.livsviktig.training.test.persistence.FinderAssertions.assertSameRow;

import java.util.Date;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * The Registration finders of service.xml, on PostgreSQL, ordered by queueNumber, then registrationId. Rows are
 * committed with queue numbers out of creation order, so the order comes from the query.
 */
class RegistrationFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@FinderUnderTest(entity = "Registration", finder = "CourseId")
	@Test
	void findByCourseIdReturnsTheRegistrationsOfTheCourseInQueueOrder() throws Exception {
		long courseId = _rows.newId();

		Registration second = _registration(2, registration -> registration.setCourseId(courseId));
		Registration first = _registration(1, registration -> registration.setCourseId(courseId));

		_registration(0, registration -> registration.setCourseId(_rows.newId()));

		assertFound(_rows.read(() -> _persistence().findByCourseId(courseId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCourseId(courseId)));
	}

	@FinderUnderTest(entity = "Registration", finder = "CourseSessionId")
	@Test
	void findByCourseSessionIdReturnsTheRegistrationsOfTheSessionInQueueOrder() throws Exception {
		long courseSessionId = _rows.newId();

		Registration second = _registration(2, registration -> registration.setCourseSessionId(courseSessionId));
		Registration first = _registration(1, registration -> registration.setCourseSessionId(courseSessionId));

		_registration(0, registration -> registration.setCourseSessionId(_rows.newId()));

		assertFound(_rows.read(() -> _persistence().findByCourseSessionId(courseSessionId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCourseSessionId(courseSessionId)));
	}

	@FinderUnderTest(entity = "Registration", finder = "CS_AK")
	@Test
	void findByCS_AKFindsTheOneActiveRegistrationOfTheUserOnTheSession() throws Exception {
		long courseSessionId = _rows.newId();
		long userId = _rows.newId();

		Registration active = _registration(
			2,
			registration -> {
				registration.setCourseSessionId(courseSessionId);
				registration.setUserId(userId);
				registration.setActiveKey(userId);
			});

		_registration(
			1,
			registration -> {
				registration.setCourseSessionId(courseSessionId);
				registration.setUserId(userId);
			});
		_registration(
			3,
			registration -> {
				registration.setCourseSessionId(_rows.newId());
				registration.setUserId(userId);
				registration.setActiveKey(userId);
			});

		assertSameRow(active, _rows.read(() -> _persistence().findByCS_AK(courseSessionId, userId)));
		assertEquals(1, (int)_rows.read(() -> _persistence().countByCS_AK(courseSessionId, userId)));

		long otherUserId = _rows.newId();

		assertNull(_rows.read(() -> _persistence().fetchByCS_AK(courseSessionId, otherUserId)));
		assertThrows(
			NoSuchRegistrationException.class,
			() -> _rows.read(() -> _persistence().findByCS_AK(courseSessionId, otherUserId)));
	}

	@FinderUnderTest(entity = "Registration", finder = "CS_S")
	@Test
	void findByCS_SReturnsTheRegistrationsOfTheSessionInAnyOfTheStatuses() throws Exception {
		long courseSessionId = _rows.newId();

		Registration confirmed = _registration(2, _onSession(courseSessionId, _CONFIRMED));
		Registration waitlisted = _registration(1, _onSession(courseSessionId, _WAITLISTED));

		_registration(3, _onSession(courseSessionId, _CANCELLED));
		_registration(4, _onSession(_rows.newId(), _CONFIRMED));

		assertFound(_rows.read(() -> _persistence().findByCS_S(courseSessionId, _CONFIRMED)), confirmed);
		assertFound(
			_rows.read(() -> _persistence().findByCS_S(courseSessionId, new int[] {_CONFIRMED, _WAITLISTED})),
			waitlisted, confirmed);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByCS_S(courseSessionId, _CONFIRMED)));
		assertEquals(
			2,
			(int)_rows.read(() -> _persistence().countByCS_S(courseSessionId, new int[] {_CONFIRMED, _WAITLISTED})));
	}

	/**
	 * An administration's registrations on a session: what counts against its reserved seats.
	 */
	@FinderUnderTest(entity = "Registration", finder = "CS_O_S")
	@Test
	void findByCS_O_SReturnsTheOrganizationsRegistrationsOnTheSessionInTheStatuses() throws Exception {
		long courseSessionId = _rows.newId();
		long organizationId = _rows.newId();

		Registration confirmed = _registration(
			2, _onSession(courseSessionId, _CONFIRMED).andThen(_inOrganization(organizationId)));
		Registration waitlisted = _registration(
			1, _onSession(courseSessionId, _WAITLISTED).andThen(_inOrganization(organizationId)));

		_registration(3, _onSession(courseSessionId, _CANCELLED).andThen(_inOrganization(organizationId)));
		_registration(4, _onSession(courseSessionId, _CONFIRMED).andThen(_inOrganization(_rows.newId())));
		_registration(5, _onSession(_rows.newId(), _CONFIRMED).andThen(_inOrganization(organizationId)));

		assertFound(
			_rows.read(() -> _persistence().findByCS_O_S(courseSessionId, organizationId, _CONFIRMED)), confirmed);
		assertFound(
			_rows.read(
				() -> _persistence().findByCS_O_S(
					courseSessionId, organizationId, new int[] {_CONFIRMED, _WAITLISTED})),
			waitlisted, confirmed);
		assertEquals(
			2,
			(int)_rows.read(
				() -> _persistence().countByCS_O_S(
					courseSessionId, organizationId, new int[] {_CONFIRMED, _WAITLISTED})));
	}

	/**
	 * Who is ahead of someone in the waitlist: their position is this count plus one.
	 */
	@FinderUnderTest(entity = "Registration", finder = "CS_S_LtQN")
	@Test
	void findByCS_S_LtQNReturnsThoseAheadInTheQueueOfTheSessionInTheStatus() throws Exception {
		long courseSessionId = _rows.newId();

		Registration first = _registration(1, _onSession(courseSessionId, _WAITLISTED));
		Registration second = _registration(2, _onSession(courseSessionId, _WAITLISTED));

		_registration(3, _onSession(courseSessionId, _WAITLISTED));
		_registration(0, _onSession(courseSessionId, _CONFIRMED));
		_registration(1, _onSession(_rows.newId(), _WAITLISTED));

		assertFound(
			_rows.read(() -> _persistence().findByCS_S_LtQN(courseSessionId, _WAITLISTED, 3)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCS_S_LtQN(courseSessionId, _WAITLISTED, 3)));
		assertEquals(0, (int)_rows.read(() -> _persistence().countByCS_S_LtQN(courseSessionId, _WAITLISTED, 1)));
	}

	/**
	 * All of a user's registrations on a session, the cancelled history included.
	 */
	@FinderUnderTest(entity = "Registration", finder = "CS_U")
	@Test
	void findByCS_UReturnsEveryRegistrationOfTheUserOnTheSession() throws Exception {
		long courseSessionId = _rows.newId();
		long userId = _rows.newId();

		Registration active = _registration(
			2,
			registration -> {
				registration.setCourseSessionId(courseSessionId);
				registration.setUserId(userId);
				registration.setActiveKey(userId);
			});
		Registration cancelled = _registration(
			1,
			registration -> {
				registration.setCourseSessionId(courseSessionId);
				registration.setUserId(userId);
			});

		_registration(
			3,
			registration -> {
				registration.setCourseSessionId(courseSessionId);
				registration.setUserId(_rows.newId());
			});
		_registration(
			4,
			registration -> {
				registration.setCourseSessionId(_rows.newId());
				registration.setUserId(userId);
			});

		assertFound(_rows.read(() -> _persistence().findByCS_U(courseSessionId, userId)), cancelled, active);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCS_U(courseSessionId, userId)));
	}

	@FinderUnderTest(entity = "Registration", finder = "GroupId")
	@Test
	void findByGroupIdReturnsTheRegistrationsOfTheSiteInQueueOrder() throws Exception {
		long groupId = _rows.newId();

		Registration second = _registration(2, registration -> registration.setGroupId(groupId));
		Registration first = _registration(1, registration -> registration.setGroupId(groupId));

		_registration(0, registration -> registration.setGroupId(_rows.newId()));

		assertFound(_rows.read(() -> _persistence().findByGroupId(groupId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByGroupId(groupId)));
	}

	@FinderUnderTest(entity = "Registration", finder = "O_S")
	@Test
	void findByO_SReturnsTheRegistrationsOfAnyOfTheOrganizationsInTheStatus() throws Exception {
		long organizationId = _rows.newId();
		long otherOrganizationId = _rows.newId();

		Registration ofOrganization = _registration(2, _ofOrganization(organizationId, _CONFIRMED));
		Registration ofOtherOrganization = _registration(1, _ofOrganization(otherOrganizationId, _CONFIRMED));

		_registration(3, _ofOrganization(organizationId, _CANCELLED));
		_registration(4, _ofOrganization(_rows.newId(), _CONFIRMED));

		assertFound(_rows.read(() -> _persistence().findByO_S(organizationId, _CONFIRMED)), ofOrganization);
		assertFound(
			_rows.read(
				() -> _persistence().findByO_S(new long[] {organizationId, otherOrganizationId}, _CONFIRMED)),
			ofOtherOrganization, ofOrganization);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByO_S(organizationId, _CONFIRMED)));
		assertEquals(
			2,
			(int)_rows.read(
				() -> _persistence().countByO_S(new long[] {organizationId, otherOrganizationId}, _CONFIRMED)));
	}

	@FinderUnderTest(entity = "Registration", finder = "OrganizationId")
	@Test
	void findByOrganizationIdReturnsTheRegistrationsOfTheOrganizationOnly() throws Exception {
		long organizationId = _rows.newId();

		Registration registration = _registration(1, value -> value.setOrganizationId(organizationId));

		_registration(2, value -> value.setOrganizationId(_rows.newId()));

		assertFound(_rows.read(() -> _persistence().findByOrganizationId(organizationId)), registration);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByOrganizationId(organizationId)));
	}

	/**
	 * Held seats whose hold ran out: the hold must have expired strictly before the given moment. The status is
	 * one no other test of this class uses, because this finder has no session to narrow it.
	 */
	@FinderUnderTest(entity = "Registration", finder = "S_LtHED")
	@Test
	void findByS_LtHEDReturnsRegistrationsInTheStatusWhoseHoldExpiredBeforeTheDate() throws Exception {
		int status = 71;
		Date now = new Date(1_900_000_000_000L);

		Registration expiredLongAgo = _registration(2, _held(status, new Date(now.getTime() - 86_400_000L)));
		Registration expiredJustNow = _registration(1, _held(status, new Date(now.getTime() - 1_000L)));

		_registration(3, _held(status, now));
		_registration(4, _held(status, new Date(now.getTime() + 1_000L)));
		_registration(5, _held(status + 1, new Date(now.getTime() - 86_400_000L)));

		assertFound(_rows.read(() -> _persistence().findByS_LtHED(status, now)), expiredJustNow, expiredLongAgo);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByS_LtHED(status, now)));
	}

	@FinderUnderTest(entity = "Registration", finder = "U_S")
	@Test
	void findByU_SReturnsTheRegistrationsOfTheUserInAnyOfTheStatuses() throws Exception {
		long userId = _rows.newId();

		Registration confirmed = _registration(2, _ofUser(userId, _CONFIRMED));
		Registration waitlisted = _registration(1, _ofUser(userId, _WAITLISTED));

		_registration(3, _ofUser(userId, _CANCELLED));
		_registration(4, _ofUser(_rows.newId(), _CONFIRMED));

		assertFound(_rows.read(() -> _persistence().findByU_S(userId, _CONFIRMED)), confirmed);
		assertFound(
			_rows.read(() -> _persistence().findByU_S(userId, new int[] {_CONFIRMED, _WAITLISTED})), waitlisted,
			confirmed);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByU_S(userId, _CONFIRMED)));
		assertEquals(
			2, (int)_rows.read(() -> _persistence().countByU_S(userId, new int[] {_CONFIRMED, _WAITLISTED})));
	}

	@FinderUnderTest(entity = "Registration", finder = "UserId")
	@Test
	void findByUserIdReturnsTheRegistrationsOfTheUserOnly() throws Exception {
		long userId = _rows.newId();

		Registration registration = _registration(1, value -> value.setUserId(userId));

		_registration(2, value -> value.setUserId(_rows.newId()));

		assertFound(_rows.read(() -> _persistence().findByUserId(userId)), registration);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByUserId(userId)));
	}

	private static Consumer<Registration> _held(int status, Date holdExpirationDate) {
		return registration -> {
			registration.setStatus(status);
			registration.setHoldExpirationDate(holdExpirationDate);
		};
	}

	private static Consumer<Registration> _inOrganization(long organizationId) {
		return registration -> registration.setOrganizationId(organizationId);
	}

	private static Consumer<Registration> _ofOrganization(long organizationId, int status) {
		return registration -> {
			registration.setOrganizationId(organizationId);
			registration.setStatus(status);
		};
	}

	private static Consumer<Registration> _ofUser(long userId, int status) {
		return registration -> {
			registration.setUserId(userId);
			registration.setStatus(status);
		};
	}

	private static Consumer<Registration> _onSession(long courseSessionId, int status) {
		return registration -> {
			registration.setCourseSessionId(courseSessionId);
			registration.setStatus(status);
		};
	}

	private static RegistrationPersistence _persistence() {
		return harness.get(RegistrationPersistence.class);
	}

	private Registration _registration(long queueNumber, Consumer<Registration> values) throws Exception {
		return _rows.registration(
			registration -> {
				registration.setQueueNumber(queueNumber);

				values.accept(registration);
			});
	}

	/**
	 * Registration states as the finders see them: plain numbers here, since the registration rules that name them
	 * are not written yet.
	 */
	private static final int _CANCELLED = 8;

	private static final int _CONFIRMED = 0;

	private static final int _WAITLISTED = 3;

	private final TrainingRows _rows = new TrainingRows(harness);

}
