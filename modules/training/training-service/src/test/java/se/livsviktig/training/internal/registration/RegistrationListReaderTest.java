package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.registration.RegistrationImportRow;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * A coordinator's list of people is judged line by line, as Swedish spreadsheets write it.
 *
 * @author Livsviktig
 */
public class RegistrationListReaderTest {

	@BeforeEach
	public void setUp() throws Exception {
		OrganizationTree organizationTree = new OrganizationTree();

		Fields.set(
			organizationTree, "_organizationLocalService",
			_organizationLocalService);
		Fields.set(_reader, "_organizationTree", organizationTree);
		Fields.set(_reader, "_registrationPersistence", _registrationPersistence);
		Fields.set(_reader, "_userLocalService", _userLocalService);

		_courseSession.setCourseSessionId(60001);
		_courseSession.setCompanyId(_COMPANY_ID);

		_user(101, "anna.andersson@kommun.example", "aand", _SOF);
		_user(102, "bo.berg@kommun.example", "bober", _VOF);
		_user(103, "cecilia.carlsson@kommun.example", "ccar", _SOF);
	}

	@Test
	public void eachLineGetsItsOwnVerdict() throws Exception {
		when(
			_registrationPersistence.fetchByCS_AK(60001, 103)
		).thenReturn(
			new RegistrationImpl()
		);

		List<RegistrationImportRow> rows = _reader.read(
			_courseSession,
			"E-post;Namn\n" + "anna.andersson@kommun.example;Anna\n" + "\n" +
				"\"bober\";Bo\n" + "okänd@kommun.example\n" + "aand\n" +
					"ccar\n",
			Collections.singletonList(_SOF));

		assertEquals(
			List.of(
				RegistrationImportRow.OK, RegistrationImportRow.NOT_IN_AUDIENCE,
				RegistrationImportRow.UNKNOWN_USER,
				RegistrationImportRow.DUPLICATE_IN_LIST,
				RegistrationImportRow.ALREADY_REGISTERED),
			rows.stream(
			).map(
				RegistrationImportRow::getMessageKey
			).collect(
				Collectors.toList()
			));
		assertEquals(
			List.of(2, 4, 5, 6, 7),
			rows.stream(
			).map(
				RegistrationImportRow::getLineNumber
			).collect(
				Collectors.toList()
			));
		assertEquals("Medarbetare 101", rows.get(0).getUserName());
	}

	@Test
	public void commaSeparatedListsWithWindowsLineEndsAreRead()
		throws Exception {

		List<RegistrationImportRow> rows = _reader.read(
			_courseSession,
			"anna.andersson@kommun.example,Anna\r\nccar,Cecilia\r\n",
			Collections.emptyList());

		assertEquals(2, rows.size());
		assertEquals(101, rows.get(0).getUserId());
		assertEquals(103, rows.get(1).getUserId());
	}

	private void _user(
			long userId, String emailAddress, String screenName,
			long organizationId)
		throws Exception {

		User user = mock(User.class);

		when(
			user.getUserId()
		).thenReturn(
			userId
		);
		when(
			user.isActive()
		).thenReturn(
			true
		);
		when(
			user.getFullName()
		).thenReturn(
			"Medarbetare " + userId
		);
		when(
			_userLocalService.fetchUserByEmailAddress(_COMPANY_ID, emailAddress)
		).thenReturn(
			user
		);
		when(
			_userLocalService.fetchUserByScreenName(_COMPANY_ID, screenName)
		).thenReturn(
			user
		);
		when(
			_organizationLocalService.getUserOrganizationIds(
				eq(userId), anyBoolean())
		).thenReturn(
			new long[] {organizationId}
		);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _SOF = 1;

	private static final long _VOF = 2;

	private final CourseSession _courseSession = new CourseSessionImpl();
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final RegistrationListReader _reader = new RegistrationListReader();
	private final RegistrationPersistence _registrationPersistence = mock(
		RegistrationPersistence.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
