package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
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
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.exception.CourseDescriptionException;
import se.livsviktig.training.exception.CourseDurationException;
import se.livsviktig.training.exception.CourseTitleException;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.model.impl.TrainingMethodImpl;
import se.livsviktig.training.service.persistence.CoursePersistence;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;

/**
 * A course is stored only when its input is valid; bad input is refused with the exception the form shows,
 * and nothing is written.
 *
 * @author Livsviktig
 */
public class CourseLocalServiceImplTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics().maxLength(
		Course.class, "title", 150
	).maxLength(
		Course.class, "targetAudience", 500
	);

	public static Stream<Arguments> badInput() {
		return Stream.of(
			_bad(
				"no title", input -> input.titleMap = null,
				CourseTitleException.class),
			_bad(
				"a blank title", input -> input.titleMap = _swedish("   "),
				CourseTitleException.class),
			_bad(
				"a title only in another language than the site's",
				input -> {
					input.titleMap = new HashMap<>();

					input.titleMap.put(LocaleUtil.US, "Mental Health First Aid");
				},
				CourseTitleException.class),
			_bad(
				"a title longer than 150 characters",
				input -> input.titleMap = _swedish("T".repeat(151)),
				CourseTitleException.class),
			_bad(
				"a title with a line break, which would start a new header " +
					"in the notices' subject",
				input -> input.titleMap = _swedish(
					"MHFA\r\nBcc: alla@kommun.se"),
				CourseTitleException.class),
			_bad(
				"a title with a line break in another language",
				input -> {
					input.titleMap = _swedish("MHFA Vuxen");

					input.titleMap.put(LocaleUtil.US, "MHFA\nAdults");
				},
				CourseTitleException.class),
			_bad(
				"a description longer than 4000 characters",
				input -> input.descriptionMap = _swedish("d".repeat(4001)),
				CourseDescriptionException.class),
			_bad(
				"a target audience longer than 500 characters",
				input -> input.targetAudienceMap = _swedish("m".repeat(501)),
				CourseDescriptionException.class),
			_bad(
				"a duration of 0 hours", input -> input.durationHours = 0,
				CourseDurationException.class),
			_bad(
				"a negative duration", input -> input.durationHours = -7.5,
				CourseDurationException.class),
			_bad(
				"a duration over 1000 hours",
				input -> input.durationHours = 1000.5,
				CourseDurationException.class),
			_bad(
				"a duration that is not a number",
				input -> input.durationHours = Double.NaN,
				CourseDurationException.class),
			_bad(
				"a method that does not exist",
				input -> input.trainingMethodId = 404,
				NoSuchTrainingMethodException.class),
			_bad(
				"another company's method",
				input -> input.trainingMethodId = _OTHER_COMPANY_METHOD_ID,
				NoSuchTrainingMethodException.class),
			_bad(
				"an archived method",
				input -> input.trainingMethodId = _ARCHIVED_METHOD_ID,
				NoSuchTrainingMethodException.class));
	}

	@ParameterizedTest(name = "addCourse refuses {0} and writes nothing")
	@MethodSource("badInput")
	public void addCourseRefusesBadInputAndWritesNothing(
			String what, Consumer<CourseInput> breakIt,
			Class<? extends Exception> exceptionClass)
		throws Exception {

		CourseInput input = new CourseInput();

		breakIt.accept(input);

		assertThrows(exceptionClass, () -> _add(input));

		verify(
			_coursePersistence, never()
		).create(
			anyLong()
		);
		verify(
			_coursePersistence, never()
		).update(
			any(Course.class)
		);
		verifyNoInteractions(_resourceLocalService);
	}

	@Test
	public void addCourseStoresValidInputWithPermissions() throws Exception {
		ServiceContext serviceContext = new ServiceContext();

		Map<Locale, String> titleMap = _swedish("MHFA Vuxen för chefer");

		assertSame(
			_course,
			_service.addCourse(
				_USER_ID, _GROUP_ID, _METHOD_ID, titleMap,
				_swedish("Två dagar"), _swedish("Chefer"), 14, true,
				serviceContext));

		verify(_course).setCompanyId(_COMPANY_ID);
		verify(_course).setTrainingMethodId(_METHOD_ID);
		verify(_course).setTitleMap(titleMap);
		verify(_course).setDurationHours(14);
		verify(_course).setStatus(WorkflowConstants.STATUS_APPROVED);
		verify(
			_coursePersistence
		).update(
			_course
		);
		verify(
			_resourceLocalService
		).addModelResources(
			_course, serviceContext
		);
	}

	@ParameterizedTest(name = "updateCourse refuses {0} and writes nothing")
	@MethodSource("badInput")
	public void updateCourseRefusesBadInputAndWritesNothing(
			String what, Consumer<CourseInput> breakIt,
			Class<? extends Exception> exceptionClass)
		throws Exception {

		_storedCourse();

		CourseInput input = new CourseInput();

		breakIt.accept(input);

		assertThrows(
			exceptionClass,
			() -> _service.updateCourse(
				_COURSE_ID, input.trainingMethodId, input.titleMap,
				input.descriptionMap, input.targetAudienceMap,
				input.durationHours, false, new ServiceContext()));

		verify(
			_coursePersistence, never()
		).update(
			any(Course.class)
		);
		verify(
			_course, never()
		).setTitleMap(
			any()
		);
		verify(
			_course, never()
		).setDurationHours(
			anyDouble()
		);
		verify(
			_course, never()
		).setTrainingMethodId(
			anyLong()
		);
	}

	@Test
	public void updateCourseStoresValidInput() throws Exception {
		_storedCourse();

		Map<Locale, String> titleMap = _swedish("Våga fråga – fördjupning");

		_service.updateCourse(
			_COURSE_ID, _METHOD_ID, titleMap, null, null, 6, false,
			new ServiceContext());

		verify(_course).setTitleMap(titleMap);
		verify(_course).setDurationHours(6);
		verify(
			_coursePersistence
		).update(
			_course
		);
	}

	public static class CourseInput {

		public Map<Locale, String> descriptionMap = _swedish("Två dagar");
		public double durationHours = 14;
		public Map<Locale, String> targetAudienceMap = _swedish("Alla");
		public Map<Locale, String> titleMap = _swedish("MHFA Vuxen");
		public long trainingMethodId = _METHOD_ID;

	}

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "coursePersistence", _coursePersistence);
		Fields.set(_service, "resourceLocalService", _resourceLocalService);
		Fields.set(
			_service, "trainingMethodPersistence", _trainingMethodPersistence);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_portal", _portal);

		when(
			_portal.getSiteDefaultLocale(_GROUP_ID)
		).thenReturn(
			_SWEDISH
		);

		User user = mock(User.class);

		when(
			user.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			user.getFullName()
		).thenReturn(
			"Anna Samordnare"
		);
		when(
			_userLocalService.getUser(_USER_ID)
		).thenReturn(
			user
		);

		when(
			_counterLocalService.increment()
		).thenReturn(
			_COURSE_ID
		);
		when(
			_coursePersistence.create(_COURSE_ID)
		).thenReturn(
			_course
		);
		when(
			_coursePersistence.update(any(Course.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);

		_method(_METHOD_ID, _COMPANY_ID, WorkflowConstants.STATUS_APPROVED);
		_method(
			_OTHER_COMPANY_METHOD_ID, 1, WorkflowConstants.STATUS_APPROVED);
		_method(
			_ARCHIVED_METHOD_ID, _COMPANY_ID,
			WorkflowConstants.STATUS_INACTIVE);
	}

	private static Arguments _bad(
		String what, Consumer<CourseInput> breakIt,
		Class<? extends Exception> exceptionClass) {

		return arguments(what, breakIt, exceptionClass);
	}

	private static Map<Locale, String> _swedish(String text) {
		Map<Locale, String> map = new HashMap<>();

		map.put(_SWEDISH, text);

		return map;
	}

	private Course _add(CourseInput input) throws Exception {
		return _service.addCourse(
			_USER_ID, _GROUP_ID, input.trainingMethodId, input.titleMap,
			input.descriptionMap, input.targetAudienceMap, input.durationHours,
			false, new ServiceContext());
	}

	private void _method(long trainingMethodId, long companyId, int status) {
		TrainingMethod trainingMethod = new TrainingMethodImpl();

		trainingMethod.setTrainingMethodId(trainingMethodId);
		trainingMethod.setCompanyId(companyId);
		trainingMethod.setStatus(status);

		when(
			_trainingMethodPersistence.fetchByPrimaryKey(trainingMethodId)
		).thenReturn(
			trainingMethod
		);
	}

	private void _storedCourse() throws Exception {
		when(
			_course.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_course.getGroupId()
		).thenReturn(
			_GROUP_ID
		);
		when(
			_coursePersistence.findByPrimaryKey(_COURSE_ID)
		).thenReturn(
			_course
		);
	}

	private static final long _ARCHIVED_METHOD_ID = 80003;

	private static final long _COMPANY_ID = 20097;

	private static final long _COURSE_ID = 70001;

	private static final long _GROUP_ID = 20121;

	private static final long _METHOD_ID = 80001;

	private static final long _OTHER_COMPANY_METHOD_ID = 80002;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private static final long _USER_ID = 30000;

	private final Course _course = mock(Course.class);
	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final CoursePersistence _coursePersistence = mock(
		CoursePersistence.class);
	private final Portal _portal = mock(Portal.class);
	private final ResourceLocalService _resourceLocalService = mock(
		ResourceLocalService.class);
	private final CourseLocalServiceImpl _service =
		new CourseLocalServiceImpl();
	private final TrainingMethodPersistence _trainingMethodPersistence = mock(
		TrainingMethodPersistence.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
