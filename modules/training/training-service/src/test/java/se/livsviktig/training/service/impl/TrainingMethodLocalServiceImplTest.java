package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.LocaleUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.exception.RequiredTrainingMethodException;
import se.livsviktig.training.exception.TrainingMethodDescriptionException;
import se.livsviktig.training.exception.TrainingMethodNameException;
import se.livsviktig.training.exception.TrainingMethodRuleException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.persistence.CoursePersistence;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;

/**
 * @author Livsviktig
 */
public class TrainingMethodLocalServiceImplTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics().maxLength(
		TrainingMethod.class, "name", 150);

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "coursePersistence", _coursePersistence);
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "resourceLocalService", _resourceLocalService);
		Fields.set(
			_service, "trainingMethodLocalService", _service);
		Fields.set(
			_service, "trainingMethodPersistence", _trainingMethodPersistence);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_portal", _portal);

		when(
			_portal.getSiteDefaultLocale(_GROUP_ID)
		).thenReturn(
			_SWEDISH
		);

		when(
			_user.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_user.getFullName()
		).thenReturn(
			"Anna Samordnare"
		);
		when(
			_user.getUserId()
		).thenReturn(
			_USER_ID
		);
		when(
			_userLocalService.getUser(_USER_ID)
		).thenReturn(
			_user
		);

		when(
			_counterLocalService.increment()
		).thenReturn(
			_TRAINING_METHOD_ID
		);
		when(
			_trainingMethodPersistence.create(_TRAINING_METHOD_ID)
		).thenReturn(
			_trainingMethod
		);
		when(
			_trainingMethodPersistence.update(_trainingMethod)
		).thenReturn(
			_trainingMethod
		);
	}

	@Test
	public void addTrainingMethodRefusesADescriptionLongerThan4000Characters() {
		Map<Locale, String> descriptionMap = new HashMap<>();

		descriptionMap.put(_SWEDISH, "x".repeat(4001));

		assertThrows(
			TrainingMethodDescriptionException.class,
			() -> _add(_names("MHFA Vuxen"), descriptionMap, 2, 100, 0, 0));

		_verifyNothingWritten();
	}

	@Test
	public void addTrainingMethodRefusesANameLongerThanItsModelHint() {
		assertThrows(
			TrainingMethodNameException.class,
			() -> _add(_names("M".repeat(151)), null, 2, 100, 0, 0));

		_verifyNothingWritten();
	}

	@Test
	public void aNameOfOnlySpacesIsNoName() {
		assertThrows(
			TrainingMethodNameException.class,
			() -> _add(_names("   "), null, 2, 100, 0, 0));

		_verifyNothingWritten();
	}

	@Test
	public void addTrainingMethodRequiresANameInTheSitesDefaultLanguage() {
		Map<Locale, String> nameMap = new HashMap<>();

		nameMap.put(LocaleUtil.US, "Mental Health First Aid");

		assertThrows(
			TrainingMethodNameException.class,
			() -> _add(nameMap, null, 2, 100, 0, 0));

		_verifyNothingWritten();
	}

	@Test
	public void addTrainingMethodStoresItsRulesAndGivesItPermissions()
		throws Exception {

		ServiceContext serviceContext = new ServiceContext();

		TrainingMethod trainingMethod = _service.addTrainingMethod(
			_USER_ID, _GROUP_ID, "MHFA_VUXEN", _names("MHFA Vuxen"), null,
			true, 2, 100, 2, 24, 180, serviceContext);

		assertSame(_trainingMethod, trainingMethod);

		verify(_trainingMethod).setExternalReferenceCode("MHFA_VUXEN");
		verify(_trainingMethod).setGroupId(_GROUP_ID);
		verify(_trainingMethod).setCompanyId(_COMPANY_ID);
		verify(_trainingMethod).setUserName("Anna Samordnare");
		verify(_trainingMethod).setNameMap(_names("MHFA Vuxen"));
		verify(_trainingMethod).setCertifiedInstructorsRequired(true);
		verify(_trainingMethod).setInstructorsPerSession(2);
		verify(_trainingMethod).setRequiredAttendancePercent(100);
		verify(_trainingMethod).setLicenceSessionsRequired(2);
		verify(_trainingMethod).setLicencePeriodMonths(24);
		verify(_trainingMethod).setFollowUpSurveyDays(180);
		verify(_trainingMethod).setStatus(WorkflowConstants.STATUS_APPROVED);
		verify(_resourceLocalService).addModelResources(
			_trainingMethod, serviceContext);
	}

	@ParameterizedTest(name = "{0} = {1} is refused")
	@CsvSource(
		{
			"instructorsPerSession, 0, 1, 20",
			"instructorsPerSession, 21, 1, 20",
			"requiredAttendancePercent, 0, 1, 100",
			"requiredAttendancePercent, 101, 1, 100",
			"licenceSessionsRequired, -1, 0, 100",
			"licencePeriodMonths, 121, 0, 120",
			"followUpSurveyDays, -1, 0, 3650"
		}
	)
	public void aRuleOutsideItsRangeIsRefusedNamingTheFieldAndRange(
		String field, int value, int min, int max) {

		int[] rules = {2, 100, 0, 0, 180};

		if (field.equals("instructorsPerSession")) {
			rules[0] = value;
		}
		else if (field.equals("requiredAttendancePercent")) {
			rules[1] = value;
		}
		else if (field.equals("licenceSessionsRequired")) {
			rules[2] = value;
		}
		else if (field.equals("licencePeriodMonths")) {
			rules[3] = value;
		}
		else {
			rules[4] = value;
		}

		TrainingMethodRuleException trainingMethodRuleException =
			assertThrows(
				TrainingMethodRuleException.class,
				() -> _service.addTrainingMethod(
					_USER_ID, _GROUP_ID, null, _names("YAM"), null, false,
					rules[0], rules[1], rules[2], rules[3], rules[4],
					new ServiceContext()));

		assertEquals(field, trainingMethodRuleException.getField());
		assertEquals(min, trainingMethodRuleException.getMin());
		assertEquals(max, trainingMethodRuleException.getMax());

		_verifyNothingWritten();
	}

	@Test
	public void deleteTrainingMethodIsRefusedWhileCoursesUseIt()
		throws Exception {

		when(
			_trainingMethod.getTrainingMethodId()
		).thenReturn(
			_TRAINING_METHOD_ID
		);
		when(
			_coursePersistence.countByTrainingMethodId(_TRAINING_METHOD_ID)
		).thenReturn(
			3
		);

		assertThrows(
			RequiredTrainingMethodException.class,
			() -> _service.deleteTrainingMethod(_trainingMethod));

		verify(
			_trainingMethodPersistence, never()
		).remove(
			any(TrainingMethod.class)
		);
		verify(
			_resourceLocalService, never()
		).deleteResource(
			anyLong(), any(String.class), any(Integer.class), anyLong()
		);
	}

	@Test
	public void deleteTrainingMethodRemovesAnUnusedMethodAndItsPermissions()
		throws Exception {

		when(
			_trainingMethod.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_trainingMethod.getTrainingMethodId()
		).thenReturn(
			_TRAINING_METHOD_ID
		);
		when(
			_trainingMethodPersistence.findByPrimaryKey(_TRAINING_METHOD_ID)
		).thenReturn(
			_trainingMethod
		);

		_service.deleteTrainingMethod(_TRAINING_METHOD_ID);

		verify(_trainingMethodPersistence).remove(_trainingMethod);
		verify(_resourceLocalService).deleteResource(
			_COMPANY_ID, TrainingMethod.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL, _TRAINING_METHOD_ID);
	}

	@Test
	public void licenceUpkeepNeedsAPeriodToCountSessionsIn() {
		TrainingMethodRuleException trainingMethodRuleException =
			assertThrows(
				TrainingMethodRuleException.class,
				() -> _add(_names("Psyk-E bas"), null, 1, 100, 2, 0));

		assertEquals(
			"licencePeriodMonths", trainingMethodRuleException.getField());

		_verifyNothingWritten();
	}

	@Test
	public void updateStatusAcceptsOnlyActiveOrArchived() throws Exception {
		assertThrows(
			TrainingMethodRuleException.class,
			() -> _service.updateStatus(
				_USER_ID, _TRAINING_METHOD_ID, WorkflowConstants.STATUS_DRAFT));

		when(
			_trainingMethodPersistence.findByPrimaryKey(_TRAINING_METHOD_ID)
		).thenReturn(
			_trainingMethod
		);

		_service.updateStatus(
			_USER_ID, _TRAINING_METHOD_ID, WorkflowConstants.STATUS_INACTIVE);

		verify(_trainingMethod).setStatus(WorkflowConstants.STATUS_INACTIVE);
		verify(_trainingMethod).setStatusByUserName("Anna Samordnare");
	}

	@Test
	public void updateTrainingMethodChecksTheNameInItsOwnSitesDefaultLanguage()
		throws Exception {

		long otherGroupId = 99;

		when(
			_trainingMethod.getGroupId()
		).thenReturn(
			otherGroupId
		);
		when(
			_portal.getSiteDefaultLocale(otherGroupId)
		).thenReturn(
			LocaleUtil.US
		);
		when(
			_trainingMethodPersistence.findByPrimaryKey(_TRAINING_METHOD_ID)
		).thenReturn(
			_trainingMethod
		);

		assertThrows(
			TrainingMethodNameException.class,
			() -> _service.updateTrainingMethod(
				_TRAINING_METHOD_ID, _names("Endast svenska"), null, false, 1,
				100, 0, 0, 0, new ServiceContext()));

		verify(
			_trainingMethodPersistence, never()
		).update(
			any(TrainingMethod.class)
		);
	}

	private TrainingMethod _add(
			Map<Locale, String> nameMap, Map<Locale, String> descriptionMap,
			int instructorsPerSession, int requiredAttendancePercent,
			int licenceSessionsRequired, int licencePeriodMonths)
		throws Exception {

		return _service.addTrainingMethod(
			_USER_ID, _GROUP_ID, null, nameMap, descriptionMap, true,
			instructorsPerSession, requiredAttendancePercent,
			licenceSessionsRequired, licencePeriodMonths, 180,
			new ServiceContext());
	}

	private Map<Locale, String> _names(String swedishName) {
		Map<Locale, String> nameMap = new HashMap<>();

		nameMap.put(_SWEDISH, swedishName);

		return nameMap;
	}

	private void _verifyNothingWritten() {
		verify(
			_trainingMethodPersistence, never()
		).update(
			any(TrainingMethod.class)
		);

		try {
			verify(
				_resourceLocalService, never()
			).addModelResources(
				any(TrainingMethod.class), any(ServiceContext.class)
			);
		}
		catch (Exception exception) {
			throw new AssertionError(exception);
		}
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private static final long _TRAINING_METHOD_ID = 40001;

	private static final long _USER_ID = 20125;

	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final CoursePersistence _coursePersistence = mock(
		CoursePersistence.class);
	private final Portal _portal = mock(Portal.class);
	private final ResourceLocalService _resourceLocalService = mock(
		ResourceLocalService.class);
	private final TrainingMethodLocalServiceImpl _service =
		new TrainingMethodLocalServiceImpl();
	private final TrainingMethod _trainingMethod = mock(TrainingMethod.class);
	private final TrainingMethodPersistence _trainingMethodPersistence = mock(
		TrainingMethodPersistence.class);
	private final User _user = mock(User.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
