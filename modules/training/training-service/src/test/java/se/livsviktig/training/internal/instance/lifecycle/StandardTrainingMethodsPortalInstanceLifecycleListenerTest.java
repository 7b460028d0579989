package se.livsviktig.training.internal.instance.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.LocaleUtil;
import com.liferay.portal.kernel.util.Portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Every company gets the nine standard training methods once, in Swedish and English, and a company that
 * already has a method is left alone.
 *
 * @author Livsviktig
 */
public class StandardTrainingMethodsPortalInstanceLifecycleListenerTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_listener, "_portal", _portal);
		Fields.set(
			_listener, "_trainingMethodLocalService",
			_trainingMethodLocalService);
		Fields.set(_listener, "_userLocalService", _userLocalService);

		when(
			_company.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_company.getGroupId()
		).thenReturn(
			_COMPANY_GROUP_ID
		);
		when(
			_portal.getSiteDefaultLocale(_COMPANY_GROUP_ID)
		).thenReturn(
			_SWEDISH
		);
		when(
			_userLocalService.getGuestUserId(_COMPANY_ID)
		).thenReturn(
			_GUEST_USER_ID
		);

		when(
			_trainingMethodLocalService.getTrainingMethodsCount(
				_COMPANY_GROUP_ID)
		).thenAnswer(
			invocation -> _added.size()
		);
		when(
			_trainingMethodLocalService.addTrainingMethod(
				anyLong(), anyLong(), anyString(), any(), any(), anyBoolean(),
				anyInt(), anyInt(), anyInt(), anyInt(), anyInt(),
				any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				_added.add(invocation.getArguments());

				return null;
			}
		);
	}

	@Test
	public void aCompanyThatHasAMethodGetsNone() throws Exception {
		_added.add(new Object[0]);

		_listener.portalInstanceRegistered(_company);

		_verifyNoneAdded();
	}

	@Test
	public void aCompanyWithoutMethodsGetsTheNineStandardOnes()
		throws Exception {

		_listener.portalInstanceRegistered(_company);

		assertEquals(9, _added.size());

		List<String> externalReferenceCodes = new ArrayList<>();

		for (int i = 0; i < _added.size(); i++) {
			Object[] arguments = _added.get(i);

			assertEquals(_GUEST_USER_ID, arguments[0]);
			assertEquals(_COMPANY_GROUP_ID, arguments[1]);

			externalReferenceCodes.add((String)arguments[2]);

			@SuppressWarnings("unchecked")
			Map<Locale, String> nameMap = (Map<Locale, String>)arguments[3];

			assertTrue(
				nameMap.get(
					_SWEDISH
				).startsWith(
					_SWEDISH_NAMES.get(i)
				),
				nameMap.toString());
			assertTrue(
				nameMap.get(
					LocaleUtil.US
				).startsWith(
					_ENGLISH_NAMES.get(i)
				),
				nameMap.toString());

			ServiceContext serviceContext = (ServiceContext)arguments[11];

			assertEquals(_COMPANY_ID, serviceContext.getCompanyId());
			assertTrue(serviceContext.isAddGroupPermissions());
			assertTrue(serviceContext.isAddGuestPermissions());
		}

		assertEquals(
			Arrays.asList(
				"MHFA_VUXEN", "MHFA_UNGDOM", "MHFA_ALDRE", "YAM", "PSYK_E_BAS",
				"PSYK_E_BAS_SENIOR", "SIP", "VAGA_FRAGA", "MI"),
			externalReferenceCodes);
	}

	@Test
	public void aSiteInEnglishGetsTheEnglishNamesAsItsDefault()
		throws Exception {

		when(
			_portal.getSiteDefaultLocale(_COMPANY_GROUP_ID)
		).thenReturn(
			LocaleUtil.UK
		);

		_listener.portalInstanceRegistered(_company);

		@SuppressWarnings("unchecked")
		Map<Locale, String> nameMap = (Map<Locale, String>)_added.get(
			0)[3];

		assertEquals("MHFA Adult – Mental Health First Aid", nameMap.get(
			LocaleUtil.UK));
		assertTrue(
			nameMap.get(
				_SWEDISH
			).startsWith(
				"MHFA Vuxen"
			));
	}

	@Test
	public void registeringTheCompanyAgainAddsNothing() throws Exception {
		_listener.portalInstanceRegistered(_company);
		_listener.portalInstanceRegistered(_company);

		assertEquals(9, _added.size());
	}

	private void _verifyNoneAdded() throws Exception {
		verify(
			_trainingMethodLocalService, never()
		).addTrainingMethod(
			anyLong(), anyLong(), anyString(), any(), any(), anyBoolean(),
			anyInt(), anyInt(), anyInt(), anyInt(), anyInt(),
			any(ServiceContext.class)
		);
	}

	private static final long _COMPANY_GROUP_ID = 20121;

	private static final long _COMPANY_ID = 20097;

	private static final List<String> _ENGLISH_NAMES = Arrays.asList(
		"MHFA Adult", "MHFA Youth", "MHFA Older Adults", "YAM", "Psyk-E bas",
		"Psyk-E bas Senior", "SIP", "Dare to Ask", "MI");

	private static final long _GUEST_USER_ID = 20101;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private static final List<String> _SWEDISH_NAMES = Arrays.asList(
		"MHFA Vuxen", "MHFA Ungdom", "MHFA Äldre", "YAM", "Psyk-E bas",
		"Psyk-E bas Senior", "SIP", "Våga fråga", "MI");

	private final List<Object[]> _added = new ArrayList<>();
	private final Company _company = mock(Company.class);
	private final StandardTrainingMethodsPortalInstanceLifecycleListener
		_listener = new StandardTrainingMethodsPortalInstanceLifecycleListener();
	private final Portal _portal = mock(Portal.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
