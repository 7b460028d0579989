package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.model.impl.SessionAudienceImpl;
import se.livsviktig.training.model.impl.SessionQuotaImpl;

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
		Organization hemtjanstNorr = mock(Organization.class);

		when(
			hemtjanstNorr.getOrganizationId()
		).thenReturn(
			_HEMTJANST_NORR
		);

		// The portal lists ancestors from the root down

		when(
			hemtjanstNorr.getAncestorOrganizationIds()
		).thenReturn(
			new long[] {RegistrationFixture.VOF}
		);
		when(
			_fixture.organizationLocalService.fetchOrganization(_HEMTJANST_NORR)
		).thenReturn(
			hemtjanstNorr
		);
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
		_vofReserves(5, _HEMTJANST_NORR);
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

	private void _vofReserves(int seats, long... seatHolderOrganizationIds) {
		SessionQuota sessionQuota = new SessionQuotaImpl();

		sessionQuota.setCourseSessionId(RegistrationFixture.SESSION_ID);
		sessionQuota.setOrganizationId(RegistrationFixture.VOF);
		sessionQuota.setSeats(seats);
		sessionQuota.setReleaseDate(RegistrationFixture.daysFromNow(3));

		when(
			_fixture.sessionQuotaPersistence.findByCourseSessionId(
				RegistrationFixture.SESSION_ID)
		).thenReturn(
			Collections.singletonList(sessionQuota)
		);

		List<Registration> seatHolders = new ArrayList<>();

		for (long organizationId : seatHolderOrganizationIds) {
			Registration registration = new RegistrationImpl();

			registration.setOrganizationId(organizationId);

			seatHolders.add(registration);
		}

		when(
			_fixture.registrationPersistence.findByCS_S(
				RegistrationFixture.SESSION_ID,
				RegistrationConstants.SEAT_HOLDING_STATUSES)
		).thenReturn(
			seatHolders
		);
	}

	private static final long _HEMTJANST_NORR = 40012;

	private final RegistrationFixture _fixture = new RegistrationFixture();

}
