package se.livsviktig.careprogram.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.exception.CareProgramContactException;

/**
 * @author Livsviktig
 */
public class ProgramContactsTest {

	@Test
	public void activeUsersAreContactsOnceInTheirOrder() throws Exception {
		_user(_ANNA, true);
		_user(_BERTIL, true);

		assertEquals(
			List.of(_BERTIL, _ANNA),
			List.copyOf(
				_programContacts.validate(
					_COMPANY_ID, new long[] {_BERTIL, _ANNA, _BERTIL})));
	}

	@Test
	public void anInactiveOrUnknownContactIsRefused() {
		_user(_ANNA, false);

		assertThrows(
			CareProgramContactException.class,
			() -> _programContacts.validate(_COMPANY_ID, new long[] {_ANNA}));
		assertThrows(
			CareProgramContactException.class,
			() -> _programContacts.validate(
				_COMPANY_ID, new long[] {_BERTIL}));
	}

	private void _user(long userId, boolean active) {
		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.isActive()).thenReturn(active);

		when(_userLocalService.fetchUser(userId)).thenReturn(user);
	}

	private static final long _ANNA = 30001;

	private static final long _BERTIL = 30002;

	private static final long _COMPANY_ID = 20097;

	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);
	private final ProgramContacts _programContacts = new ProgramContacts(
		new ContentOwners(_userLocalService));

}
