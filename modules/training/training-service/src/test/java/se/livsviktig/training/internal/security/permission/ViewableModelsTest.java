package se.livsviktig.training.internal.security.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.model.TrainingMethod;

/**
 * The methods list of the catalogue's filter, served from the finder cache, shows only what the caller may VIEW.
 *
 * @author Livsviktig
 */
public class ViewableModelsTest {

	@Test
	public void aMethodTheCallerMayNotViewIsNotListed() throws Exception {
		when(
			_modelResourcePermission.contains(
				_permissionChecker, _mhfa, ActionKeys.VIEW)
		).thenReturn(
			true
		);
		when(
			_modelResourcePermission.contains(
				_permissionChecker, _yam, ActionKeys.VIEW)
		).thenReturn(
			false
		);
		when(
			_modelResourcePermission.contains(
				_permissionChecker, _sip, ActionKeys.VIEW)
		).thenReturn(
			true
		);

		assertEquals(
			List.of(_mhfa, _sip),
			new ViewableModels<>(
				_modelResourcePermission
			).filter(
				_permissionChecker, List.of(_mhfa, _yam, _sip)
			));
	}

	@Test
	public void aFailingPermissionCheckIsAnErrorNotANo() throws Exception {
		when(
			_modelResourcePermission.contains(
				_permissionChecker, _mhfa, ActionKeys.VIEW)
		).thenThrow(
			new PortalException("no such resource")
		);

		assertThrows(
			SystemException.class,
			() -> new ViewableModels<>(
				_modelResourcePermission
			).filter(
				_permissionChecker, List.of(_mhfa)
			));
	}

	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<TrainingMethod>
		_modelResourcePermission = mock(ModelResourcePermission.class);
	private final TrainingMethod _mhfa = mock(TrainingMethod.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final TrainingMethod _sip = mock(TrainingMethod.class);
	private final TrainingMethod _yam = mock(TrainingMethod.class);

}
