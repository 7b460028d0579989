package se.livsviktig.survey.web.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;
import java.util.Map;

import javax.portlet.PortletRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;

/**
 * A survey's texts are read in Swedish and English from the portal's field names; Swedish always goes to the
 * service (which says when it is missing), an empty English is left out so Swedish shows instead.
 *
 * @author Livsviktig
 */
public class LocalizedInputTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@Test
	public void bothLanguagesAreReadTrimmed() {
		PortletRequest portletRequest = mock(PortletRequest.class);

		when(
			portletRequest.getParameter("title_sv_SE")
		).thenReturn(
			" Uppföljning "
		);
		when(
			portletRequest.getParameter("title_en_US")
		).thenReturn(
			"Follow-up"
		);

		assertEquals(
			Map.of(_SWEDISH, "Uppföljning", _ENGLISH, "Follow-up"),
			LocalizedInput.of(portletRequest, "title"));
	}

	@Test
	public void anEmptyEnglishIsLeftOutAnEmptySwedishIsNot() {
		PortletRequest portletRequest = mock(PortletRequest.class);

		assertEquals(
			Map.of(_SWEDISH, ""), LocalizedInput.of(portletRequest, "title"));
	}

	private static final Locale _ENGLISH = new Locale("en", "US");

	private static final Locale _SWEDISH = new Locale("sv", "SE");

}
