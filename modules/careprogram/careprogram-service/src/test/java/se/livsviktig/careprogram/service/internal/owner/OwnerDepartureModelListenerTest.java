package se.livsviktig.careprogram.service.internal.owner;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;

/**
 * @author Livsviktig
 */
public class OwnerDepartureModelListenerTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_listener, "_ownerDepartures", _ownerDepartures);
	}

	@Test
	public void aDeactivatedOwnerLeaves() {
		User user = _user(false);

		_listener.onAfterUpdate(_user(true), user);

		verify(
			_ownerDepartures
		).ownerLeft(
			user
		);
	}

	@Test
	public void aDeletedOwnerLeaves() {
		User user = _user(true);

		_listener.onBeforeRemove(user);

		verify(
			_ownerDepartures
		).ownerLeft(
			user
		);
	}

	@Test
	public void anUpdateThatLeavesTheAccountAsItWasIsNoDeparture() {
		_listener.onAfterUpdate(_user(true), _user(true));
		_listener.onAfterUpdate(_user(false), _user(false));
		_listener.onAfterUpdate(_user(false), _user(true));

		verify(
			_ownerDepartures, never()
		).ownerLeft(
			any()
		);
	}

	private static User _user(boolean active) {
		User user = mock(User.class);

		when(
			user.isActive()
		).thenReturn(
			active
		);

		return user;
	}

	private final OwnerDepartureModelListener _listener =
		new OwnerDepartureModelListener();
	private final OwnerDepartures _ownerDepartures = mock(
		OwnerDepartures.class);

}
