package se.livsviktig.careprogram.service.internal.owner;

import com.liferay.portal.kernel.exception.ModelListenerException;
import com.liferay.portal.kernel.model.BaseModelListener;
import com.liferay.portal.kernel.model.ModelListener;
import com.liferay.portal.kernel.model.User;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An owner leaves when their account is deactivated or deleted; their programmes and routines must not keep
 * waiting for a review nobody will do. Deletion is seen before the row goes, while the user's name can still be
 * written into the review log.
 *
 * @author Livsviktig
 */
@Component(service = ModelListener.class)
public class OwnerDepartureModelListener extends BaseModelListener<User> {

	@Override
	public void onAfterUpdate(User originalUser, User user)
		throws ModelListenerException {

		if ((originalUser != null) && originalUser.isActive() &&
			!user.isActive()) {

			_ownerLeft(user);
		}
	}

	@Override
	public void onBeforeRemove(User user) throws ModelListenerException {
		_ownerLeft(user);
	}

	private void _ownerLeft(User user) {
		try {
			_ownerDepartures.ownerLeft(user);
		}
		catch (Exception exception) {
			throw new ModelListenerException(exception);
		}
	}

	@Reference
	private OwnerDepartures _ownerDepartures;

}
