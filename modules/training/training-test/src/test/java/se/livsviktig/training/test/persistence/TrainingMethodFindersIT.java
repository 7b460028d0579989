package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertFound;

import com.liferay.portal.kernel.workflow.WorkflowConstants;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;

/**
 * The TrainingMethod finders of service.xml, on PostgreSQL, ordered by trainingMethodId.
 */
class TrainingMethodFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@FinderUnderTest(entity = "TrainingMethod", finder = "CompanyId")
	@Test
	void findByCompanyIdReturnsTheMethodsOfTheCompanyOnly() throws Exception {
		long companyId = _rows.newId();

		TrainingMethod first = _rows.trainingMethod(method -> method.setCompanyId(companyId));
		TrainingMethod second = _rows.trainingMethod(method -> method.setCompanyId(companyId));

		_rows.trainingMethod(method -> method.setCompanyId(_rows.newId()));

		assertFound(_rows.read(() -> _persistence().findByCompanyId(companyId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCompanyId(companyId)));
	}

	@FinderUnderTest(entity = "TrainingMethod", finder = "G_S")
	@Test
	void findByG_SReturnsTheMethodsOfTheSiteInTheStatus() throws Exception {
		long groupId = _rows.newId();

		TrainingMethod active = _rows.trainingMethod(
			method -> {
				method.setGroupId(groupId);
				method.setStatus(WorkflowConstants.STATUS_APPROVED);
			});
		TrainingMethod archived = _rows.trainingMethod(
			method -> {
				method.setGroupId(groupId);
				method.setStatus(WorkflowConstants.STATUS_INACTIVE);
			});

		_rows.trainingMethod(
			method -> {
				method.setGroupId(_rows.newId());
				method.setStatus(WorkflowConstants.STATUS_APPROVED);
			});

		assertFound(
			_rows.read(() -> _persistence().findByG_S(groupId, WorkflowConstants.STATUS_APPROVED)), active);
		assertFound(
			_rows.read(() -> _persistence().findByG_S(groupId, WorkflowConstants.STATUS_INACTIVE)), archived);
		assertEquals(
			1, (int)_rows.read(() -> _persistence().countByG_S(groupId, WorkflowConstants.STATUS_APPROVED)));
	}

	@FinderUnderTest(entity = "TrainingMethod", finder = "GroupId")
	@Test
	void findByGroupIdReturnsTheMethodsOfTheSiteOnly() throws Exception {
		long groupId = _rows.newId();

		TrainingMethod first = _rows.trainingMethod(method -> method.setGroupId(groupId));
		TrainingMethod second = _rows.trainingMethod(method -> method.setGroupId(groupId));

		_rows.trainingMethod(method -> method.setGroupId(_rows.newId()));

		assertFound(_rows.read(() -> _persistence().findByGroupId(groupId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByGroupId(groupId)));
	}

	private static TrainingMethodPersistence _persistence() {
		return harness.get(TrainingMethodPersistence.class);
	}

	private final TrainingRows _rows = new TrainingRows(harness);

}
