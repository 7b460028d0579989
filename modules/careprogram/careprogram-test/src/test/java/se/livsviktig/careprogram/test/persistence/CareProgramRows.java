package se.livsviktig.careprogram.test.persistence;

import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

import java.io.Serializable;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramContact;
import se.livsviktig.careprogram.model.CareProgramMethod;
import se.livsviktig.careprogram.model.CareProgramTargetGroup;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.ReviewNotice;
import se.livsviktig.careprogram.service.persistence.CareProgramContactPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramMethodPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramTargetGroupPersistence;
import se.livsviktig.careprogram.service.persistence.ContentReviewPersistence;
import se.livsviktig.careprogram.service.persistence.LocalRoutinePersistence;
import se.livsviktig.careprogram.service.persistence.ReviewNoticePersistence;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * Commits rows of the care programme model through the generated persistence, each in a transaction of its own,
 * with ids from the portal's counter (as instructor-test's InstructorRows). A test sets only the columns its rule
 * is about.
 *
 * @author Livsviktig
 */
final class CareProgramRows {

	static PersistenceHarness harness() {
		return PersistenceHarness.forServiceBundle(
			LVCareProgramPersistenceConstants.class);
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

	CareProgramRows(PersistenceHarness harness) {
		_harness = harness;
	}

	CareProgram careProgram(Consumer<CareProgram> values) throws Exception {
		return _add(
			CareProgramPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	CareProgramTargetGroup careProgramTargetGroup(Consumer<CareProgramTargetGroup> values) throws Exception {
		return _add(
			CareProgramTargetGroupPersistence.class,
			persistence -> {
				CareProgramTargetGroup row = persistence.create(newId());

				// Fresh ids for its unique key, so rows a test does not tell apart never collide

				row.setCareProgramId(newId());
				row.setAssetCategoryId(newId());

				return row;
			},
			values);
	}

	CareProgramMethod careProgramMethod(Consumer<CareProgramMethod> values) throws Exception {
		return _add(
			CareProgramMethodPersistence.class,
			persistence -> {
				CareProgramMethod row = persistence.create(newId());

				// Fresh ids for its unique key, so rows a test does not tell apart never collide

				row.setCareProgramId(newId());
				row.setMethodId(newId());

				return row;
			},
			values);
	}

	CareProgramContact careProgramContact(Consumer<CareProgramContact> values) throws Exception {
		return _add(
			CareProgramContactPersistence.class,
			persistence -> {
				CareProgramContact row = persistence.create(newId());

				// Fresh ids for its unique key, so rows a test does not tell apart never collide

				row.setCareProgramId(newId());
				row.setUserId(newId());

				return row;
			},
			values);
	}

	LocalRoutine localRoutine(Consumer<LocalRoutine> values) throws Exception {
		return _add(
			LocalRoutinePersistence.class,
			persistence -> {
				LocalRoutine row = persistence.create(newId());

				// Fresh ids for its unique key, so rows a test does not tell apart never collide

				row.setCareProgramId(newId());
				row.setOrganizationId(newId());

				return row;
			},
			values);
	}

	ContentReview contentReview(Consumer<ContentReview> values) throws Exception {
		return _add(
			ContentReviewPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	ReviewNotice reviewNotice(Consumer<ReviewNotice> values) throws Exception {
		return _add(
			ReviewNoticePersistence.class,
			persistence -> {
				ReviewNotice row = persistence.create(newId());

				// Fresh ids for its unique key, so rows a test does not tell apart never collide

				row.setLocalRoutineId(newId());
				row.setCareProgramId(newId());
				row.setRecipientUserId(newId());

				return row;
			},
			values);
	}

	/**
	 * A value no other row of the test run has: a fresh programme, routine, user or group for one test.
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
