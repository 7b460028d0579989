package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.internal.organization.OrganizationMocks;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.internal.unit.ManagedUnits;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.UpcomingTraining;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * The remote unit training: a manager who may approve in an administration gets its members and those of the
 * units under it, in one call to the local service; anyone else is refused before anything is read.
 *
 * @author Livsviktig
 */
public class UnitTrainingServiceTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@RegisterExtension
	public final SignedInCaller signedInCaller = new SignedInCaller();

	@BeforeEach
	public void setUp() throws Exception {
		OrganizationTree organizationTree = new OrganizationTree();

		Fields.set(
			organizationTree, "_organizationLocalService",
			_organizationLocalService);

		ManagedUnits managedUnits = new ManagedUnits();

		Fields.set(
			managedUnits, "_organizationLocalService",
			_organizationLocalService);
		Fields.set(managedUnits, "_organizationTree", organizationTree);
		Fields.set(
			managedUnits, "_portletResourcePermission",
			_portletResourcePermission);

		Fields.set(_service, "registrationLocalService", _localService);
		Fields.set(_service, "_managedUnits", managedUnits);
		Fields.set(
			_service, "_organizationLocalService", _organizationLocalService);
		Fields.set(_service, "_organizationTree", organizationTree);

		Organization vof = OrganizationMocks.organization(
			_organizationLocalService, _VOF, _VOF_GROUP_ID);
		Organization hemtjanstNorr = OrganizationMocks.organization(
			_organizationLocalService, _HEMTJANST_NORR,
			_HEMTJANST_NORR_GROUP_ID, vof);

		when(
			vof.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_organizationLocalService.getOrganization(_VOF)
		).thenReturn(
			vof
		);
		when(
			_organizationLocalService.getSuborganizations(
				Collections.singletonList(vof))
		).thenReturn(
			Collections.singletonList(hemtjanstNorr)
		);
	}

	@Test
	public void aManagerGetsTheAdministrationWithTheUnitsUnderIt()
		throws Exception {

		when(
			_portletResourcePermission.contains(
				signedInCaller.permissionChecker, _VOF_GROUP_ID,
				TrainingActionKeys.APPROVE_REGISTRATION)
		).thenReturn(
			true
		);

		List<MemberTraining> memberTrainings = Collections.singletonList(
			new MemberTraining(
				1, "Anna Andersson", _MHFA, 1, null, UpcomingTraining.NONE));

		when(
			_localService.getUnitTraining(
				_COMPANY_ID, new long[] {_VOF, _HEMTJANST_NORR}, _MHFA)
		).thenReturn(
			memberTrainings
		);

		assertSame(memberTrainings, _service.getUnitTraining(_VOF, _MHFA));
	}

	@Test
	public void someoneWhoMayNotApproveThereIsRefusedBeforeAnythingIsRead() {
		assertThrows(
			PrincipalException.MustHavePermission.class,
			() -> _service.getUnitTraining(_VOF, _MHFA));

		verify(
			_localService, never()
		).getUnitTraining(
			anyLong(), any(long[].class), anyLong()
		);
	}

	@Test
	public void theManagedUnitsAreTheCallersOwnWhereTheyMayApprove()
		throws Exception {

		Organization vof = _organizationLocalService.fetchOrganization(_VOF);
		Organization hemtjanstNorr = _organizationLocalService.fetchOrganization(
			_HEMTJANST_NORR);

		when(
			_organizationLocalService.getUserOrganizations(
				SignedInCaller.USER_ID)
		).thenReturn(
			Arrays.asList(vof, hemtjanstNorr)
		);
		when(
			_portletResourcePermission.contains(
				eq(signedInCaller.permissionChecker), eq(_HEMTJANST_NORR_GROUP_ID),
				eq(TrainingActionKeys.APPROVE_REGISTRATION))
		).thenReturn(
			true
		);

		assertEquals(
			Collections.singletonList(hemtjanstNorr),
			_service.getManagedOrganizations());
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _HEMTJANST_NORR = 302;

	private static final long _HEMTJANST_NORR_GROUP_ID = 1302;

	private static final long _MHFA = 501;

	private static final long _VOF = 301;

	private static final long _VOF_GROUP_ID = 1301;

	private final RegistrationLocalService _localService = mock(
		RegistrationLocalService.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final RegistrationServiceImpl _service =
		new RegistrationServiceImpl();

}
