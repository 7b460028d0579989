package se.livsviktig.instructor.web.internal.display.context.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.servlet.SessionErrors;

import java.nio.file.Path;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.portlet.RenderRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.exception.NetworkMeetingDatesException;
import se.livsviktig.instructor.exception.NetworkMeetingPlaceException;
import se.livsviktig.instructor.exception.NetworkMeetingStateException;
import se.livsviktig.instructor.exception.NetworkMeetingTitleException;
import se.livsviktig.instructor.web.internal.display.context.FieldError;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.LanguageFiles;
import se.livsviktig.platform.test.support.PortletSessions;

/**
 * The meeting services' refusals on the meeting forms: at their fields, in the order of the form, with the limits
 * the messages name, in words this bundle has in both languages.
 *
 * @author Livsviktig
 */
public class MeetingFieldErrorsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);
	}

	@Test
	public void eachRefusalIsAtItsFieldInTheOrderOfTheForm() {
		SessionErrors.add(_renderRequest, NetworkMeetingPlaceException.class);
		SessionErrors.add(_renderRequest, NetworkMeetingTitleException.class);
		SessionErrors.add(_renderRequest, NetworkMeetingStateException.class);

		List<FieldError> fieldErrors = MeetingFieldErrors.of(_renderRequest);

		assertEquals(
			java.util.Arrays.asList(null, "title", "place"),
			fieldErrors.stream(
			).map(
				FieldError::getFieldName
			).collect(
				Collectors.toList()
			));
		assertEquals(
			"enter-a-meeting-title-of-at-most-x-characters",
			fieldErrors.get(1).getMessageKey());
		assertArrayEquals(
			new Object[] {NetworkMeetingConstants.TITLE_MAX_LENGTH},
			fieldErrors.get(1).getArguments());
	}

	@Test
	public void theDatesRefusalPointsAtTheStartWhenItIsMissingOtherwiseAtTheEnd() {
		SessionErrors.add(_renderRequest, NetworkMeetingDatesException.class);

		_param("startDate", "2030-03-30");
		_param("startTime", "");

		assertEquals(
			"startDate",
			MeetingFieldErrors.of(
				_renderRequest
			).get(
				0
			).getFieldName());

		_param("startTime", "18:00");

		assertEquals(
			"endDate",
			MeetingFieldErrors.of(
				_renderRequest
			).get(
				0
			).getFieldName());
	}

	@Test
	public void noRefusalNoErrors() {
		assertTrue(MeetingFieldErrors.of(_renderRequest).isEmpty());
	}

	@Test
	public void everyRefusalAMeetingPageShowsIsWordedInBothLanguagesOfThisBundle()
		throws Exception {

		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		Set<String> missingInEnglish = new TreeSet<>(
			MeetingFieldErrors.getErrorKeys());

		missingInEnglish.removeAll(languageFiles.englishKeys());

		Set<String> missingInSwedish = new TreeSet<>(
			MeetingFieldErrors.getErrorKeys());

		missingInSwedish.removeAll(languageFiles.swedishKeys());

		assertEquals(Set.of(), missingInEnglish);
		assertEquals(Set.of(), missingInSwedish);
		assertNull(
			MeetingFieldErrors.getErrorKeys(
			).stream(
			).filter(
				key -> key == null
			).findAny(
			).orElse(
				null
			));
		assertEquals(11, MeetingFieldErrors.getErrorKeys().size());
	}

	private void _param(String name, String value) {
		when(
			_renderRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private final RenderRequest _renderRequest = mock(RenderRequest.class);

}
