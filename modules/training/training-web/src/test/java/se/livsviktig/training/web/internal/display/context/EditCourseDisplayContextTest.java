package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.LocaleUtil;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.CourseDescriptionException;
import se.livsviktig.training.exception.CourseDurationException;
import se.livsviktig.training.exception.CourseTitleException;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.exception.RequiredCourseException;
import se.livsviktig.training.exception.TrainingMethodRuleException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.TrainingMethod;

/**
 * The course form: a new course starts empty, a saved one shows its method, its texts in each of the site's
 * languages and its duration; after a refused save each typed refusal becomes its message by its field and
 * the form shows what was typed, not what is stored.
 *
 * @author Livsviktig
 */
public class EditCourseDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics().maxLength(
		Course.class, "title", 150
	).maxLength(
		Course.class, "targetAudience", 500
	);

	@BeforeEach
	public void setUp() {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_themeDisplay.getLocale()
		).thenReturn(
			_SWEDISH
		);
	}

	@MethodSource("refusals")
	@ParameterizedTest
	public void eachRefusalIsExplainedByItsField(
		Exception exception, String fieldName, String messageKey,
		Object[] arguments) {

		SessionErrors.add(_renderRequest, exception.getClass(), exception);

		EditCourseDisplayContext displayContext = _displayContext(
			_storedCourse());

		List<FormError> errors = displayContext.getErrors();

		assertEquals(1, errors.size());
		assertEquals(fieldName, errors.get(0).getFieldName());
		assertEquals(messageKey, errors.get(0).getMessageKey());
		assertArrayEquals(arguments, errors.get(0).getArguments());
		assertEquals(
			messageKey,
			displayContext.getError(
				fieldName
			).getMessageKey());
	}

	@Test
	public void everyRefusalTheActionSendsBackToTheFormHasAMessage() {
		for (Class<? extends Exception> errorClass :
				EditCourseDisplayContext.ERRORS) {

			SessionErrors.clear(_renderRequest);

			SessionErrors.add(_renderRequest, errorClass);

			assertEquals(
				1, _displayContext(_storedCourse()).getErrors().size(),
				errorClass.getName());
		}
	}

	@Test
	public void aNewCourseStartsEmptyWithNoMethodChosen() {
		EditCourseDisplayContext displayContext = _displayContext(null);

		assertTrue(displayContext.isNew());
		assertFalse(displayContext.isArchived());
		assertEquals("add-course", displayContext.getTitleKey());
		assertEquals(0, displayContext.getCourseId());
		assertEquals("", displayContext.getDurationHours());
		assertFalse(displayContext.isAutoBookInterested());
		assertEquals(
			Arrays.asList("", ""), _values(displayContext.getTitleInputs()));
		assertEquals(
			Arrays.asList("", ""),
			_values(displayContext.getDescriptionInputs()));
		assertEquals(
			Arrays.asList("", ""),
			_values(displayContext.getTargetAudienceInputs()));
		assertTrue(
			displayContext.getTrainingMethodOptions(
			).stream(
			).noneMatch(
				SelectOption::isSelected
			));
		assertTrue(displayContext.getErrors().isEmpty());
	}

	@Test
	public void aSavedCourseShowsItsTextsInSwedishAndEnglish() {
		EditCourseDisplayContext displayContext = _displayContext(
			_storedCourse());

		assertFalse(displayContext.isNew());
		assertEquals("edit-course", displayContext.getTitleKey());
		assertEquals(_COURSE_ID, displayContext.getCourseId());
		assertEquals(
			Arrays.asList("Första hjälpen till psykisk hälsa", "MHFA Adult"),
			_values(displayContext.getTitleInputs()));
		assertEquals(
			Arrays.asList("Två dagar om psykisk ohälsa", "Two days"),
			_values(displayContext.getDescriptionInputs()));
		assertEquals(
			Arrays.asList("Chefer", "Managers"),
			_values(displayContext.getTargetAudienceInputs()));
		assertEquals("7.5", displayContext.getDurationHours());
		assertTrue(displayContext.isAutoBookInterested());
		assertTrue(displayContext.getErrors().isEmpty());
	}

	@Test
	public void aTextMissingInALanguageIsAnEmptyInputNotTheDefaultLanguages() {
		Course course = _storedCourse();

		when(
			course.getTitle(LocaleUtil.US, false)
		).thenReturn(
			null
		);

		assertEquals(
			Arrays.asList("Första hjälpen till psykisk hälsa", ""),
			_values(_displayContext(course).getTitleInputs()));
	}

	@Test
	public void theSitesDefaultLanguageComesFirstAndOnlyItsTitleIsRequired() {
		EditCourseDisplayContext displayContext = _displayContext(null);

		List<LocalizedInput> titleInputs = displayContext.getTitleInputs();

		assertEquals("title_sv_SE", titleInputs.get(0).getInputName());
		assertEquals("svenska", titleInputs.get(0).getLanguageName());
		assertTrue(titleInputs.get(0).isRequired());
		assertEquals(150, titleInputs.get(0).getMaxLength());
		assertEquals("title_en_US", titleInputs.get(1).getInputName());
		assertFalse(titleInputs.get(1).isRequired());

		LocalizedInput descriptionInput =
			displayContext.getDescriptionInputs().get(0);

		assertEquals("description_sv_SE", descriptionInput.getInputName());
		assertFalse(descriptionInput.isRequired());
		assertEquals(
			EditCourseDisplayContext.TEXT_MAX_LENGTH,
			descriptionInput.getMaxLength());

		LocalizedInput targetAudienceInput =
			displayContext.getTargetAudienceInputs().get(1);

		assertEquals(
			"targetAudience_en_US", targetAudienceInput.getInputName());
		assertFalse(targetAudienceInput.isRequired());
	}

	@Test
	public void theTargetAudienceInputAllowsNoMoreThanTheServiceAccepts() {
		for (LocalizedInput localizedInput :
				_displayContext(null).getTargetAudienceInputs()) {

			assertEquals(
				500, localizedInput.getMaxLength(),
				"the service refuses a longer target audience");
		}
	}

	@Test
	public void wholeHoursAreShownWithoutDecimals() {
		Course course = _storedCourse();

		when(
			course.getDurationHours()
		).thenReturn(
			3.0
		);

		assertEquals("3", _displayContext(course).getDurationHours());
	}

	@Test
	public void theMethodsAreNamedInTheReadersLanguageAndTheCoursesIsChosen() {
		List<SelectOption> options = _displayContext(
			_storedCourse()
		).getTrainingMethodOptions();

		assertEquals(2, options.size());
		assertEquals("41", options.get(0).getValue());
		assertEquals("MHFA Vuxen", options.get(0).getName());
		assertFalse(options.get(0).isSelected());
		assertEquals("42", options.get(1).getValue());
		assertEquals("MHFA Ungdom", options.get(1).getName());
		assertTrue(options.get(1).isSelected());
	}

	@Test
	public void aRefusedSaveShowsWhatWasTypedNotWhatIsStored() {
		SessionErrors.add(
			_renderRequest, CourseDurationException.class,
			new CourseDurationException());

		_param("trainingMethodId", "41");
		_param("title_sv_SE", "Våga fråga");
		_param("title_en_US", "");
		_param("description_sv_SE", "En kväll");
		_param("targetAudience_en_US", "Everyone");
		_param("durationHours", "0");
		_param("autoBookInterested", "false");

		EditCourseDisplayContext displayContext = _displayContext(
			_storedCourse());

		assertEquals(
			Arrays.asList("Våga fråga", ""),
			_values(displayContext.getTitleInputs()));
		assertEquals(
			Arrays.asList("En kväll", ""),
			_values(displayContext.getDescriptionInputs()));
		assertEquals(
			Arrays.asList("", "Everyone"),
			_values(displayContext.getTargetAudienceInputs()));
		assertEquals("0", displayContext.getDurationHours());
		assertFalse(displayContext.isAutoBookInterested());

		List<SelectOption> options = displayContext.getTrainingMethodOptions();

		assertTrue(options.get(0).isSelected());
		assertFalse(options.get(1).isSelected());

		assertFalse(displayContext.isNew(), "still the saved course's form");
		assertEquals(_COURSE_ID, displayContext.getCourseId());
	}

	@Test
	public void aRefusedSaveOfANewCourseKeepsWhatWasTyped() {
		SessionErrors.add(
			_renderRequest, CourseTitleException.class,
			new CourseTitleException());

		_param("trainingMethodId", "42");
		_param("title_en_US", "Youth MHFA");
		_param("durationHours", "14");
		_param("autoBookInterested", "true");

		EditCourseDisplayContext displayContext = _displayContext(null);

		assertTrue(displayContext.isNew());
		assertEquals(
			Arrays.asList("", "Youth MHFA"),
			_values(displayContext.getTitleInputs()));
		assertEquals("14", displayContext.getDurationHours());
		assertTrue(displayContext.isAutoBookInterested());
		assertTrue(displayContext.getTrainingMethodOptions().get(1).isSelected());
	}

	@Test
	public void aRefusedDeleteStillShowsTheStoredCourse() {
		SessionErrors.add(
			_renderRequest, RequiredCourseException.class,
			new RequiredCourseException());

		_param("courseId", String.valueOf(_COURSE_ID));
		_param("redirect", "/courses");

		EditCourseDisplayContext displayContext = _displayContext(
			_storedCourse());

		assertEquals(
			"the-course-has-registrations-archive-it-instead",
			displayContext.getError(
				""
			).getMessageKey());
		assertEquals(
			Arrays.asList("Första hjälpen till psykisk hälsa", "MHFA Adult"),
			_values(displayContext.getTitleInputs()),
			"nothing was typed, so the form must not blank the course");
		assertEquals("7.5", displayContext.getDurationHours());
		assertTrue(displayContext.isAutoBookInterested());
		assertTrue(displayContext.getTrainingMethodOptions().get(1).isSelected());
	}

	@Test
	public void aPermissionRefusalIsLeftToTheErrorPageNotExplainedByAField() {
		assertFalse(
			EditCourseDisplayContext.ERRORS.contains(PrincipalException.class));
		assertFalse(
			EditCourseDisplayContext.ERRORS.contains(
				PrincipalException.MustHavePermission.class));

		SessionErrors.add(_renderRequest, PrincipalException.class);

		EditCourseDisplayContext displayContext = _displayContext(
			_storedCourse());

		assertTrue(displayContext.getErrors().isEmpty());
		assertNull(displayContext.getError("title_sv_SE"));
		assertNull(displayContext.getError(""));
	}

	@Test
	public void anArchivedCourseIsSaidToBeArchived() {
		Course course = _storedCourse();

		assertFalse(_displayContext(course).isArchived());

		when(
			course.getStatus()
		).thenReturn(
			WorkflowConstants.STATUS_INACTIVE
		);

		assertTrue(_displayContext(course).isArchived());
	}

	@Test
	public void withoutARedirectSaveAndCancelLeadBackToTheCourses() {
		PortletURL portletURL = mock(PortletURL.class);

		when(
			portletURL.getRenderParameters()
		).thenReturn(
			mock(MutableRenderParameters.class)
		);
		when(
			portletURL.toString()
		).thenReturn(
			"/courses"
		);
		when(
			_renderResponse.createRenderURL()
		).thenReturn(
			portletURL
		);

		assertEquals("/courses", _displayContext(null).getRedirect());
		assertEquals(
			"/back",
			new EditCourseDisplayContext(
				_renderRequest, _renderResponse, null, List.of(),
				Arrays.asList(_SWEDISH, LocaleUtil.US), _SWEDISH, "/back"
			).getRedirect());
	}

	protected static Stream<Arguments> refusals() {
		return Stream.of(
			Arguments.of(
				new CourseTitleException(), "title_sv_SE",
				"enter-a-title-in-x-of-at-most-x-characters",
				new Object[] {"svenska", 150}),
			Arguments.of(
				new CourseDescriptionException(), "description_sv_SE",
				"a-description-or-target-audience-may-have-at-most-x-" +
					"characters",
				new Object[] {EditCourseDisplayContext.TEXT_MAX_LENGTH}),
			Arguments.of(
				new CourseDurationException(), "durationHours",
				"enter-the-duration-in-hours-above-0", new Object[0]),
			Arguments.of(
				new NoSuchTrainingMethodException(), "trainingMethodId",
				"choose-an-active-training-method", new Object[0]),
			Arguments.of(
				new TrainingMethodRuleException(), "trainingMethodId",
				"choose-an-active-training-method", new Object[0]),
			Arguments.of(
				new RequiredCourseException(), "",
				"the-course-has-registrations-archive-it-instead",
				new Object[0]));
	}

	private EditCourseDisplayContext _displayContext(Course course) {
		return new EditCourseDisplayContext(
			_renderRequest, _renderResponse, course,
			List.of(_trainingMethod(41, "MHFA Vuxen"),
			_trainingMethod(42, "MHFA Ungdom")),
			Arrays.asList(LocaleUtil.US, _SWEDISH), _SWEDISH, "");
	}

	private void _param(String name, String value) {
		when(
			_renderRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private Course _storedCourse() {
		Course course = mock(Course.class);

		when(
			course.getCourseId()
		).thenReturn(
			_COURSE_ID
		);
		when(
			course.getTrainingMethodId()
		).thenReturn(
			42L
		);
		when(
			course.getStatus()
		).thenReturn(
			WorkflowConstants.STATUS_APPROVED
		);
		when(
			course.getTitle(_SWEDISH, false)
		).thenReturn(
			"Första hjälpen till psykisk hälsa"
		);
		when(
			course.getTitle(LocaleUtil.US, false)
		).thenReturn(
			"MHFA Adult"
		);
		when(
			course.getDescription(_SWEDISH, false)
		).thenReturn(
			"Två dagar om psykisk ohälsa"
		);
		when(
			course.getDescription(LocaleUtil.US, false)
		).thenReturn(
			"Two days"
		);
		when(
			course.getTargetAudience(_SWEDISH, false)
		).thenReturn(
			"Chefer"
		);
		when(
			course.getTargetAudience(LocaleUtil.US, false)
		).thenReturn(
			"Managers"
		);
		when(
			course.getDurationHours()
		).thenReturn(
			7.5
		);
		when(
			course.isAutoBookInterested()
		).thenReturn(
			true
		);

		return course;
	}

	private TrainingMethod _trainingMethod(long trainingMethodId, String name) {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getTrainingMethodId()
		).thenReturn(
			trainingMethodId
		);
		when(
			trainingMethod.getName(_SWEDISH)
		).thenReturn(
			name
		);

		return trainingMethod;
	}

	private List<String> _values(List<LocalizedInput> localizedInputs) {
		return localizedInputs.stream(
		).map(
			LocalizedInput::getValue
		).collect(
			Collectors.toList()
		);
	}

	private static final long _COURSE_ID = 501;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
