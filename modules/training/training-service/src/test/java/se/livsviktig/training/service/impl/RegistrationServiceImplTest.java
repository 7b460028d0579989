package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.internal.unit.ManagedUnits;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * Every remote registration method checks the caller's permission before the local service changes
 * anything: participants act on their own registrations, managers approve for their administrations, and
 * whoever manages a session's participants may do everything on it.
 *
 * @author Livsviktig
 */
public class RegistrationServiceImplTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@RegisterExtension
	public final SignedInCaller signedInCaller = new SignedInCaller();

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_service, "courseSessionPersistence", _courseSessionPersistence);
		Fields.set(_service, "registrationLocalService", _localService);
		Fields.set(
			_service, "_courseSessionModelResourcePermission", _sessionGrants);
		Fields.set(
			_service, "_organizationLocalService", _organizationLocalService);

		OrganizationTree organizationTree = new OrganizationTree();

		Fields.set(
			organizationTree, "_organizationLocalService",
			_organizationLocalService);
		Fields.set(_service, "_organizationTree", organizationTree);
		Fields.set(_service, "_portletResourcePermission", _portletGrants);

		ManagedUnits managedUnits = new ManagedUnits();

		Fields.set(
			managedUnits, "_organizationLocalService",
			_organizationLocalService);
		Fields.set(managedUnits, "_organizationTree", organizationTree);
		Fields.set(managedUnits, "_portletResourcePermission", _portletGrants);
		Fields.set(_service, "_managedUnits", managedUnits);
		Fields.set(
			_service, "_registrationModelResourcePermission",
			_registrationGrants);

		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setCourseSessionId(_SESSION_ID);
		courseSession.setGroupId(_GROUP_ID);

		when(
			_courseSessionPersistence.findByPrimaryKey(_SESSION_ID)
		).thenReturn(
			courseSession
		);

		_registration.setRegistrationId(_REGISTRATION_ID);
		_registration.setCourseSessionId(_SESSION_ID);
		_registration.setUserId(_COLLEAGUE_USER_ID);
		_registration.setStatus(RegistrationConstants.STATUS_OFFERED);

		when(
			_localService.getRegistration(_REGISTRATION_ID)
		).thenReturn(
			_registration
		);
	}

	@Test
	public void acceptOfferIsOnlyForTheParticipant() throws Exception {
		_registrationGrants.grant(_REGISTRATION_ID, ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.acceptOffer(_REGISTRATION_ID));

		verify(
			_localService, never()
		).acceptOffer(
			anyLong()
		);

		_registration.setUserId(SignedInCaller.USER_ID);

		when(
			_localService.acceptOffer(_REGISTRATION_ID)
		).thenReturn(
			_registration
		);

		assertSame(_registration, _service.acceptOffer(_REGISTRATION_ID));
	}

	@Test
	public void addRegistrationForUserIsAllowedToWhoeverManagesTheSessionsParticipants()
		throws Exception {

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.MANAGE_PARTICIPANTS);

		_expectRegistrationOnBehalf();

		assertSame(_registration, _addRegistrationForUser());
	}

	@Test
	public void addRegistrationForUserNeedsRegisterOthersOnTheSite()
		throws Exception {

		_portletGrants.grant(
			_OTHER_GROUP_ID, TrainingActionKeys.REGISTER_OTHERS);
		_sessionGrants.grant(_SESSION_ID, ActionKeys.VIEW);

		assertThrows(PrincipalException.class, this::_addRegistrationForUser);

		verifyNoInteractions(_localService);

		_portletGrants.grant(_GROUP_ID, TrainingActionKeys.REGISTER_OTHERS);

		_expectRegistrationOnBehalf();

		assertSame(_registration, _addRegistrationForUser());
	}

	@Test
	public void addRegistrationNeedsViewAndRegistersTheCaller()
		throws Exception {

		assertThrows(
			PrincipalException.class,
			() -> _service.addRegistration(
				_SESSION_ID, 0, null, null, new ServiceContext()));

		verifyNoInteractions(_localService);

		_sessionGrants.grant(_SESSION_ID, ActionKeys.VIEW);

		when(
			_localService.addRegistration(
				eq(SignedInCaller.USER_ID), eq(_SESSION_ID), eq(0L), any(),
				any(), _actingAsCaller())
		).thenReturn(
			_registration
		);

		assertSame(
			_registration,
			_service.addRegistration(
				_SESSION_ID, 0, null, null, new ServiceContext()));
	}

	@Test
	public void addRegistrationsNeedsManageParticipants() throws Exception {
		long[] userIds = {_COLLEAGUE_USER_ID, 20200};

		_sessionGrants.grant(_SESSION_ID, ActionKeys.VIEW);
		_portletGrants.grant(_GROUP_ID, TrainingActionKeys.REGISTER_OTHERS);

		assertThrows(
			PrincipalException.class,
			() -> _service.addRegistrations(
				userIds, _SESSION_ID, new ServiceContext()));

		verifyNoInteractions(_localService);

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.MANAGE_PARTICIPANTS);

		List<Registration> registrations = Collections.singletonList(
			_registration);

		when(
			_localService.addRegistrations(
				eq(userIds), eq(_SESSION_ID), _actingAsCaller())
		).thenReturn(
			registrations
		);

		assertSame(
			registrations,
			_service.addRegistrations(
				userIds, _SESSION_ID, new ServiceContext()));
	}

	@Test
	public void approveRegistrationNeedsApproveRegistrationOnTheRegistration()
		throws Exception {

		_registrationGrants.grant(_REGISTRATION_ID, ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.approveRegistration(_REGISTRATION_ID, "Ja"));

		verifyNoInteractions(_localService);

		_registrationGrants.grant(
			_REGISTRATION_ID, TrainingActionKeys.APPROVE_REGISTRATION);

		when(
			_localService.approveRegistration(
				_REGISTRATION_ID, SignedInCaller.USER_ID, "Ja")
		).thenReturn(
			_registration
		);

		assertSame(
			_registration,
			_service.approveRegistration(_REGISTRATION_ID, "Ja"));
	}

	@Test
	public void cancelRegistrationByTheParticipantKeepsTheDeadline()
		throws Exception {

		_registrationGrants.grant(_REGISTRATION_ID, ActionKeys.UPDATE);

		when(
			_localService.cancelRegistration(
				_REGISTRATION_ID, SignedInCaller.USER_ID, "Krock", false)
		).thenReturn(
			_registration
		);

		assertSame(
			_registration,
			_service.cancelRegistration(_REGISTRATION_ID, "Krock"));

		verify(
			_localService, never()
		).cancelRegistration(
			anyLong(), anyLong(), any(), eq(true)
		);
	}

	@Test
	public void cancelRegistrationByWhoeverManagesParticipantsMayPassTheDeadline()
		throws Exception {

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.MANAGE_PARTICIPANTS);

		when(
			_localService.cancelRegistration(
				_REGISTRATION_ID, SignedInCaller.USER_ID, "Sjuk", true)
		).thenReturn(
			_registration
		);

		assertSame(
			_registration,
			_service.cancelRegistration(_REGISTRATION_ID, "Sjuk"));
	}

	@Test
	public void cancelRegistrationIsRefusedToAnyoneElse() throws Exception {
		_registrationGrants.grant(_REGISTRATION_ID, ActionKeys.VIEW);
		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.VIEW_PARTICIPANTS);

		assertThrows(
			PrincipalException.class,
			() -> _service.cancelRegistration(_REGISTRATION_ID, "Sjuk"));

		verify(
			_localService, never()
		).cancelRegistration(
			anyLong(), anyLong(), any(), anyBoolean()
		);
	}

	@Test
	public void declineOfferIsOnlyForTheParticipant() throws Exception {
		_registrationGrants.grant(_REGISTRATION_ID, ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.declineOffer(_REGISTRATION_ID));

		verify(
			_localService, never()
		).declineOffer(
			anyLong()
		);

		_registration.setUserId(SignedInCaller.USER_ID);

		when(
			_localService.declineOffer(_REGISTRATION_ID)
		).thenReturn(
			_registration
		);

		assertSame(_registration, _service.declineOffer(_REGISTRATION_ID));
	}

	@Test
	public void declineRegistrationNeedsApproveRegistrationOnTheRegistration()
		throws Exception {

		_registrationGrants.grant(_REGISTRATION_ID, ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.declineRegistration(_REGISTRATION_ID, "Nej"));

		verifyNoInteractions(_localService);

		_registrationGrants.grant(
			_REGISTRATION_ID, TrainingActionKeys.APPROVE_REGISTRATION);

		when(
			_localService.declineRegistration(
				_REGISTRATION_ID, SignedInCaller.USER_ID, "Nej")
		).thenReturn(
			_registration
		);

		assertSame(
			_registration,
			_service.declineRegistration(_REGISTRATION_ID, "Nej"));
	}

	@Test
	public void getCourseSessionRegistrationsCountNeedsViewParticipants()
		throws Exception {

		int[] statuses = {RegistrationConstants.STATUS_CONFIRMED};

		_sessionGrants.grant(_SESSION_ID, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getCourseSessionRegistrationsCount(
				_SESSION_ID, statuses));

		verifyNoInteractions(_localService);

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.VIEW_PARTICIPANTS);

		when(
			_localService.getCourseSessionRegistrationsCount(
				_SESSION_ID, statuses)
		).thenReturn(
			12
		);

		assertEquals(
			12,
			_service.getCourseSessionRegistrationsCount(_SESSION_ID, statuses));
	}

	@Test
	public void getCourseSessionRegistrationsNeedsViewParticipants()
		throws Exception {

		int[] statuses = {RegistrationConstants.STATUS_CONFIRMED};

		_sessionGrants.grant(_SESSION_ID, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getCourseSessionRegistrations(
				_SESSION_ID, statuses, 0, 20));

		verifyNoInteractions(_localService);

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.VIEW_PARTICIPANTS);

		List<Registration> registrations = Collections.singletonList(
			_registration);

		when(
			_localService.getCourseSessionRegistrations(
				_SESSION_ID, statuses, 0, 20)
		).thenReturn(
			registrations
		);

		assertSame(
			registrations,
			_service.getCourseSessionRegistrations(
				_SESSION_ID, statuses, 0, 20));
	}

	@Test
	public void getMyRegistrationsCountCountsTheCallersOwn() throws Exception {
		int[] statuses = RegistrationConstants.UPCOMING_STATUSES;

		signedInCaller.signOut();

		assertThrows(
			PrincipalException.class,
			() -> _service.getMyRegistrationsCount(statuses));

		verifyNoInteractions(_localService);

		signedInCaller.signIn();

		when(
			_localService.getUserRegistrationsCount(
				SignedInCaller.USER_ID, statuses)
		).thenReturn(
			2
		);

		assertEquals(2, _service.getMyRegistrationsCount(statuses));
	}

	@Test
	public void getMyRegistrationsListsTheCallersOwn() throws Exception {
		int[] statuses = RegistrationConstants.UPCOMING_STATUSES;

		signedInCaller.signOut();

		assertThrows(
			PrincipalException.class,
			() -> _service.getMyRegistrations(statuses, 0, 20));

		verifyNoInteractions(_localService);

		signedInCaller.signIn();

		List<Registration> registrations = Collections.singletonList(
			_registration);

		when(
			_localService.getUserRegistrations(
				SignedInCaller.USER_ID, statuses, 0, 20)
		).thenReturn(
			registrations
		);

		assertSame(registrations, _service.getMyRegistrations(statuses, 0, 20));
	}

	@Test
	public void getPendingApprovalsCountCountsOnlyWhereTheCallerMayApprove()
		throws Exception {

		_callerBelongsToSofAndVof();

		assertEquals(0, _service.getPendingApprovalsCount());

		verifyNoInteractions(_localService);

		_portletGrants.grant(
			_VOF_GROUP_ID, TrainingActionKeys.APPROVE_REGISTRATION);

		when(
			_localService.getPendingApprovalsCount(
				new long[] {RegistrationFixture.VOF})
		).thenReturn(
			3
		);

		assertEquals(3, _service.getPendingApprovalsCount());
	}

	@Test
	public void getPendingApprovalsIncludesTheUnitsUnderTheCallersAdministration()
		throws Exception {

		_callerBelongsToSofAndVof();

		_portletGrants.grant(
			_VOF_GROUP_ID, TrainingActionKeys.APPROVE_REGISTRATION);

		Organization hemtjanstNorr = mock(Organization.class);

		when(
			hemtjanstNorr.getOrganizationId()
		).thenReturn(
			_HEMTJANST_NORR
		);

		when(
			_organizationLocalService.getSuborganizations(
				argThat(
					organizations -> (organizations.size() == 1) &&
					 (organizations.get(
						 0
					 ).getOrganizationId() == RegistrationFixture.VOF)))
		).thenReturn(
			Collections.singletonList(hemtjanstNorr)
		);

		List<Registration> registrations = Collections.singletonList(
			_registration);

		when(
			_localService.getPendingApprovals(
				new long[] {RegistrationFixture.VOF, _HEMTJANST_NORR}, 0, 20)
		).thenReturn(
			registrations
		);

		assertSame(registrations, _service.getPendingApprovals(0, 20));
	}

	/**
	 * A member of Hemtjänst Norr who may approve in the administration above it (a role scoped to that
	 * administration's group, without belonging to it) decides Hemtjänst Norr's requests
	 * (RegistrationModelResourcePermissionWrapper), so finds them waiting, as the unit's training page offers
	 * Hemtjänst Norr to them (ManagedUnits).
	 */
	@Test
	public void getPendingApprovalsIncludesTheCallersUnitWhenTheyMayApproveAboveIt()
		throws Exception {

		Organization vof = mock(Organization.class);

		when(
			vof.getGroupId()
		).thenReturn(
			_VOF_GROUP_ID
		);

		Organization hemtjanstNorr = mock(Organization.class);

		when(
			hemtjanstNorr.getGroupId()
		).thenReturn(
			_HEMTJANST_NORR_GROUP_ID
		);
		when(
			hemtjanstNorr.getOrganizationId()
		).thenReturn(
			_HEMTJANST_NORR
		);
		when(
			hemtjanstNorr.getAncestors()
		).thenReturn(
			Collections.singletonList(vof)
		);
		when(
			_organizationLocalService.fetchOrganization(_HEMTJANST_NORR)
		).thenReturn(
			hemtjanstNorr
		);
		when(
			_organizationLocalService.getUserOrganizations(
				SignedInCaller.USER_ID)
		).thenReturn(
			Collections.singletonList(hemtjanstNorr)
		);

		_portletGrants.grant(
			_VOF_GROUP_ID, TrainingActionKeys.APPROVE_REGISTRATION);

		List<Registration> registrations = Collections.singletonList(
			_registration);

		when(
			_localService.getPendingApprovals(
				new long[] {_HEMTJANST_NORR}, 0, 20)
		).thenReturn(
			registrations
		);

		assertSame(registrations, _service.getPendingApprovals(0, 20));
	}

	@Test
	public void getPendingApprovalsListsOnlyWhereTheCallerMayApprove()
		throws Exception {

		_callerBelongsToSofAndVof();

		assertTrue(
			_service.getPendingApprovals(
				0, 20
			).isEmpty());

		verifyNoInteractions(_localService);

		_portletGrants.grant(
			_SOF_GROUP_ID, TrainingActionKeys.APPROVE_REGISTRATION);

		List<Registration> registrations = Collections.singletonList(
			_registration);

		when(
			_localService.getPendingApprovals(
				new long[] {RegistrationFixture.SOF}, 0, 20)
		).thenReturn(
			registrations
		);

		assertSame(registrations, _service.getPendingApprovals(0, 20));
	}

	@Test
	public void getRegistrationNeedsView() throws Exception {
		assertThrows(
			PrincipalException.class,
			() -> _service.getRegistration(_REGISTRATION_ID));

		verifyNoInteractions(_localService);

		_registrationGrants.grant(_REGISTRATION_ID, ActionKeys.VIEW);

		assertSame(_registration, _service.getRegistration(_REGISTRATION_ID));
	}

	@Test
	public void getWaitlistPositionNeedsView() throws Exception {
		assertThrows(
			PrincipalException.class,
			() -> _service.getWaitlistPosition(_REGISTRATION_ID));

		verifyNoInteractions(_localService);

		_registrationGrants.grant(_REGISTRATION_ID, ActionKeys.VIEW);

		when(
			_localService.getWaitlistPosition(_REGISTRATION_ID)
		).thenReturn(
			4
		);

		assertEquals(4, _service.getWaitlistPosition(_REGISTRATION_ID));
	}

	@Test
	public void messageParticipantsNeedsManageParticipants() throws Exception {
		long[] registrationIds = {_REGISTRATION_ID};

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.VIEW_PARTICIPANTS);

		assertThrows(
			PrincipalException.class,
			() -> _service.messageParticipants(
				_SESSION_ID, registrationIds, "Ämne", "Text"));

		verifyNoInteractions(_localService);

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.MANAGE_PARTICIPANTS);

		when(
			_localService.messageParticipants(
				_SESSION_ID, registrationIds, SignedInCaller.USER_ID, "Ämne",
				"Text")
		).thenReturn(
			1
		);

		assertEquals(
			1,
			_service.messageParticipants(
				_SESSION_ID, registrationIds, "Ämne", "Text"));
	}

	@Test
	public void moveRegistrationNeedsManageParticipantsOnBothSessions()
		throws Exception {

		long targetSessionId = 60002;

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.MANAGE_PARTICIPANTS);

		assertThrows(
			PrincipalException.class,
			() -> _service.moveRegistration(
				_REGISTRATION_ID, targetSessionId, "Krock"));

		verify(
			_localService, never()
		).moveRegistration(
			anyLong(), anyLong(), anyLong(), any()
		);

		_sessionGrants.grant(
			targetSessionId, TrainingActionKeys.MANAGE_PARTICIPANTS);

		when(
			_localService.moveRegistration(
				_REGISTRATION_ID, targetSessionId, SignedInCaller.USER_ID,
				"Krock")
		).thenReturn(
			_registration
		);

		assertSame(
			_registration,
			_service.moveRegistration(
				_REGISTRATION_ID, targetSessionId, "Krock"));
	}

	@Test
	public void moveWaitlistPositionNeedsManageParticipants() throws Exception {
		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.VIEW_PARTICIPANTS);
		_registrationGrants.grant(_REGISTRATION_ID, ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.moveWaitlistPosition(_REGISTRATION_ID, 1, "Skäl"));

		verify(
			_localService, never()
		).moveWaitlistPosition(
			anyLong(), org.mockito.ArgumentMatchers.anyInt(), anyLong(), any()
		);

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.MANAGE_PARTICIPANTS);

		when(
			_localService.moveWaitlistPosition(
				_REGISTRATION_ID, 1, SignedInCaller.USER_ID, "Skäl")
		).thenReturn(
			_registration
		);

		assertSame(
			_registration,
			_service.moveWaitlistPosition(_REGISTRATION_ID, 1, "Skäl"));
	}

	private ServiceContext _actingAsCaller() {
		return argThat(
			serviceContext ->
				serviceContext.getUserId() == SignedInCaller.USER_ID);
	}

	private Registration _addRegistrationForUser() throws Exception {
		return _service.addRegistrationForUser(
			_COLLEAGUE_USER_ID, _SESSION_ID, 0, null, null,
			new ServiceContext());
	}

	private void _callerBelongsToSofAndVof() throws Exception {
		Organization sof = mock(Organization.class);

		when(
			sof.getGroupId()
		).thenReturn(
			_SOF_GROUP_ID
		);
		when(
			sof.getOrganizationId()
		).thenReturn(
			RegistrationFixture.SOF
		);

		Organization vof = mock(Organization.class);

		when(
			vof.getGroupId()
		).thenReturn(
			_VOF_GROUP_ID
		);
		when(
			vof.getOrganizationId()
		).thenReturn(
			RegistrationFixture.VOF
		);

		when(
			_organizationLocalService.fetchOrganization(RegistrationFixture.SOF)
		).thenReturn(
			sof
		);
		when(
			_organizationLocalService.fetchOrganization(RegistrationFixture.VOF)
		).thenReturn(
			vof
		);
		when(
			_organizationLocalService.getUserOrganizations(
				SignedInCaller.USER_ID)
		).thenReturn(
			Arrays.asList(sof, vof)
		);

		_portletGrants.grant(_GROUP_ID, TrainingActionKeys.APPROVE_REGISTRATION);
	}

	private void _expectRegistrationOnBehalf() throws Exception {
		when(
			_localService.addRegistration(
				eq(_COLLEAGUE_USER_ID), eq(_SESSION_ID), anyLong(), any(),
				any(), _actingAsCaller())
		).thenReturn(
			_registration
		);
	}

	private static final long _COLLEAGUE_USER_ID = 20130;

	private static final long _GROUP_ID = RegistrationFixture.GROUP_ID;

	private static final long _HEMTJANST_NORR = 40012;

	private static final long _HEMTJANST_NORR_GROUP_ID = 41012;

	private static final long _OTHER_GROUP_ID = 20999;

	private static final long _REGISTRATION_ID = 1;

	private static final long _SESSION_ID = RegistrationFixture.SESSION_ID;

	private static final long _SOF_GROUP_ID = 41001;

	private static final long _VOF_GROUP_ID = 41002;

	private final CourseSessionPersistence _courseSessionPersistence = mock(
		CourseSessionPersistence.class);
	private final RegistrationLocalService _localService = mock(
		RegistrationLocalService.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final Grants.PortletGrants _portletGrants = Grants.portlet();
	private final Registration _registration = new RegistrationImpl();
	private final Grants.ModelGrants<Registration> _registrationGrants =
		Grants.model(Registration.class, Registration::getRegistrationId);
	private final RegistrationServiceImpl _service =
		new RegistrationServiceImpl();
	private final Grants.ModelGrants<CourseSession> _sessionGrants =
		Grants.model(CourseSession.class, CourseSession::getCourseSessionId);

}
