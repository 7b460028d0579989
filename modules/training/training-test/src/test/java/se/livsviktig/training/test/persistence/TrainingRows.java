package se.livsviktig.training.test.persistence;

import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.model.TrainingNotice;
import se.livsviktig.training.service.persistence.AttendancePersistence;
import se.livsviktig.training.service.persistence.CourseInterestPersistence;
import se.livsviktig.training.service.persistence.CoursePersistence;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionAudiencePersistence;
import se.livsviktig.training.service.persistence.SessionDatePersistence;
import se.livsviktig.training.service.persistence.SessionInstructorPersistence;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;
import se.livsviktig.training.service.persistence.TrainingNoticePersistence;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * Commits rows of the training model through the generated persistence, each in a transaction of its own, with
 * ids from the portal's counter. A test sets only the columns its rule is about.
 */
final class TrainingRows {

	static PersistenceHarness harness() {
		return PersistenceHarness.forServiceBundle(LVTrainingPersistenceConstants.class);
	}

	TrainingRows(PersistenceHarness harness) {
		_harness = harness;
	}

	Attendance attendance(Consumer<Attendance> values) throws Exception {
		return _add(AttendancePersistence.class, persistence -> persistence.create(newId()), values);
	}

	Course course(Consumer<Course> values) throws Exception {
		return _add(CoursePersistence.class, persistence -> persistence.create(newId()), values);
	}

	CourseInterest courseInterest(Consumer<CourseInterest> values) throws Exception {
		return _add(CourseInterestPersistence.class, persistence -> persistence.create(newId()), values);
	}

	CourseSession courseSession(Consumer<CourseSession> values) throws Exception {
		return _add(CourseSessionPersistence.class, persistence -> persistence.create(newId()), values);
	}

	/**
	 * A value no other row of the test run has: a fresh group, session, user or organization for one test.
	 */
	long newId() {
		return _harness.counterLocalService().increment();
	}

	/**
	 * Runs a finder in a transaction of its own, so it reads what was committed.
	 */
	<T> T read(Callable<T> callable) throws Exception {
		return _harness.inTransaction(callable);
	}

	/**
	 * A registration; unless the test says otherwise it is no longer active (activeKey is minus its id), so rows
	 * of one session never collide on the unique (courseSessionId, activeKey) index by accident.
	 */
	Registration registration(Consumer<Registration> values) throws Exception {
		return _add(
			RegistrationPersistence.class,
			persistence -> {
				long registrationId = newId();

				Registration registration = persistence.create(registrationId);

				registration.setActiveKey(-registrationId);
				registration.setQueueNumber(registrationId);

				return registration;
			},
			values);
	}

	RegistrationEvent registrationEvent(Consumer<RegistrationEvent> values) throws Exception {
		return _add(RegistrationEventPersistence.class, persistence -> persistence.create(newId()), values);
	}

	SessionAudience sessionAudience(Consumer<SessionAudience> values) throws Exception {
		return _add(SessionAudiencePersistence.class, persistence -> persistence.create(newId()), values);
	}

	SessionDate sessionDate(Consumer<SessionDate> values) throws Exception {
		return _add(SessionDatePersistence.class, persistence -> persistence.create(newId()), values);
	}

	SessionInstructor sessionInstructor(Consumer<SessionInstructor> values) throws Exception {
		return _add(SessionInstructorPersistence.class, persistence -> persistence.create(newId()), values);
	}

	SessionQuota sessionQuota(Consumer<SessionQuota> values) throws Exception {
		return _add(SessionQuotaPersistence.class, persistence -> persistence.create(newId()), values);
	}

	TrainingMethod trainingMethod(Consumer<TrainingMethod> values) throws Exception {
		return _add(TrainingMethodPersistence.class, persistence -> persistence.create(newId()), values);
	}

	TrainingNotice trainingNotice(Consumer<TrainingNotice> values) throws Exception {
		return _add(TrainingNoticePersistence.class, persistence -> persistence.create(newId()), values);
	}

	private <M extends BaseModel<M>, P extends BasePersistence<M>> M _add(
			Class<P> persistenceType, Function<P, M> create, Consumer<M> values)
		throws Exception {

		P persistence = _harness.get(persistenceType);

		return _harness.inTransaction(
			() -> {
				M model = create.apply(persistence);

				values.accept(model);

				return persistence.update(model);
			});
	}

	private final PersistenceHarness _harness;

}
