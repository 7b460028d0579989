package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.search.BaseModelSearchResult;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.InstructorActionKeys;
import se.livsviktig.instructor.directory.InstructorDirectoryEntry;
import se.livsviktig.instructor.exception.CertificationStateException;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * The instructor directory's remote methods (any signed-in person of the company; a guest is refused) and the
 * coordinators' list with its licence standing filter (MANAGE_CERTIFICATIONS; the standings of the caller's
 * company restrict the search), each allowed and refused.
 *
 * @author Livsviktig
 */
public class CertificationDirectoryAndStandingFilterServiceTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_service, "certificationLocalService", _certificationLocalService);
		Fields.set(_service, "_groupLocalService", _groupLocalService);
		Fields.set(
			_service, "_licenceStandingLocalService",
			_licenceStandingLocalService);
		Fields.set(
			_service, "_portletResourcePermission",
			_portletResourcePermission);

		when(
			_permissionChecker.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_permissionChecker.getUserId()
		).thenReturn(
			_CALLER_USER_ID
		);

		PermissionThreadLocal.setPermissionChecker(_permissionChecker);
		PrincipalThreadLocal.setName(_CALLER_USER_ID);

		Group group = mock(Group.class);

		when(
			group.getGroupId()
		).thenReturn(
			_COMPANY_GROUP_ID
		);
		when(
			_groupLocalService.getCompanyGroup(_COMPANY_ID)
		).thenReturn(
			group
		);
	}

	@AfterEach
	public void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	@Test
	public void aGuestIsRefusedTheDirectory() {
		when(
			_permissionChecker.isSignedIn()
		).thenReturn(
			false
		);

		assertThrows(
			PrincipalException.MustBeAuthenticated.class,
			() -> _service.getInstructorDirectory(1, 2, "anna", 0, 20));
		assertThrows(
			PrincipalException.MustBeAuthenticated.class,
			() -> _service.getInstructorDirectoryCount(1, 2, "anna"));

		verifyNoInteractions(_certificationLocalService);
	}

	@Test
	public void aSignedInPersonReadsTheDirectoryOfTheirOwnCompany()
		throws Exception {

		when(
			_permissionChecker.isSignedIn()
		).thenReturn(
			true
		);

		List<InstructorDirectoryEntry> entries = List.of(
			new InstructorDirectoryEntry(
				301, "Anna Svensson", List.of("Umeå kommun"), List.of(1L)));

		when(
			_certificationLocalService.getInstructorDirectory(
				_COMPANY_ID, 1, 2, "anna", 0, 20)
		).thenReturn(
			entries
		);
		when(
			_certificationLocalService.getInstructorDirectoryCount(
				_COMPANY_ID, 1, 2, "anna")
		).thenReturn(
			1
		);

		assertSame(entries, _service.getInstructorDirectory(1, 2, "anna", 0, 20));
		assertEquals(1, _service.getInstructorDirectoryCount(1, 2, "anna"));
	}

	@Test
	public void theStandingFilterNeedsManageCertifications() throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(
				_permissionChecker, "se.livsviktig.instructor",
				_COMPANY_GROUP_ID, InstructorActionKeys.MANAGE_CERTIFICATIONS)
		).when(
			_portletResourcePermission
		).check(
			_permissionChecker, _COMPANY_GROUP_ID,
			InstructorActionKeys.MANAGE_CERTIFICATIONS
		);

		assertThrows(
			PrincipalException.class,
			() -> _service.searchCertifications(
				0, -1, 0, null, "AT_RISK", 0, 20));

		verifyNoInteractions(
			_certificationLocalService, _licenceStandingLocalService);
	}

	@Test
	public void theStandingFilterRestrictsTheSearchToTheCompanysInstructorsInThatStanding()
		throws Exception {

		List<LicenceStanding> atRisk = List.of(
			new LicenceStanding(
				301, 7, InstructorStanding.AT_RISK, 1, 2, 1, null, null));

		when(
			_licenceStandingLocalService.getLicenceStandings(
				_COMPANY_ID, 7, InstructorStanding.AT_RISK)
		).thenReturn(
			atRisk
		);

		BaseModelSearchResult<Certification> result =
			new BaseModelSearchResult<>(List.of(_certification), 1);

		when(
			_certificationLocalService.searchCertifications(
				_COMPANY_ID, 7, -1, 0, "anna", atRisk, 0, 20)
		).thenReturn(
			result
		);

		assertSame(
			result,
			_service.searchCertifications(7, -1, 0, "anna", "AT_RISK", 0, 20));
	}

	@Test
	public void withoutAStandingTheListIsTheUsualSearchWithItsCount()
		throws Exception {

		when(
			_certificationLocalService.searchCertifications(
				_COMPANY_ID, 7, -1, 30, "anna", 0, 20)
		).thenReturn(
			List.of(_certification)
		);
		when(
			_certificationLocalService.searchCertificationsCount(
				_COMPANY_ID, 7, -1, 30, "anna")
		).thenReturn(
			21
		);

		BaseModelSearchResult<Certification> result =
			_service.searchCertifications(7, -1, 30, "anna", "", 0, 20);

		assertEquals(List.of(_certification), result.getBaseModels());
		assertEquals(21, result.getLength());
		verifyNoInteractions(_licenceStandingLocalService);
	}

	@Test
	public void aStandingTheListDoesNotOfferIsRefused() throws Exception {
		assertThrows(
			CertificationStateException.class,
			() -> _service.searchCertifications(0, -1, 0, null, "OK", 0, 20));
		assertThrows(
			CertificationStateException.class,
			() -> _service.searchCertifications(
				0, -1, 0, null, "at_risk", 0, 20));

		verifyNoInteractions(_licenceStandingLocalService);
		verify(
			_portletResourcePermission, times(2)
		).check(
			_permissionChecker, _COMPANY_GROUP_ID,
			InstructorActionKeys.MANAGE_CERTIFICATIONS
		);
	}

	private static final long _CALLER_USER_ID = 302;

	private static final long _COMPANY_GROUP_ID = 20121;

	private static final long _COMPANY_ID = 20097;

	private final Certification _certification = mock(Certification.class);
	private final CertificationLocalService _certificationLocalService = mock(
		CertificationLocalService.class);
	private final GroupLocalService _groupLocalService = mock(
		GroupLocalService.class);
	private final LicenceStandingLocalService _licenceStandingLocalService =
		mock(LicenceStandingLocalService.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final CertificationServiceImpl _service =
		new CertificationServiceImpl();

}
