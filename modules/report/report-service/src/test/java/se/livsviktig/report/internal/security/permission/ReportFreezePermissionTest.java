package se.livsviktig.report.internal.security.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.exception.ReportOrganizationException;

/**
 * Who freezes which figures: the site's FREEZE_REPORTS every administration or any one; FREEZE_REPORTS with
 * VIEW_REPORTS in an administration's own group that administration (and those under it) only, never every
 * administration nor one beside it; FREEZE_REPORTS without the right to read the figures nothing.
 *
 * @author Livsviktig
 */
class ReportFreezePermissionTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_permissionChecker.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_permissionChecker.getUserId()).thenReturn(_USER_ID);
		when(
			_portletResourcePermission.contains(
				any(PermissionChecker.class), anyLong(), anyString())
		).thenAnswer(
			invocation -> _grants.contains(
				invocation.getArgument(1) + "/" + invocation.getArgument(2))
		);

		_social = _organizationDoubles.organization(
			_SOCIAL_ID, _SOCIAL_GROUP_ID, _COMPANY_ID);
		_unit = _organizationDoubles.organization(
			_UNIT_ID, _UNIT_GROUP_ID, _COMPANY_ID);
		_school = _organizationDoubles.organization(
			_SCHOOL_ID, _SCHOOL_GROUP_ID, _COMPANY_ID);

		when(_unit.getAncestors()).thenReturn(List.of(_social));

		Fields.set(
			_reportViewPermission, "_organizationLocalService",
			_organizationLocalService);
		Fields.set(
			_reportViewPermission, "_portletResourcePermission",
			_portletResourcePermission);
		Fields.set(
			_reportFreezePermission, "_organizationLocalService",
			_organizationLocalService);
		Fields.set(
			_reportFreezePermission, "_portletResourcePermission",
			_portletResourcePermission);
		Fields.set(
			_reportFreezePermission, "_reportViewPermission",
			_reportViewPermission);
	}

	@Test
	void anAdministrationsManagerFreezesItAndWhatIsUnderIt() throws Exception {
		_grantManager(_SOCIAL_GROUP_ID);

		assertTrue(
			_reportFreezePermission.contains(
				_permissionChecker, _GROUP_ID, _SOCIAL_ID));
		assertTrue(
			_reportFreezePermission.contains(
				_permissionChecker, _GROUP_ID, _UNIT_ID));
	}

	@Test
	void anAdministrationsManagerFreezesNeitherEveryAdministrationNorAnother()
		throws Exception {

		_grantManager(_SOCIAL_GROUP_ID);

		assertFalse(
			_reportFreezePermission.contains(_permissionChecker, _GROUP_ID, 0));
		assertFalse(
			_reportFreezePermission.contains(
				_permissionChecker, _GROUP_ID, _SCHOOL_ID));
		assertThrows(
			PrincipalException.class,
			() -> _reportFreezePermission.check(
				_permissionChecker, _GROUP_ID, _SCHOOL_ID));
	}

	@Test
	void freezeReportsWithoutTheRightToReadTheFiguresFreezesNothing()
		throws Exception {

		_grants.add(_SOCIAL_GROUP_ID + "/" + ReportActionKeys.FREEZE_REPORTS);

		assertFalse(
			_reportFreezePermission.contains(
				_permissionChecker, _GROUP_ID, _SOCIAL_ID));
	}

	@Test
	void readingAnAdministrationIsNoRightToFreezeIt() throws Exception {
		_grants.add(_SOCIAL_GROUP_ID + "/" + ReportActionKeys.VIEW_REPORTS);

		assertFalse(
			_reportFreezePermission.contains(
				_permissionChecker, _GROUP_ID, _SOCIAL_ID));
	}

	@Test
	void theSitesCoordinatorFreezesEveryAdministrationOrAnyOne()
		throws Exception {

		_grants.add(_GROUP_ID + "/" + ReportActionKeys.FREEZE_REPORTS);

		assertTrue(
			_reportFreezePermission.contains(_permissionChecker, _GROUP_ID, 0));
		assertTrue(
			_reportFreezePermission.contains(
				_permissionChecker, _GROUP_ID, _SCHOOL_ID));
	}

	@Test
	void anUnknownOrganisationIsReportedAsSuch() {
		_grants.add(_GROUP_ID + "/" + ReportActionKeys.FREEZE_REPORTS);

		assertThrows(
			ReportOrganizationException.class,
			() -> _reportFreezePermission.contains(
				_permissionChecker, _GROUP_ID, 12345));
	}

	@Test
	void theChoiceIsTheSitesTopLevelAdministrationsOrTheManagersOwn()
		throws Exception {

		when(
			_organizationLocalService.getUserOrganizations(_USER_ID)
		).thenReturn(
			List.of(_social, _school)
		);

		_grantManager(_SOCIAL_GROUP_ID);
		_grants.add(_SCHOOL_GROUP_ID + "/" + ReportActionKeys.VIEW_REPORTS);

		assertEquals(
			List.of(_social),
			_reportFreezePermission.getFreezableOrganizations(
				_permissionChecker, _GROUP_ID));

		when(
			_organizationLocalService.getOrganizations(_COMPANY_ID, 0)
		).thenReturn(
			List.of(_school, _social)
		);

		_grants.add(_GROUP_ID + "/" + ReportActionKeys.FREEZE_REPORTS);

		assertEquals(
			List.of(_school, _social),
			_reportFreezePermission.getFreezableOrganizations(
				_permissionChecker, _GROUP_ID));
	}

	private void _grantManager(long groupId) {
		_grants.add(groupId + "/" + ReportActionKeys.VIEW_REPORTS);
		_grants.add(groupId + "/" + ReportActionKeys.FREEZE_REPORTS);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20119;

	private static final long _SCHOOL_GROUP_ID = 430;

	private static final long _SCHOOL_ID = 43;

	private static final long _SOCIAL_GROUP_ID = 410;

	private static final long _SOCIAL_ID = 41;

	private static final long _UNIT_GROUP_ID = 420;

	private static final long _UNIT_ID = 42;

	private static final long _USER_ID = 302;

	private final Set<String> _grants = new HashSet<>();
	private final OrganizationDoubles _organizationDoubles =
		new OrganizationDoubles();
	private final OrganizationLocalService _organizationLocalService =
		_organizationDoubles.organizationLocalService();
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final ReportFreezePermission _reportFreezePermission =
		new ReportFreezePermission();
	private final ReportViewPermission _reportViewPermission =
		new ReportViewPermission();
	private Organization _school;
	private Organization _social;
	private Organization _unit;

}
