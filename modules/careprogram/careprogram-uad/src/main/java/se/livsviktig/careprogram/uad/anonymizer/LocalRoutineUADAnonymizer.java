package se.livsviktig.careprogram.uad.anonymizer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import java.time.Clock;

import java.util.Date;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.careprogram.model.LocalRoutine;

/**
 * A routine whose owner's data is erased is left "utan ägare" (owner 0, since now) rather than owned by the
 * anonymous user, who would get its reminders and could never confirm it: the programme's owner is told and an
 * editor names a new owner. Who added it and who last reviewed it become the anonymous user (the generated
 * rules), so the review history stays.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class LocalRoutineUADAnonymizer extends BaseLocalRoutineUADAnonymizer {

	@Override
	public void autoAnonymize(
			LocalRoutine localRoutine, long userId, User anonymousUser)
		throws PortalException {

		if (localRoutine.getOwnerUserId() == userId) {
			localRoutine.setOwnerUserId(0);
			localRoutine.setOwnerlessSince(Date.from(_clock.instant()));
		}

		super.autoAnonymize(localRoutine, userId, anonymousUser);
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private Clock _clock = Clock.systemUTC();

}
