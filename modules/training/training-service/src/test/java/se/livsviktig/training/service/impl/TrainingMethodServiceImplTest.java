package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;

/**
 * Every remote method checks the caller's permission before the local service is touched.
 *
 * @author Livsviktig
 */
public class TrainingMethodServiceImplTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@AfterEach
	public void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	@BeforeEach
	public void setUp() {
		Fields.set(
			_service, "trainingMethodLocalService", _trainingMethodLocalService);
		Fields.set(
			_service, "trainingMethodPersistence", _trainingMethodPersistence);
		Fields.set(
			_service, "_portletResourcePermission", _portletResourcePermission);
		Fields.set(
			_service, "_trainingMethodModelResourcePermission",
			_modelResourcePermission);
		Fields.set(_service, "_groupLocalService", _groupLocalService);

		Group site = mock(Group.class);

		when(site.getCompanyId()).thenReturn(_COMPANY_ID);

		Group companyGroup = mock(Group.class);

		when(companyGroup.getCompanyId()).thenReturn(_COMPANY_ID);
		when(companyGroup.getGroupId()).thenReturn(_COMPANY_GROUP_ID);

		try {
			when(_groupLocalService.getGroup(_GROUP_ID)).thenReturn(site);
			when(
				_groupLocalService.getGroup(_COMPANY_GROUP_ID)
			).thenReturn(
				companyGroup
			);
			when(
				_groupLocalService.getCompanyGroup(_COMPANY_ID)
			).thenReturn(
				companyGroup
			);
		}
		catch (PortalException portalException) {
			throw new AssertionError(portalException);
		}

		PermissionThreadLocal.setPermissionChecker(_permissionChecker);
		PrincipalThreadLocal.setName(_USER_ID);
	}

	@Test
	public void aGrantOnTheCompanysGroupAddsAMethodForEverySite()
		throws Exception {

		_grantAddTrainingMethod(_COMPANY_GROUP_ID);

		when(
			_trainingMethodLocalService.addTrainingMethod(
				eq(20125L), eq(_COMPANY_GROUP_ID), any(), any(), any(),
				anyBoolean(), anyInt(), anyInt(), anyInt(), anyInt(), anyInt(),
				any())
		).thenReturn(
			_trainingMethod
		);

		assertSame(_trainingMethod, _add(_COMPANY_GROUP_ID));

		// From a site's administration the method still becomes the company's

		assertSame(_trainingMethod, _add(_GROUP_ID));
	}

	@Test
	public void aGrantOnOneSiteDoesNotAddAMethodForEverySite()
		throws Exception {

		_grantAddTrainingMethod(_GROUP_ID);

		assertThrows(PrincipalException.class, () -> _add(_GROUP_ID));
		assertThrows(PrincipalException.class, () -> _add(_COMPANY_GROUP_ID));

		verifyNoInteractions(_trainingMethodLocalService);
	}

	@Test
	public void deleteTrainingMethodNeedsDelete() throws Exception {
		_refuseModel(ActionKeys.DELETE);

		assertThrows(
			PrincipalException.class,
			() -> _service.deleteTrainingMethod(_TRAINING_METHOD_ID));

		verifyNoInteractions(_trainingMethodLocalService);
	}

	@Test
	public void getTrainingMethodNeedsView() throws Exception {
		when(
			_trainingMethodLocalService.getTrainingMethod(_TRAINING_METHOD_ID)
		).thenReturn(
			_trainingMethod
		);

		assertSame(
			_trainingMethod, _service.getTrainingMethod(_TRAINING_METHOD_ID));

		_refuseModel(ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getTrainingMethod(_TRAINING_METHOD_ID));
	}

	@Test
	public void getTrainingMethodsListsOnlyWhatTheCallerMayViewFromTheCachedFinder()
		throws Exception {

		TrainingMethod hidden = mock(TrainingMethod.class);

		when(
			_trainingMethodPersistence.findByG_S(
				_GROUP_ID, WorkflowConstants.STATUS_APPROVED)
		).thenReturn(
			List.of(_trainingMethod, hidden)
		);
		when(
			_modelResourcePermission.contains(
				_permissionChecker, _trainingMethod, ActionKeys.VIEW)
		).thenReturn(
			true
		);

		assertEquals(
			List.of(_trainingMethod),
			_service.getTrainingMethods(
				_GROUP_ID, WorkflowConstants.STATUS_APPROVED, 0, 20));
		assertEquals(
			1,
			_service.getTrainingMethodsCount(
				_GROUP_ID, WorkflowConstants.STATUS_APPROVED));
		assertEquals(
			List.of(),
			_service.getTrainingMethods(
				_GROUP_ID, WorkflowConstants.STATUS_APPROVED, 1, 20),
			"the page is cut after the permission filter");

		verify(
			_trainingMethodPersistence, never()
		).filterFindByG_S(
			anyLong(), anyInt(), anyInt(), anyInt()
		);
		verifyNoInteractions(_trainingMethodLocalService);
	}

	@Test
	public void getTrainingMethodsWithoutACallerListsNothing() {
		PermissionThreadLocal.setPermissionChecker(null);

		when(
			_trainingMethodPersistence.findByG_S(
				_GROUP_ID, WorkflowConstants.STATUS_APPROVED)
		).thenReturn(
			List.of(_trainingMethod)
		);

		assertEquals(
			List.of(),
			_service.getTrainingMethods(
				_GROUP_ID, WorkflowConstants.STATUS_APPROVED, 0, 20));
	}

	@Test
	public void updateStatusNeedsUpdate() throws Exception {
		_refuseModel(ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.updateStatus(
				_TRAINING_METHOD_ID, WorkflowConstants.STATUS_INACTIVE));

		verifyNoInteractions(_trainingMethodLocalService);
	}

	@Test
	public void updateTrainingMethodNeedsUpdate() throws Exception {
		_refuseModel(ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.updateTrainingMethod(
				_TRAINING_METHOD_ID, null, null, false, 1, 100, 0, 0, 0,
				new ServiceContext()));

		verifyNoInteractions(_trainingMethodLocalService);
	}

	private TrainingMethod _add(long groupId) throws Exception {
		return _service.addTrainingMethod(
			groupId, null, null, null, false, 1, 100, 0, 0, 0,
			new ServiceContext());
	}

	private void _grantAddTrainingMethod(long groupId) throws Exception {
		Grants.PortletGrants portletGrants = Grants.portlet(
		).grant(
			groupId, TrainingActionKeys.ADD_TRAINING_METHOD
		);

		Fields.set(_service, "_portletResourcePermission", portletGrants);
	}

	private void _refuse(ThrowingRunnable throwingRunnable) {
		try {
			throwingRunnable.run();
		}
		catch (Exception exception) {
			throw new AssertionError(exception);
		}
	}

	private void _refuseModel(String actionId) {
		_refuse(
			() -> doThrow(
				PrincipalException.MustHavePermission.class
			).when(
				_modelResourcePermission
			).check(
				_permissionChecker, _TRAINING_METHOD_ID, actionId
			));
	}

	private static final long _COMPANY_GROUP_ID = 20133;

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final long _TRAINING_METHOD_ID = 40001;

	private static final String _USER_ID = "20125";

	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<TrainingMethod>
		_modelResourcePermission = mock(ModelResourcePermission.class);
	private final GroupLocalService _groupLocalService = mock(
		GroupLocalService.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final TrainingMethodServiceImpl _service =
		new TrainingMethodServiceImpl();
	private final TrainingMethod _trainingMethod = mock(TrainingMethod.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final TrainingMethodPersistence _trainingMethodPersistence = mock(
		TrainingMethodPersistence.class);

	@FunctionalInterface
	private interface ThrowingRunnable {

		public void run() throws Exception;

	}

}
