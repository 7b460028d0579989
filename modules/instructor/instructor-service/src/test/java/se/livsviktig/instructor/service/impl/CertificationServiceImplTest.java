package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

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

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.InstructorActionKeys;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * Each remote method, allowed and refused: the permission is checked through the portal's permission objects
 * before the local service is called.
 *
 * @author Livsviktig
 */
public class CertificationServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_service, "certificationLocalService", _certificationLocalService);
		Fields.set(
			_service, "_certificationModelResourcePermission",
			_modelResourcePermission);
		Fields.set(_service, "_groupLocalService", _groupLocalService);
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
	public void addingNeedsManageCertificationsInTheCompanysGroup()
		throws Exception {

		_refuseManage();

		assertThrows(PrincipalException.class, this::_add);
		verifyNoInteractions(_certificationLocalService);

		_allowManage();

		when(
			_certificationLocalService.addCertification(
				anyLong(), anyLong(), anyLong(), any(), any(), anyString(),
				anyString(), any())
		).thenReturn(
			_certification
		);

		assertSame(_certification, _add());
	}

	@Test
	public void aPersonSeesTheirOwnCertificationsAndACoordinatorAnyones()
		throws Exception {

		when(
			_certificationLocalService.getHolderCertifications(anyLong())
		).thenReturn(
			List.of(_certification)
		);

		assertSame(
			_certification,
			_service.getHolderCertifications(
				_CALLER_USER_ID
			).get(
				0
			));

		assertThrows(
			PrincipalException.class,
			() -> _service.getHolderCertifications(_OTHER_USER_ID));

		when(
			_portletResourcePermission.contains(
				_permissionChecker, _COMPANY_GROUP_ID,
				InstructorActionKeys.MANAGE_CERTIFICATIONS)
		).thenReturn(
			true
		);

		assertSame(
			_certification,
			_service.getHolderCertifications(
				_OTHER_USER_ID
			).get(
				0
			));
	}

	@Test
	public void renewingAndRevokingNeedUpdateOnTheCertification()
		throws Exception {

		doThrow(
			new PrincipalException.MustHavePermission(
				_permissionChecker, Certification.class.getName(),
				_CERTIFICATION_ID, ActionKeys.UPDATE)
		).when(
			_modelResourcePermission
		).check(
			_permissionChecker, _CERTIFICATION_ID, ActionKeys.UPDATE
		);

		assertThrows(
			PrincipalException.class,
			() -> _service.renewCertification(
				_CERTIFICATION_ID, new Date(), null, "MHFA Sverige", "1",
				new ServiceContext()));
		assertThrows(
			PrincipalException.class,
			() -> _service.revokeCertification(_CERTIFICATION_ID, "Skäl"));
		verifyNoInteractions(_certificationLocalService);
	}

	@Test
	public void renewingAndRevokingAreAllowedWithUpdate() throws Exception {
		when(
			_certificationLocalService.renewCertification(
				anyLong(), anyLong(), any(), any(), anyString(), anyString(),
				any())
		).thenReturn(
			_certification
		);
		when(
			_certificationLocalService.revokeCertification(
				_CALLER_USER_ID, _CERTIFICATION_ID, "Skäl")
		).thenReturn(
			_certification
		);

		assertSame(
			_certification,
			_service.renewCertification(
				_CERTIFICATION_ID, new Date(), null, "MHFA Sverige", "1",
				new ServiceContext()));
		assertSame(
			_certification,
			_service.revokeCertification(_CERTIFICATION_ID, "Skäl"));
	}

	@Test
	public void viewingNeedsViewOnTheCertification() throws Exception {
		when(
			_certificationLocalService.getCertification(_CERTIFICATION_ID)
		).thenReturn(
			_certification
		);

		assertSame(
			_certification, _service.getCertification(_CERTIFICATION_ID));

		doThrow(
			new PrincipalException.MustHavePermission(
				_permissionChecker, Certification.class.getName(),
				_CERTIFICATION_ID, ActionKeys.VIEW)
		).when(
			_modelResourcePermission
		).check(
			_permissionChecker, _CERTIFICATION_ID, ActionKeys.VIEW
		);

		assertThrows(
			PrincipalException.class,
			() -> _service.getCertification(_CERTIFICATION_ID));
	}

	@Test
	public void searchingNeedsManageCertificationsAndSearchesTheCallersCompany()
		throws Exception {

		_refuseManage();

		assertThrows(
			PrincipalException.class,
			() -> _service.searchCertifications(7, 0, 30, "anna", 0, 20));
		assertThrows(
			PrincipalException.class,
			() -> _service.searchCertificationsCount(7, 0, 30, "anna"));
		verifyNoInteractions(_certificationLocalService);

		_allowManage();

		when(
			_certificationLocalService.searchCertifications(
				_COMPANY_ID, 7, 0, 30, "anna", 0, 20)
		).thenReturn(
			List.of(_certification)
		);
		when(
			_certificationLocalService.searchCertificationsCount(
				_COMPANY_ID, 7, 0, 30, "anna")
		).thenReturn(
			1
		);

		assertEquals(
			List.of(_certification),
			_service.searchCertifications(7, 0, 30, "anna", 0, 20));
		assertEquals(
			1, _service.searchCertificationsCount(7, 0, 30, "anna"));
	}

	private Certification _add() throws Exception {
		return _service.addCertification(
			_OTHER_USER_ID, 501, new Date(), null, "MHFA Sverige", "1",
			new ServiceContext());
	}

	private void _allowManage() {
		reset(_portletResourcePermission);
	}

	private void _refuseManage() throws Exception {
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
	}

	private static final long _CALLER_USER_ID = 302;

	private static final long _CERTIFICATION_ID = 9001;

	private static final long _COMPANY_GROUP_ID = 20121;

	private static final long _COMPANY_ID = 20097;

	private static final long _OTHER_USER_ID = 301;

	private final Certification _certification = mock(Certification.class);
	private final CertificationLocalService _certificationLocalService = mock(
		CertificationLocalService.class);
	private final GroupLocalService _groupLocalService = mock(
		GroupLocalService.class);
	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<Certification>
		_modelResourcePermission = mock(ModelResourcePermission.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final CertificationServiceImpl _service =
		new CertificationServiceImpl();

}
