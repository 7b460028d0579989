package se.livsviktig.careprogram.uad.anonymizer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.careprogram.model.CareProgram;

/**
 * A programme whose owner's data is erased is left without an owner (0) rather than owned by the anonymous user,
 * who would get its reminders and escalations and could never act on them. Who added it and who last reviewed it
 * become the anonymous user (the generated rules), so the review history stays.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class CareProgramUADAnonymizer extends BaseCareProgramUADAnonymizer {

	@Override
	public void autoAnonymize(
			CareProgram careProgram, long userId, User anonymousUser)
		throws PortalException {

		if (careProgram.getOwnerUserId() == userId) {
			careProgram.setOwnerUserId(0);
		}

		super.autoAnonymize(careProgram, userId, anonymousUser);
	}

}
