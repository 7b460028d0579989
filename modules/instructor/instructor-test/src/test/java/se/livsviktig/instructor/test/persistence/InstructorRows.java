package se.livsviktig.instructor.test.persistence;

import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

import java.io.Serializable;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.model.MeetingNotice;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.persistence.CertificationPersistence;
import se.livsviktig.instructor.service.persistence.InstructorNetworkPersistence;
import se.livsviktig.instructor.service.persistence.InstructorNoticePersistence;
import se.livsviktig.instructor.service.persistence.MeetingNoticePersistence;
import se.livsviktig.instructor.service.persistence.MeetingParticipantPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMeetingPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMemberPersistence;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * Commits rows of the instructor model through the generated persistence, each in a transaction of its own, with
 * ids from the portal's counter. A test sets only the columns its rule is about.
 *
 * @author Livsviktig
 */
final class InstructorRows {

	static PersistenceHarness harness() {
		return PersistenceHarness.forServiceBundle(
			LVInstructorPersistenceConstants.class);
	}

	/**
	 * The primary keys of the rows, to compare what a finder found with what a test expected.
	 */
	static Set<Serializable> keys(List<? extends BaseModel<?>> models) {
		return models.stream(
		).map(
			BaseModel::getPrimaryKeyObj
		).collect(
			Collectors.toSet()
		);
	}

	static Set<Serializable> keys(BaseModel<?>... models) {
		return keys(List.of(models));
	}

	InstructorRows(PersistenceHarness harness) {
		_harness = harness;
	}

	Certification certification(Consumer<Certification> values)
		throws Exception {

		return _add(
			CertificationPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	InstructorNetwork instructorNetwork(Consumer<InstructorNetwork> values)
		throws Exception {

		return _add(
			InstructorNetworkPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	InstructorNotice instructorNotice(Consumer<InstructorNotice> values)
		throws Exception {

		return _add(
			InstructorNoticePersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	MeetingParticipant meetingParticipant(Consumer<MeetingParticipant> values)
		throws Exception {

		return _add(
			MeetingParticipantPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	NetworkMeeting networkMeeting(Consumer<NetworkMeeting> values)
		throws Exception {

		return _add(
			NetworkMeetingPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	NetworkMember networkMember(Consumer<NetworkMember> values)
		throws Exception {

		return _add(
			NetworkMemberPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	MeetingNotice meetingNotice(Consumer<MeetingNotice> values)
		throws Exception {

		return _add(
			MeetingNoticePersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	/**
	 * A value no other row of the test run has: a fresh network, meeting, user or group for one test.
	 */
	long newId() {
		return _harness.counterLocalService(
		).increment();
	}

	/**
	 * Runs a finder in a transaction of its own, so it reads what was committed.
	 */
	<T> T read(Callable<T> callable) throws Exception {
		return _harness.inTransaction(callable);
	}

	private <M extends BaseModel<M>, P extends BasePersistence<M>> M _add(
			Class<P> persistenceType, Function<P, M> create,
			Consumer<M> values)
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
