package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Collections;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.internal.organization.OrganizationMocks;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.model.impl.SessionAudienceImpl;

/**
 * "Hemtjänst Norr", a unit under VOF: its staff register for VOF's sessions, are recorded for their own unit,
 * and take the seats VOF reserved, as VOF's staff.
 *
 * @author Livsviktig
 */
public class RegistrationInSubOrganizationsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		OrganizationMocks.organization(
			_fixture.organizationLocalService, _HEMTJANST_NORR,
			_HEMTJANST_NORR_GROUP_ID,
			OrganizationMocks.organization(
				_fixture.organizationLocalService, RegistrationFixture.VOF,
				_VOF_GROUP_ID));
	}

	@Test
	public void staffOfAUnitUnderTheAudienceRegisterForTheirUnit()
		throws Exception {

		_fixture.session(20, 5);
		_vofIsTheAudience();
		_fixture.user(101, _HEMTJANST_NORR);

		Registration registration = _register(101);

		assertEquals(_HEMTJANST_NORR, registration.getOrganizationId());
		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, registration.getStatus());
	}

	@Test
	public void staffOfAUnitTakeTheSeatsReservedForTheAdministrationAboveIt()
		throws Exception {

		// A session for everyone, with 4 free seats, all of them VOF's quota, of which one is already held by a
		// colleague of the unit

		_fixture.session(10, 6);
		_fixture.quota(RegistrationFixture.VOF, 5, _HEMTJANST_NORR);
		_fixture.user(101, _HEMTJANST_NORR);

		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED,
			_register(101).getStatus());
	}

	@Test
	public void staffOfAnotherAdministrationCannotRegister() throws Exception {
		_fixture.session(20, 5);
		_vofIsTheAudience();
		_fixture.user(103, RegistrationFixture.SOF);

		assertThrows(NotInSessionAudienceException.class, () -> _register(103));
	}

	private Registration _register(long userId) throws Exception {
		return _fixture.service.addRegistration(
			userId, RegistrationFixture.SESSION_ID, 0, null, null,
			new ServiceContext());
	}

	private void _vofIsTheAudience() {
		SessionAudience sessionAudience = new SessionAudienceImpl();

		sessionAudience.setOrganizationId(RegistrationFixture.VOF);

		when(
			_fixture.sessionAudiencePersistence.findByCourseSessionId(
				eq(RegistrationFixture.SESSION_ID))
		).thenReturn(
			Collections.singletonList(sessionAudience)
		);
	}

	private static final long _HEMTJANST_NORR = 40012;

	private static final long _HEMTJANST_NORR_GROUP_ID = 41012;

	private static final long _VOF_GROUP_ID = 41002;

	private final RegistrationFixture _fixture = new RegistrationFixture();

}
