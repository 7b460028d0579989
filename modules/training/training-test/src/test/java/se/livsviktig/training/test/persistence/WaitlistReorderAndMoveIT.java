package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.mockito.Mockito.when;


import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.MoveRegistrationTargetException;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * A coordinator reorders a session's waitlist and moves people between sessions of a course, on PostgreSQL
 * through the portal's transactions: the queue stays a line without gaps or twins, the seat a move frees goes
 * to the first in line, and a move the new session refuses halfway leaves no row changed.
 *
 * @author Livsviktig
 */
class WaitlistReorderAndMoveIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		OneUserCompany.stand(harness, _COMPANY_ID, "Åsa Öberg");

		_trainingMethod = _rows.trainingMethod(
			trainingMethod -> trainingMethod.setCompanyId(_COMPANY_ID));
	}

	@Test
	void aMoveFreesTheOldSeatForTheFirstInLineAndQueuesInTheFullSession()
		throws Exception {

		long courseId = _rows.newId();

		CourseSession source = _session(courseId, 1);
		CourseSession target = _session(courseId, 1);

		Registration anna = _register(source);
		Registration bertil = _register(source);
		Registration cecilia = _register(target);

		Registration moved = _registrations().moveRegistration(
			anna.getRegistrationId(), target.getCourseSessionId(),
			_COORDINATOR_USER_ID, "Krockar med APT");

		CourseSession sourceAfter = _reload(source);
		CourseSession targetAfter = _reload(target);

		assertAll(
			() -> assertEquals(
				RegistrationConstants.STATUS_CANCELLED, _status(anna)),
			() -> assertEquals(
				"Krockar med APT",
				_registration(
					anna
				).getCancellationReason()),
			() -> assertEquals(
				RegistrationConstants.STATUS_CONFIRMED, _status(bertil)),
			() -> assertEquals(
				RegistrationConstants.STATUS_CONFIRMED, _status(cecilia)),
			() -> assertEquals(
				RegistrationConstants.STATUS_WAITLISTED, _status(moved)),
			() -> assertEquals(
				anna.getUserId(),
				_registration(
					moved
				).getUserId()),
			() -> assertEquals(1, sourceAfter.getSeatsTaken()),
			() -> assertEquals(0, sourceAfter.getWaitlistedCount()),
			() -> assertEquals(1, targetAfter.getSeatsTaken()),
			() -> assertEquals(1, targetAfter.getWaitlistedCount()),
			() -> assertEquals(
				List.of("registered", "moved-to"), _eventTypes(anna)),
			() -> assertEquals(
				List.of("registered", "moved-from"), _eventTypes(moved)),
			() -> assertEquals(
				List.of("registered", "promoted"), _eventTypes(bertil)));
	}

	@Test
	void aMoveRefusedHalfwayLeavesNothingWritten() throws Exception {
		long courseId = _rows.newId();

		CourseSession source = _session(courseId, 1);

		// The person belongs to another company than the target: the new session refuses them only when it
		// registers them, after the old seat was given up in the same transaction.

		CourseSession target = _session(
			courseId, 5,
			courseSession -> courseSession.setCompanyId(_COMPANY_ID + 1));

		Registration anna = _register(source);
		Registration bertil = _register(source);

		assertThrows(
			NoSuchCourseSessionException.class,
			() -> _registrations().moveRegistration(
				anna.getRegistrationId(), target.getCourseSessionId(),
				_COORDINATOR_USER_ID, "Byte"));

		CourseSession sourceAfter = _reload(source);
		CourseSession targetAfter = _reload(target);

		assertAll(
			() -> assertEquals(
				RegistrationConstants.STATUS_CONFIRMED, _status(anna)),
			() -> assertEquals(
				RegistrationConstants.STATUS_WAITLISTED, _status(bertil)),
			() -> assertEquals(1, sourceAfter.getSeatsTaken()),
			() -> assertEquals(1, sourceAfter.getWaitlistedCount()),
			() -> assertEquals(0, targetAfter.getSeatsTaken()),
			() -> assertEquals(
				0,
				(int)_rows.read(
					() -> harness.get(
						RegistrationPersistence.class
					).countByCourseSessionId(
						target.getCourseSessionId()
					))),
			() -> assertEquals(List.of("registered"), _eventTypes(anna)));

		CourseSession otherCourse = _session(_rows.newId(), 5);

		assertThrows(
			MoveRegistrationTargetException.class,
			() -> _registrations().moveRegistration(
				anna.getRegistrationId(), otherCourse.getCourseSessionId(),
				_COORDINATOR_USER_ID, "Byte"));

		assertEquals(RegistrationConstants.STATUS_CONFIRMED, _status(anna));
	}

	@Test
	void movingSomeoneFirstInLineGivesThemTheNextFreeSeat() throws Exception {
		CourseSession courseSession = _session(_rows.newId(), 1);

		Registration anna = _register(courseSession);
		Registration bertil = _register(courseSession);
		Registration cecilia = _register(courseSession);
		Registration david = _register(courseSession);

		_registrations().moveWaitlistPosition(
			david.getRegistrationId(), 1, _COORDINATOR_USER_ID,
			"Behöver utbildningen före sommaren");

		assertAll(
			() -> assertEquals(
				1,
				_registrations().getWaitlistPosition(
					david.getRegistrationId())),
			() -> assertEquals(
				2,
				_registrations().getWaitlistPosition(
					bertil.getRegistrationId())),
			() -> assertEquals(
				3,
				_registrations().getWaitlistPosition(
					cecilia.getRegistrationId())),
			() -> assertEquals(
				List.of(
					david.getRegistrationId(), bertil.getRegistrationId(),
					cecilia.getRegistrationId()),
				_waitlistOrder(courseSession)),
			() -> assertEquals(
				List.of("registered", "waitlist-moved"), _eventTypes(david)),
			() -> assertEquals(
				"Behöver utbildningen före sommaren",
				_lastEvent(
					david
				).getComment()));

		_registrations().moveWaitlistPosition(
			bertil.getRegistrationId(), 3, _COORDINATOR_USER_ID, "Bytt önskemål");

		assertEquals(
			List.of(
				david.getRegistrationId(), cecilia.getRegistrationId(),
				bertil.getRegistrationId()),
			_waitlistOrder(courseSession));

		_registrations().cancelRegistration(
			anna.getRegistrationId(), anna.getUserId(), null, false);

		assertAll(
			() -> assertEquals(
				RegistrationConstants.STATUS_CONFIRMED, _status(david)),
			() -> assertEquals(
				RegistrationConstants.STATUS_WAITLISTED, _status(cecilia)),
			() -> assertEquals(
				1,
				_registrations().getWaitlistPosition(
					cecilia.getRegistrationId())),
			() -> assertEquals(1, _reload(courseSession).getSeatsTaken()),
			() -> assertEquals(
				2, _reload(courseSession).getWaitlistedCount()));
	}

	private static Date _days(int days) {
		return new Date(System.currentTimeMillis() + (days * 86_400_000L));
	}

	private List<RegistrationEvent> _events(Registration registration)
		throws Exception {

		List<RegistrationEvent> registrationEvents = _rows.read(
			() -> harness.get(
				RegistrationEventPersistence.class
			).findByRegistrationId(
				registration.getRegistrationId()
			));

		return registrationEvents.stream(
		).sorted(
			(first, second) -> Long.compare(
				first.getRegistrationEventId(),
				second.getRegistrationEventId())
		).collect(
			Collectors.toList()
		);
	}

	private List<String> _eventTypes(Registration registration)
		throws Exception {

		return _events(
			registration
		).stream(
		).map(
			RegistrationEvent::getType
		).collect(
			Collectors.toList()
		);
	}

	private RegistrationEvent _lastEvent(Registration registration)
		throws Exception {

		List<RegistrationEvent> events = _events(registration);

		return events.get(events.size() - 1);
	}

	private Registration _register(CourseSession courseSession)
		throws Exception {

		return _registrations().addRegistration(
			_rows.newId(), courseSession.getCourseSessionId(), 0, null, null,
			new ServiceContext());
	}

	private Registration _registration(Registration registration)
		throws Exception {

		return _rows.read(
			() -> _registrations().getRegistration(
				registration.getRegistrationId()));
	}

	private RegistrationLocalService _registrations() {
		return harness.get(RegistrationLocalService.class);
	}

	private CourseSession _reload(CourseSession courseSession)
		throws Exception {

		return _rows.read(
			() -> harness.get(
				CourseSessionPersistence.class
			).findByPrimaryKey(
				courseSession.getCourseSessionId()
			));
	}

	private CourseSession _session(long courseId, int seats) throws Exception {
		return _session(courseId, seats, courseSession -> {
		});
	}

	private CourseSession _session(
			long courseId, int seats, Consumer<CourseSession> values)
		throws Exception {

		return _rows.courseSession(
			courseSession -> {
				courseSession.setCompanyId(_COMPANY_ID);
				courseSession.setGroupId(_GROUP_ID);
				courseSession.setCourseId(courseId);
				courseSession.setTrainingMethodId(
					_trainingMethod.getTrainingMethodId());
				courseSession.setStatus(
					CourseSessionConstants.STATUS_PUBLISHED);
				courseSession.setSeats(seats);
				courseSession.setStartDate(_days(14));
				courseSession.setEndDate(_days(15));

				values.accept(courseSession);
			});
	}

	private int _status(Registration registration) throws Exception {
		return _registration(
			registration
		).getStatus();
	}

	private List<Long> _waitlistOrder(CourseSession courseSession)
		throws Exception {

		List<Registration> waitlist = _rows.read(
			() -> harness.get(
				RegistrationPersistence.class
			).findByCS_S(
				courseSession.getCourseSessionId(),
				new int[] {RegistrationConstants.STATUS_WAITLISTED}
			));

		return waitlist.stream(
		).map(
			Registration::getRegistrationId
		).collect(
			Collectors.toList()
		);
	}

	private static final long _COMPANY_ID = 20_097;

	private static final long _COORDINATOR_USER_ID = 30_000;

	private static final long _GROUP_ID = 20_121;

	private final TrainingRows _rows = new TrainingRows(harness);
	private TrainingMethod _trainingMethod;

}
