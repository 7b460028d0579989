package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;



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
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.AttendanceLocalService;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.TrainingNoticePersistence;

/**
 * The main flows of the registration engine end to end on the persistence tier: the local services as the portal
 * wraps them, their rules, the generated persistence and PostgreSQL, with doubles only for the portal's user and
 * organization services. What each step committed is read back in a transaction of its own.
 *
 * @author Livsviktig
 */
class RegistrationFlowsIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		OneUserCompany.stand(harness, _COMPANY_ID, "Anna Andersson");

		_trainingMethod = _rows.trainingMethod(
			trainingMethod -> {
				trainingMethod.setCompanyId(_COMPANY_ID);
				trainingMethod.setRequiredAttendancePercent(100);
			});
	}

	@Test
	void aCancelledSeatGoesToTheFirstInLineAndTheLineMovesUp()
		throws Exception {

		CourseSession courseSession = _session(session -> session.setSeats(1));

		int noticesBefore = _notices();

		Registration anna = _register(courseSession);

		assertEquals(
			noticesBefore + 1, _notices(),
			"the confirmation notice is recorded once");

		Registration bertil = _register(courseSession);
		Registration cecilia = _register(courseSession);

		assertAll(
			() -> assertEquals(
				RegistrationConstants.STATUS_CONFIRMED, anna.getStatus()),
			() -> assertEquals(
				RegistrationConstants.STATUS_WAITLISTED, bertil.getStatus()),
			() -> assertEquals(1, _registrations().getWaitlistPosition(
				bertil.getRegistrationId())),
			() -> assertEquals(2, _registrations().getWaitlistPosition(
				cecilia.getRegistrationId())));

		_registrations().cancelRegistration(
			anna.getRegistrationId(), anna.getUserId(), null, false);

		CourseSession afterCancellation = _reload(courseSession);

		assertAll(
			() -> assertEquals(
				RegistrationConstants.STATUS_CANCELLED,
				_status(anna)),
			() -> assertEquals(
				RegistrationConstants.STATUS_CONFIRMED, _status(bertil)),
			() -> assertEquals(
				RegistrationConstants.STATUS_WAITLISTED, _status(cecilia)),
			() -> assertEquals(1, _registrations().getWaitlistPosition(
				cecilia.getRegistrationId())),
			() -> assertEquals(1, afterCancellation.getSeatsTaken()),
			() -> assertEquals(1, afterCancellation.getWaitlistedCount()),
			() -> assertEquals(
				List.of("registered", "promoted"), _eventTypes(bertil)));
	}

	@Test
	void aRequestThatNeedsApprovalHoldsASeatUntilItIsApproved()
		throws Exception {

		CourseSession courseSession = _session(
			session -> {
				session.setSeats(2);
				session.setApprovalRequired(true);
			});

		Registration request = _register(courseSession);

		assertAll(
			() -> assertEquals(
				RegistrationConstants.STATUS_PENDING_APPROVAL,
				request.getStatus()),
			() -> assertNotNull(request.getHoldExpirationDate()),
			() -> assertEquals(1, _reload(courseSession).getSeatsTaken()));

		_registrations().approveRegistration(
			request.getRegistrationId(), _rows.newId(), "Godkänd av chef");

		assertAll(
			() -> assertEquals(
				RegistrationConstants.STATUS_CONFIRMED, _status(request)),
			() -> assertEquals(1, _reload(courseSession).getSeatsTaken()),
			() -> assertEquals(
				List.of("registered", "approved"), _eventTypes(request)));
	}

	@Test
	void attendingEveryDateCompletesAndMissingOneDoesNot() throws Exception {
		CourseSession courseSession = _session(
			session -> {
				session.setSeats(5);
				session.setStartDate(_days(-3));
				session.setEndDate(_days(-2));
			});

		SessionDate firstDay = _sessionDate(courseSession, -3);
		SessionDate secondDay = _sessionDate(courseSession, -2);

		Registration present = _register(courseSession);
		Registration absentOnce = _register(courseSession);

		AttendanceLocalService attendances = harness.get(
			AttendanceLocalService.class);

		long instructorUserId = _rows.newId();

		attendances.markAttendance(
			instructorUserId, firstDay.getSessionDateId(),
			present.getRegistrationId(), true);
		attendances.markAttendance(
			instructorUserId, firstDay.getSessionDateId(),
			absentOnce.getRegistrationId(), true);

		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, _status(present),
			"one of two dates is not complete yet");

		attendances.markAttendance(
			instructorUserId, secondDay.getSessionDateId(),
			present.getRegistrationId(), true);
		attendances.markAttendance(
			instructorUserId, secondDay.getSessionDateId(),
			absentOnce.getRegistrationId(), false);

		assertAll(
			() -> assertEquals(
				RegistrationConstants.STATUS_COMPLETED, _status(present)),
			() -> assertEquals(
				RegistrationConstants.STATUS_NOT_COMPLETED,
				_status(absentOnce)),
			() -> assertEquals(
				2, attendances.getRegistrationAttendances(
					present.getRegistrationId()).size()));
	}

	private static Date _days(int days) {
		return new Date(System.currentTimeMillis() + (days * 86_400_000L));
	}

	private List<String> _eventTypes(Registration registration)
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
		).map(
			RegistrationEvent::getType
		).collect(
			Collectors.toList()
		);
	}

	private int _notices() throws Exception {
		return _rows.read(
			() -> harness.get(
				TrainingNoticePersistence.class
			).countAll());
	}

	private Registration _register(CourseSession courseSession)
		throws Exception {

		return _registrations().addRegistration(
			_rows.newId(), courseSession.getCourseSessionId(), 0, null, null,
			new ServiceContext());
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

	private CourseSession _session(Consumer<CourseSession> values)
		throws Exception {

		return _rows.courseSession(
			courseSession -> {
				courseSession.setCompanyId(_COMPANY_ID);
				courseSession.setGroupId(_rows.newId());
				courseSession.setCourseId(_rows.newId());
				courseSession.setTrainingMethodId(
					_trainingMethod.getTrainingMethodId());
				courseSession.setStatus(
					CourseSessionConstants.STATUS_PUBLISHED);
				courseSession.setStartDate(_days(14));
				courseSession.setEndDate(_days(15));

				values.accept(courseSession);
			});
	}

	private SessionDate _sessionDate(CourseSession courseSession, int day)
		throws Exception {

		return _rows.sessionDate(
			sessionDate -> {
				sessionDate.setCompanyId(_COMPANY_ID);
				sessionDate.setGroupId(courseSession.getGroupId());
				sessionDate.setCourseSessionId(
					courseSession.getCourseSessionId());
				sessionDate.setStartDate(_days(day));
				sessionDate.setEndDate(_days(day));
				sessionDate.setCheckInOpenDate(_days(day));
				sessionDate.setCheckInCloseDate(_days(day + 1));
			});
	}

	private int _status(Registration registration) throws Exception {
		return _rows.read(
			() -> _registrations().getRegistration(
				registration.getRegistrationId())
		).getStatus();
	}

	private static final long _COMPANY_ID = 20_097;

	private final TrainingRows _rows = new TrainingRows(harness);
	private TrainingMethod _trainingMethod;

}
