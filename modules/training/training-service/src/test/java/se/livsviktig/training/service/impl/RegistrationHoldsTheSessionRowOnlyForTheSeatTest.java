package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.liferay.counter.kernel.model.Counter;
import com.liferay.portal.kernel.dao.orm.LockMode;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.mockito.Mockito;
import org.mockito.invocation.Invocation;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.internal.registration.RegistrationIdReservation;
import se.livsviktig.training.model.Registration;

/**
 * A registration holds its session's row lock for the seat change and the inserts only: the ids, the person, their
 * organisations, the audience, an earlier registration and the quotas are read before the row is locked, and the
 * ids come from one counter call. The lock is the queue of a registration rush, so whatever runs under it runs once
 * for every person in the queue, one after the other.
 *
 * @author Livsviktig
 */
public class RegistrationHoldsTheSessionRowOnlyForTheSeatTest {

	@RegisterExtension
	public static final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		_fixture.session(20, 5);
		_fixture.user(101, RegistrationFixture.SOF);
		_fixture.quota(RegistrationFixture.SOF, 10);
	}

	@Test
	public void everythingButTheSeatIsReadBeforeTheLock() throws Exception {
		_register();

		long lockedAt = _lockSequenceNumber();

		List<String> readUnderLock = new ArrayList<>();

		for (Object readingMock :
				Arrays.asList(
					_fixture.counterLocalService, _fixture.userLocalService,
					_fixture.organizationLocalService,
					_fixture.sessionAudiencePersistence,
					_fixture.sessionQuotaPersistence)) {

			for (Invocation invocation : _invocations(readingMock)) {
				if (invocation.getSequenceNumber() > lockedAt) {
					readUnderLock.add(invocation.toString());
				}
			}
		}

		for (Invocation invocation :
				_invocations(_fixture.registrationPersistence)) {

			if ((invocation.getSequenceNumber() > lockedAt) &&
				invocation.getMethod(
				).getName(
				).startsWith(
					"fetch"
				)) {

				readUnderLock.add(invocation.toString());
			}
		}

		assertEquals(List.of(), readUnderLock);
	}

	@Test
	public void theIdsComeFromOneCounterCallForABlockOfRegistrations() throws Exception {
		Registration registration = _register();

		verify(
			_fixture.counterLocalService, times(1)
		).increment(
			Counter.class.getName(),
			3 * RegistrationIdReservation.REGISTRATIONS_PER_BLOCK
		);
		verify(
			_fixture.counterLocalService, never()
		).increment();
		verify(
			_fixture.counterLocalService, never()
		).increment(anyString());

		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, registration.getStatus());
	}

	@Test
	public void underTheLockOnlyTheSeatChangesAndTheRowsAreWritten()
		throws Exception {

		_register();

		long lockedAt = _lockSequenceNumber();

		Set<String> calledUnderLock = new TreeSet<>();

		for (Object persistence :
				Arrays.asList(
					_fixture.courseSessionPersistence,
					_fixture.registrationPersistence,
					_fixture.registrationEvents, _fixture.noticeDispatcher)) {

			for (Invocation invocation : _invocations(persistence)) {

				// The fixture's row lock reads the session through fetchByPrimaryKey, as part of the lock

				if (invocation.getSequenceNumber() > (lockedAt + 1)) {
					calledUnderLock.add(
						Mockito.mockingDetails(
							persistence
						).getMockCreationSettings(
						).getMockName() + "." +
							invocation.getMethod(
							).getName());
				}
			}
		}

		// The seat holders are counted under the lock: the session has a quota, and who holds a seat is what the
		// lock protects.

		assertEquals(
			new TreeSet<>(
				Arrays.asList(
					"courseSessionPersistence.update",
					"noticeDispatcher.claimNowDeliverAfterCommit",
					"registrationEvents.add", "registrationPersistence.create",
					"registrationPersistence.findByCS_S",
					"registrationPersistence.update")),
			calledUnderLock);
	}

	private static List<Invocation> _invocations(Object mock) {
		return new ArrayList<>(
			Mockito.mockingDetails(
				mock
			).getInvocations());
	}

	private long _lockSequenceNumber() {
		long lockedAt = -1;

		for (Invocation invocation :
				_invocations(_fixture.hibernateSession)) {

			if (invocation.getMethod(
				).getName(
				).equals(
					"get"
				) &&
				(invocation.getArguments().length == 3) &&
				(invocation.getArguments()[2] ==
					LockMode.PESSIMISTIC_WRITE)) {

				assertEquals(-1, lockedAt, "the row is locked once");

				lockedAt = invocation.getSequenceNumber();
			}
		}

		assertTrue(lockedAt > 0, "the row is locked");

		return lockedAt;
	}

	private Registration _register() throws Exception {
		return _fixture.service.addRegistration(
			101, RegistrationFixture.SESSION_ID, 0, null, null,
			new ServiceContext());
	}

	private final RegistrationFixture _fixture = new RegistrationFixture();

}
