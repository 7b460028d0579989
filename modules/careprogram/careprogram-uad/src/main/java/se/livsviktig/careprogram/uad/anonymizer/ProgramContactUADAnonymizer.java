package se.livsviktig.careprogram.uad.anonymizer;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.DynamicQueryUADAnonymizer;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.model.CareProgramContact;
import se.livsviktig.careprogram.service.CareProgramContactLocalService;

/**
 * A person whose data is erased is no longer a programme's contact: readers cannot reach the anonymous user, so
 * the row goes rather than naming them.
 *
 * <p>
 * Written by hand: a contact row has only the person's id, nothing Service Builder generates UAD classes for.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class ProgramContactUADAnonymizer
	extends DynamicQueryUADAnonymizer<CareProgramContact> {

	@Override
	public void autoAnonymize(
			CareProgramContact careProgramContact, long userId,
			User anonymousUser)
		throws PortalException {

		if (careProgramContact.getUserId() == userId) {
			delete(careProgramContact);
		}
	}

	@Override
	public void delete(CareProgramContact careProgramContact) {
		_careProgramContactLocalService.deleteCareProgramContact(
			careProgramContact);
	}

	@Override
	public Class<CareProgramContact> getTypeClass() {
		return CareProgramContact.class;
	}

	@Override
	protected ActionableDynamicQuery doGetActionableDynamicQuery() {
		return _careProgramContactLocalService.getActionableDynamicQuery();
	}

	@Override
	protected String[] doGetUserIdFieldNames() {
		return _USER_ID_FIELD_NAMES;
	}

	private static final String[] _USER_ID_FIELD_NAMES = {"userId"};

	@Reference
	private CareProgramContactLocalService _careProgramContactLocalService;

}
