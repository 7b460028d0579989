package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.kernel.service.ServiceContext;

import org.junit.jupiter.api.Test;

/**
 * The one who acts is the request's user, or the person themself when the call comes with none.
 *
 * @author Livsviktig
 */
public class RegistrationActorTest {

	@Test
	public void theRequestsUserActsForSomeoneElse() {
		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setUserId(30000);

		assertEquals(30000, RegistrationActor.userId(serviceContext, 102));
	}

	@Test
	public void withoutAUserThePersonActsThemself() {
		assertEquals(102, RegistrationActor.userId(new ServiceContext(), 102));
		assertEquals(102, RegistrationActor.userId(null, 102));
	}

}
