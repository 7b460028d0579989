package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.LocaleUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.TrainingMethodNameException;
import se.livsviktig.training.exception.TrainingMethodRuleException;
import se.livsviktig.training.model.TrainingMethod;

/**
 * @author Livsviktig
 */
public class EditTrainingMethodDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics().maxLength(
		TrainingMethod.class, "name", 150);

	@BeforeEach
	public void setUp() {
		new PortletSessions(kernelStatics.portal()).with(_renderRequest);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_themeDisplay.getLocale()
		).thenReturn(
			LocaleUtil.US
		);
	}

	@Test
	public void afterARefusedSaveTheFormShowsWhatWasTypedNotWhatIsStored() {
		SessionErrors.add(
			_renderRequest, TrainingMethodNameException.class,
			new TrainingMethodNameException());

		_param("name_sv_SE", "");
		_param("name_en_US", "Mental Health First Aid");
		_param("instructorsPerSession", "7");
		_param("certifiedInstructorsRequired", "false");

		EditTrainingMethodDisplayContext displayContext = _displayContext(
			_storedMethod());

		assertEquals(7, displayContext.getInstructorsPerSession());
		assertFalse(displayContext.isCertifiedInstructorsRequired());
		assertEquals(
			Arrays.asList("", "Mental Health First Aid"),
			_values(displayContext.getNameInputs()));
	}

	@Test
	public void aNameErrorLinksToTheNameInTheSitesDefaultLanguage() {
		SessionErrors.add(
			_renderRequest, TrainingMethodNameException.class,
			new TrainingMethodNameException());

		List<FormError> errors = _displayContext(null).getErrors();

		assertEquals(1, errors.size());

		FormError formError = errors.get(0);

		assertEquals("name_sv_SE", formError.getFieldName());
		assertEquals(
			"enter-a-name-in-x-of-at-most-x-characters",
			formError.getMessageKey());
		assertArrayEquals(
			new Object[] {"Swedish", 150}, formError.getArguments());
	}

	@Test
	public void aRuleErrorNamesTheFieldAndTheAllowedRange() {
		SessionErrors.add(
			_renderRequest, TrainingMethodRuleException.class,
			new TrainingMethodRuleException("requiredAttendancePercent", 1, 100));

		FormError formError = _displayContext(
			null
		).getErrors(
		).get(
			0
		);

		assertEquals("requiredAttendancePercent", formError.getFieldName());
		assertEquals("x-must-be-a-number-from-x-to-x", formError.getMessageKey());
		assertArrayEquals(
			new Object[] {"required-attendance-percent", 1, 100},
			formError.getArguments());
	}

	@Test
	public void theDefaultLanguageComesFirstAndOnlyItIsRequired() {
		List<LocalizedInput> nameInputs = _displayContext(
			null
		).getNameInputs();

		assertEquals("name_sv_SE", nameInputs.get(0).getInputName());
		assertEquals("Swedish", nameInputs.get(0).getLanguageName());
		assertEquals("sv-SE", nameInputs.get(0).getLanguageTag());
		assertTrue(nameInputs.get(0).isRequired());
		assertEquals(150, nameInputs.get(0).getMaxLength());
		assertEquals("name_en_US", nameInputs.get(1).getInputName());
		assertFalse(nameInputs.get(1).isRequired());
	}

	@Test
	public void theEditFormShowsTheStoredMethod() {
		EditTrainingMethodDisplayContext displayContext = _displayContext(
			_storedMethod());

		assertEquals("edit-training-method", displayContext.getTitleKey());
		assertEquals(40001, displayContext.getTrainingMethodId());
		assertEquals(2, displayContext.getInstructorsPerSession());
		assertEquals(75, displayContext.getRequiredAttendancePercent());
		assertFalse(displayContext.isCertifiedInstructorsRequired());
		assertEquals(
			Arrays.asList("MHFA Vuxen", "MHFA Adult"),
			_values(displayContext.getNameInputs()));
		assertFalse(displayContext.hasErrors());
	}

	@Test
	public void theNewFormStartsFromTheMethodDefaults() {
		EditTrainingMethodDisplayContext displayContext = _displayContext(null);

		assertEquals("add-training-method", displayContext.getTitleKey());
		assertEquals(0, displayContext.getTrainingMethodId());
		assertEquals(1, displayContext.getInstructorsPerSession());
		assertEquals(100, displayContext.getRequiredAttendancePercent());
		assertEquals(180, displayContext.getFollowUpSurveyDays());
		assertTrue(displayContext.isCertifiedInstructorsRequired());
		assertEquals(Arrays.asList("", ""), _values(displayContext.getNameInputs()));
	}

	@Test
	public void withoutARedirectSaveAndCancelLeadBackToTheCatalogue() {
		PortletURL portletURL = mock(PortletURL.class);

		when(
			portletURL.getRenderParameters()
		).thenReturn(
			mock(MutableRenderParameters.class)
		);
		when(
			portletURL.toString()
		).thenReturn(
			"/catalogue"
		);
		when(
			_renderResponse.createRenderURL()
		).thenReturn(
			portletURL
		);

		assertEquals("/catalogue", _displayContext(null).getRedirect());
		assertEquals(
			"/back",
			new EditTrainingMethodDisplayContext(
				_renderRequest, _renderResponse, null,
				Arrays.asList(_SWEDISH, LocaleUtil.US), _SWEDISH, "/back"
			).getRedirect());
	}

	private EditTrainingMethodDisplayContext _displayContext(
		TrainingMethod trainingMethod) {

		return new EditTrainingMethodDisplayContext(
			_renderRequest, _renderResponse, trainingMethod,
			Arrays.asList(LocaleUtil.US, _SWEDISH), _SWEDISH, "");
	}

	private void _param(String name, String value) {
		when(
			_renderRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private TrainingMethod _storedMethod() {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getTrainingMethodId()
		).thenReturn(
			40001L
		);
		when(
			trainingMethod.getInstructorsPerSession()
		).thenReturn(
			2
		);
		when(
			trainingMethod.getRequiredAttendancePercent()
		).thenReturn(
			75
		);
		when(
			trainingMethod.getName(_SWEDISH, false)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			trainingMethod.getName(LocaleUtil.US, false)
		).thenReturn(
			"MHFA Adult"
		);

		return trainingMethod;
	}

	private List<String> _values(List<LocalizedInput> localizedInputs) {
		return Arrays.asList(
			localizedInputs.stream(
			).map(
				LocalizedInput::getValue
			).toArray(
				String[]::new
			));
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
