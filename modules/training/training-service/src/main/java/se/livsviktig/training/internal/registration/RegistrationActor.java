package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.service.ServiceContext;

/**
 * Who acts in a registration, as its history and notices name them: the user of the request's service context (a
 * coordinator registering people, someone registering on another's behalf), or the person themself when the call
 * comes with no user (a job, an import).
 *
 * @author Livsviktig
 */
public final class RegistrationActor {

	public static long userId(ServiceContext serviceContext, long userId) {
		if ((serviceContext != null) && (serviceContext.getUserId() > 0)) {
			return serviceContext.getUserId();
		}

		return userId;
	}

	private RegistrationActor() {
	}

}
