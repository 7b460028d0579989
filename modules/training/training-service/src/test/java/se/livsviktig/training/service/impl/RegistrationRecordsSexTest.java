package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Contact;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Collections;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.model.impl.SessionAudienceImpl;

/**
 * The registration keeps the statistical sex category its person had when it was made, and a participant key
 * that is the person's own, beside the organisation: the year's figures read them, never today's profile.
 *
 * @author Livsviktig
 */
public class RegistrationRecordsSexTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		_fixture.session(20, 5);

		SessionAudience sessionAudience = new SessionAudienceImpl();

		sessionAudience.setOrganizationId(RegistrationFixture.SOF);

		when(
			_fixture.sessionAudiencePersistence.findByCourseSessionId(
				eq(RegistrationFixture.SESSION_ID))
		).thenReturn(
			Collections.singletonList(sessionAudience)
		);

		when(
			_fixture.trainingCompanyConfiguration.sexCustomFieldName()
		).thenReturn(
			""
		);
	}

	@Test
	public void aRegistrationStoresTheSexItsPersonHadWhenItWasMade()
		throws Exception {

		User user = _fixture.user(101, RegistrationFixture.SOF);

		Contact contact = _contact(user, false);

		Registration registration = _register(101);

		assertEquals(RegistrationSexes.FEMALE, registration.getSex());
		assertEquals(RegistrationFixture.SOF, registration.getOrganizationId());

		// The person's gender changes afterwards: the stored registration does not.

		when(contact.isMale()).thenReturn(true);

		assertEquals(RegistrationSexes.FEMALE, registration.getSex());
		assertEquals(
			RegistrationSexes.MALE,
			_fixture.registrationSexResolver.resolve(user),
			"today's source says otherwise");
	}

	@Test
	public void aRegistrationOfAPersonWithoutAContactIsUnknown()
		throws Exception {

		_fixture.user(102, RegistrationFixture.SOF);

		assertEquals(RegistrationSexes.UNKNOWN, _register(102).getSex());
	}

	@Test
	public void theParticipantKeyIsThePersonsOwn() throws Exception {
		_contact(_fixture.user(103, RegistrationFixture.SOF), true);

		Registration registration = _register(103);

		assertEquals(RegistrationSexes.MALE, registration.getSex());
		assertEquals(103, registration.getParticipantKey());
	}

	private Contact _contact(User user, boolean male) throws Exception {
		Contact contact = mock(Contact.class);

		when(contact.isMale()).thenReturn(male);
		when(user.getContact()).thenReturn(contact);

		return contact;
	}

	private Registration _register(long userId) throws Exception {
		return _fixture.service.addRegistration(
			userId, RegistrationFixture.SESSION_ID, 0, null, null,
			new ServiceContext());
	}

	private final RegistrationFixture _fixture = new RegistrationFixture();

}
