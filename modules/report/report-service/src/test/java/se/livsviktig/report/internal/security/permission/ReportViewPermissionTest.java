package se.livsviktig.report.internal.security.permission;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.exception.ReportOrganizationException;

/**
 * Who reads which figures: the site's VIEW_REPORTS reads every administration; VIEW_REPORTS in an organisation's
 * group reads that organisation and those under it, nothing above or beside it.
 *
 * @author Livsviktig
 */
class ReportViewPermissionTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_permissionChecker.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_permissionChecker.getUserId()).thenReturn(_USER_ID);

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
	}

	@Test
	void aManagerGrantedInAnOrganisationReadsIt() throws Exception {
		_grant(_SOCIAL_GROUP_ID);

		assertTrue(
			_reportViewPermission.contains(
				_permissionChecker, _GROUP_ID, _SOCIAL_ID));
	}

	@Test
	void aManagerGrantedInAnOrganisationReadsEveryOrganisationUnderIt()
		throws Exception {

		_grant(_SOCIAL_GROUP_ID);

		assertTrue(
			_reportViewPermission.contains(
				_permissionChecker, _GROUP_ID, _UNIT_ID));
	}

	@Test
	void aManagerGrantedInAnOrganisationReadsNoOtherAdministration()
		throws Exception {

		_grant(_SOCIAL_GROUP_ID);

		assertFalse(
			_reportViewPermission.contains(
				_permissionChecker, _GROUP_ID, _SCHOOL_ID));
		assertThrows(
			PrincipalException.class,
			() -> _reportViewPermission.check(
				_permissionChecker, _GROUP_ID, _SCHOOL_ID));
	}

	@Test
	void aManagerGrantedInAnOrganisationReadsNotEveryAdministration()
		throws Exception {

		_grant(_SOCIAL_GROUP_ID);

		assertThrows(
			PrincipalException.class,
			() -> _reportViewPermission.check(
				_permissionChecker, _GROUP_ID, 0));
	}

	@Test
	void aManagerOfAUnitDoesNotReadTheOrganisationAboveIt() throws Exception {
		_grant(_UNIT_GROUP_ID);

		assertFalse(
			_reportViewPermission.contains(
				_permissionChecker, _GROUP_ID, _SOCIAL_ID));
	}

	@Test
	void anOrganisationOfAnotherCompanyIsRefusedAsUnknown() {
		Organization foreign = _organizationDoubles.organization(
			99, 990, _COMPANY_ID + 1);

		when(
			_organizationLocalService.fetchOrganization(99)
		).thenReturn(
			foreign
		);

		_grant(_GROUP_ID);

		assertThrows(
			ReportOrganizationException.class,
			() -> _reportViewPermission.check(
				_permissionChecker, _GROUP_ID, 99));
	}

	@Test
	void anUnknownOrganisationIsRefused() {
		_grant(_GROUP_ID);

		assertThrows(
			ReportOrganizationException.class,
			() -> _reportViewPermission.check(
				_permissionChecker, _GROUP_ID, 12345));
	}

	@Test
	void grantedOrganisationsAreTheReadersOwnWithThePermission()
		throws Exception {

		when(
			_organizationLocalService.getUserOrganizations(_USER_ID)
		).thenReturn(
			List.of(_social, _school)
		);

		_grant(_SOCIAL_GROUP_ID);

		assertEquals(
			List.of(_social),
			_reportViewPermission.getGrantedOrganizations(_permissionChecker));
	}

	@Test
	void theSitesPermissionReadsEveryAdministration() {
		_grant(_GROUP_ID);

		assertDoesNotThrow(
			() -> _reportViewPermission.check(
				_permissionChecker, _GROUP_ID, 0));
		assertDoesNotThrow(
			() -> _reportViewPermission.check(
				_permissionChecker, _GROUP_ID, _SCHOOL_ID));
	}

	@Test
	void withoutAnyPermissionNothingIsRead() {
		assertThrows(
			PrincipalException.class,
			() -> _reportViewPermission.check(
				_permissionChecker, _GROUP_ID, 0));
		assertThrows(
			PrincipalException.class,
			() -> _reportViewPermission.check(
				_permissionChecker, _GROUP_ID, _UNIT_ID));
	}

	private void _grant(long groupId) {
		when(
			_portletResourcePermission.contains(
				any(PermissionChecker.class), anyLong(),
				eq(ReportActionKeys.VIEW_REPORTS))
		).thenAnswer(
			invocation -> (long)invocation.getArgument(1) == groupId
		);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20119;

	private static final long _SCHOOL_GROUP_ID = 430;

	private static final long _SCHOOL_ID = 43;

	private static final long _SOCIAL_GROUP_ID = 410;

	private static final long _SOCIAL_ID = 41;

	private static final long _UNIT_GROUP_ID = 420;

	private static final long _UNIT_ID = 42;

	private static final long _USER_ID = 20125;

	private final OrganizationDoubles _organizationDoubles =
		new OrganizationDoubles();
	private final OrganizationLocalService _organizationLocalService =
		_organizationDoubles.organizationLocalService();
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final ReportViewPermission _reportViewPermission =
		new ReportViewPermission();
	private Organization _school;
	private Organization _social;
	private Organization _unit;

}
