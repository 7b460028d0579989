package se.livsviktig.careprogram.internal.validation;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.exception.ContentOwnerException;

/**
 * @author Livsviktig
 */
public class ContentOwnersTest {

	@Test
	public void anActiveUserOfTheCompanyMayOwn() throws Exception {
		User user = _user(_USER_ID, _COMPANY_ID, true, false);

		assertSame(user, _contentOwners.validate(_COMPANY_ID, _USER_ID));
	}

	@Test
	public void anUnknownUserIsRefused() {
		assertThrows(
			ContentOwnerException.class,
			() -> _contentOwners.validate(_COMPANY_ID, _USER_ID));
	}

	@Test
	public void anInactiveUserIsRefused() {
		_user(_USER_ID, _COMPANY_ID, false, false);

		assertThrows(
			ContentOwnerException.class,
			() -> _contentOwners.validate(_COMPANY_ID, _USER_ID));
	}

	@Test
	public void anotherCompanysUserIsRefused() {
		_user(_USER_ID, _COMPANY_ID + 1, true, false);

		assertThrows(
			ContentOwnerException.class,
			() -> _contentOwners.validate(_COMPANY_ID, _USER_ID));
	}

	@Test
	public void theGuestUserIsRefused() {
		_user(_USER_ID, _COMPANY_ID, true, true);

		assertThrows(
			ContentOwnerException.class,
			() -> _contentOwners.validate(_COMPANY_ID, _USER_ID));
	}

	private User _user(
		long userId, long companyId, boolean active, boolean guest) {

		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(companyId);
		when(user.isActive()).thenReturn(active);
		when(user.isGuestUser()).thenReturn(guest);

		when(_userLocalService.fetchUser(userId)).thenReturn(user);

		return user;
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _USER_ID = 30001;

	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);
	private final ContentOwners _contentOwners = new ContentOwners(
		_userLocalService);

}
