package se.livsviktig.training.internal.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.internal.organization.OrganizationMocks;
import se.livsviktig.training.internal.organization.OrganizationTree;

/**
 * Who may see which unit's training: a manager who may approve in an organisation sees it and every unit
 * under it, not the organisation above it nor a neighbouring one; the choice offers only the manager's own
 * organisations where they may approve.
 *
 * @author Livsviktig
 */
public class ManagedUnitsTest {

	@BeforeEach
	public void setUp() throws Exception {
		OrganizationTree organizationTree = new OrganizationTree();

		Fields.set(
			organizationTree, "_organizationLocalService",
			_organizationLocalService);

		Fields.set(
			_managedUnits, "_organizationLocalService",
			_organizationLocalService);
		Fields.set(_managedUnits, "_organizationTree", organizationTree);
		Fields.set(
			_managedUnits, "_portletResourcePermission",
			_portletResourcePermission);

		_vof = OrganizationMocks.organization(
			_organizationLocalService, _VOF, _VOF_GROUP_ID);
		_hemtjanstNorr = OrganizationMocks.organization(
			_organizationLocalService, _HEMTJANST_NORR,
			_HEMTJANST_NORR_GROUP_ID, _vof);
		_sof = OrganizationMocks.organization(
			_organizationLocalService, _SOF, _SOF_GROUP_ID);

		when(
			_permissionChecker.getUserId()
		).thenReturn(
			_MANAGER_USER_ID
		);
		when(
			_portletResourcePermission.contains(
				eq(_permissionChecker), anyLong(),
				eq(TrainingActionKeys.APPROVE_REGISTRATION))
		).thenReturn(
			false
		);
	}

	@Test
	public void aManagerOfAUnitDoesNotSeeTheAdministrationAboveIt()
		throws Exception {

		_mayApproveIn(_HEMTJANST_NORR_GROUP_ID);

		assertTrue(_managedUnits.contains(_permissionChecker, _HEMTJANST_NORR));
		assertFalse(_managedUnits.contains(_permissionChecker, _VOF));
	}

	@Test
	public void aManagerOfAnAdministrationSeesTheUnitsUnderIt()
		throws Exception {

		_mayApproveIn(_VOF_GROUP_ID);

		assertTrue(_managedUnits.contains(_permissionChecker, _VOF));
		assertTrue(_managedUnits.contains(_permissionChecker, _HEMTJANST_NORR));
	}

	@Test
	public void aManagerOfOneAdministrationIsRefusedAnother() throws Exception {
		_mayApproveIn(_VOF_GROUP_ID);

		assertFalse(_managedUnits.contains(_permissionChecker, _SOF));

		assertThrows(
			PrincipalException.MustHavePermission.class,
			() -> _managedUnits.check(_permissionChecker, _SOF));
	}

	@Test
	public void anOrganisationThatDoesNotExistIsRefused() {
		_mayApproveIn(_VOF_GROUP_ID);

		assertThrows(
			PrincipalException.MustHavePermission.class,
			() -> _managedUnits.check(_permissionChecker, 99999));
	}

	@Test
	public void someoneWhoMayApproveNowhereSeesNothing() throws Exception {
		when(
			_organizationLocalService.getUserOrganizations(_MANAGER_USER_ID)
		).thenReturn(
			Arrays.asList(_vof, _sof)
		);

		assertEquals(
			Collections.emptyList(),
			_managedUnits.getManagedOrganizations(_permissionChecker));
		assertThrows(
			PrincipalException.MustHavePermission.class,
			() -> _managedUnits.check(_permissionChecker, _VOF));
	}

	@Test
	public void theChoiceOffersTheManagersOwnOrganisationsWhereTheyMayApprove()
		throws Exception {

		_mayApproveIn(_VOF_GROUP_ID);

		when(
			_organizationLocalService.getUserOrganizations(_MANAGER_USER_ID)
		).thenReturn(
			Arrays.asList(_sof, _vof, _hemtjanstNorr)
		);

		assertEquals(
			Arrays.asList(_vof, _hemtjanstNorr),
			_managedUnits.getManagedOrganizations(_permissionChecker));
	}

	private void _mayApproveIn(long groupId) {
		when(
			_portletResourcePermission.contains(
				_permissionChecker, groupId,
				TrainingActionKeys.APPROVE_REGISTRATION)
		).thenReturn(
			true
		);
	}

	private static final long _HEMTJANST_NORR = 302;

	private static final long _HEMTJANST_NORR_GROUP_ID = 1302;

	private static final long _MANAGER_USER_ID = 77;

	private static final long _SOF = 303;

	private static final long _SOF_GROUP_ID = 1303;

	private static final long _VOF = 301;

	private static final long _VOF_GROUP_ID = 1301;

	private Organization _hemtjanstNorr;
	private final ManagedUnits _managedUnits = new ManagedUnits();
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private Organization _sof;
	private Organization _vof;

}
