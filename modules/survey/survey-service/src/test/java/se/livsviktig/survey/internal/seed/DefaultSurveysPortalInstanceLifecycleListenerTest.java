package se.livsviktig.survey.internal.seed;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.GroupConstants;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.service.SurveyLocalService;

/**
 * @author Livsviktig
 */
public class DefaultSurveysPortalInstanceLifecycleListenerTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_listener, "_groupLocalService", _groupLocalService);
		Fields.set(_listener, "_surveyLocalService", _surveyLocalService);
		Fields.set(_listener, "_userLocalService", _userLocalService);

		when(_company.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_group.getGroupId()).thenReturn(_GUEST_GROUP_ID);
		when(_userLocalService.getGuestUserId(_COMPANY_ID)).thenReturn(
			_GUEST_USER_ID);
	}

	@Test
	public void theDefaultSurveysGoToTheCompanysGuestSite() throws Exception {
		when(
			_groupLocalService.fetchGroup(_COMPANY_ID, GroupConstants.GUEST)
		).thenReturn(
			_group
		);
		when(
			_surveyLocalService.addDefaultSurveys(
				_GUEST_USER_ID, _GUEST_GROUP_ID)
		).thenReturn(
			List.of()
		);

		_listener.portalInstanceRegistered(_company);

		verify(_surveyLocalService).addDefaultSurveys(
			_GUEST_USER_ID, _GUEST_GROUP_ID);
	}

	@Test
	public void aCompanyWithoutAGuestSiteGetsNone() throws Exception {
		_listener.portalInstanceRegistered(_company);

		verifyNoInteractions(_surveyLocalService);
	}

	@Test
	public void losingTheRaceToAnotherNodeThatAddedThemIsNoFailure()
		throws Exception {

		when(
			_groupLocalService.fetchGroup(_COMPANY_ID, GroupConstants.GUEST)
		).thenReturn(
			_group
		);
		when(
			_surveyLocalService.addDefaultSurveys(
				_GUEST_USER_ID, _GUEST_GROUP_ID)
		).thenThrow(
			new SystemException("duplicate key value (uuid_, groupid)")
		);
		when(
			_surveyLocalService.hasDefaultSurveys(_COMPANY_ID, _GUEST_GROUP_ID)
		).thenReturn(
			true
		);

		_listener.portalInstanceRegistered(_company);
	}

	@Test
	public void anyOtherFailureIsReported() throws Exception {
		when(
			_groupLocalService.fetchGroup(_COMPANY_ID, GroupConstants.GUEST)
		).thenReturn(
			_group
		);

		SystemException systemException = new SystemException("no database");

		when(
			_surveyLocalService.addDefaultSurveys(
				_GUEST_USER_ID, _GUEST_GROUP_ID)
		).thenThrow(
			systemException
		);

		assertSame(
			systemException,
			assertThrows(
				SystemException.class,
				() -> _listener.portalInstanceRegistered(_company)));
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GUEST_GROUP_ID = 20121;

	private static final long _GUEST_USER_ID = 20100;

	private final Company _company = mock(Company.class);
	private final Group _group = mock(Group.class);
	private final GroupLocalService _groupLocalService = mock(
		GroupLocalService.class);
	private final DefaultSurveysPortalInstanceLifecycleListener _listener =
		new DefaultSurveysPortalInstanceLifecycleListener();
	private final SurveyLocalService _surveyLocalService = mock(
		SurveyLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
