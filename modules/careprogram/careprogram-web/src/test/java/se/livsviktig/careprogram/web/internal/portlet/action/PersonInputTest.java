package se.livsviktig.careprogram.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * People typed by e-mail address: an empty field is nobody, an address nobody has is handed on as an id no user
 * has (so the service refuses it and the form says so), contacts keep the order typed, each once.
 *
 * @author Livsviktig
 */
public class PersonInputTest {

	@BeforeEach
	public void setUp() {
		_user("karin.ek@kommun.se", 301);
		_user("ali.h@kommun.se", 302);
	}

	@Test
	public void anEmptyFieldIsNobody() {
		assertEquals(0, _personInput.userId("  "));
	}

	@Test
	public void anAddressNobodyHasIsNotDropped() {
		assertEquals(
			PersonInput.UNKNOWN_USER_ID,
			_personInput.userId("okand@kommun.se"));
		assertArrayEquals(
			new long[] {301, PersonInput.UNKNOWN_USER_ID},
			_personInput.userIds("karin.ek@kommun.se\nokand@kommun.se"));
	}

	@Test
	public void contactsKeepTheOrderTypedEachOnce() {
		assertArrayEquals(
			new long[] {302, 301},
			_personInput.userIds(
				" ali.h@kommun.se;karin.ek@kommun.se,\r\nali.h@kommun.se "));
	}

	private void _user(String emailAddress, long userId) {
		User user = mock(User.class);

		when(
			user.getUserId()
		).thenReturn(
			userId
		);
		when(
			_userLocalService.fetchUserByEmailAddress(_COMPANY_ID, emailAddress)
		).thenReturn(
			user
		);
	}

	private static final long _COMPANY_ID = 20097;

	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

	private final PersonInput _personInput = new PersonInput(
		_userLocalService, _COMPANY_ID);

}
