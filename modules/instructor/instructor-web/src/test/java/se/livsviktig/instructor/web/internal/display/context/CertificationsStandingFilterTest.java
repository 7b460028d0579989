package se.livsviktig.instructor.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsUtil;

import java.util.List;
import java.util.stream.Collectors;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The admin list's licence standing filter as the display context reads it from the GET form: at risk or lapsed,
 * anything else no filter at all (a tampered value never reaches the service as a standing), offered as a
 * select whose choice stays chosen, and counted as a filter so an empty list says "no match".
 *
 * @author Livsviktig
 */
public class CertificationsStandingFilterTest {

	/**
	 * ParamUtil reads the portal's properties when it first loads; without them its class fails to initialise.
	 */
	@BeforeAll
	public static void setUpClass() {
		if (PropsUtil.getProps() == null) {
			PropsUtil.setProps(mock(Props.class));
		}
	}

	@Test
	public void atRiskAndLapsedAreTheStandingsTheListFiltersBy() {
		assertEquals("AT_RISK", _displayContext("AT_RISK").getStanding());
		assertEquals("LAPSED", _displayContext("LAPSED").getStanding());
	}

	@Test
	public void anyOtherValueIsNoStandingFilter() {
		for (String value : new String[] {null, "", "OK", "at_risk", "X"}) {
			CertificationsDisplayContext certificationsDisplayContext =
				_displayContext(value);

			assertEquals("", certificationsDisplayContext.getStanding(), value);
			assertFalse(certificationsDisplayContext.isFiltered(), value);
		}
	}

	@Test
	public void theStandingIsAFilterAndStaysChosenAmongItsOptions() {
		CertificationsDisplayContext certificationsDisplayContext =
			_displayContext("LAPSED");

		assertTrue(certificationsDisplayContext.isFiltered());

		List<Option> options =
			certificationsDisplayContext.getStandingOptions();

		assertEquals(
			List.of("", "AT_RISK", "LAPSED"),
			options.stream(
			).map(
				Option::getValue
			).collect(
				Collectors.toList()
			));
		assertEquals(
			List.of(
				"any-licence-standing", "licence-standing-at-risk",
				"licence-standing-lapsed"),
			options.stream(
			).map(
				Option::getLabelKey
			).collect(
				Collectors.toList()
			));
		assertEquals(
			List.of(false, false, true),
			options.stream(
			).map(
				Option::isSelected
			).collect(
				Collectors.toList()
			));
	}

	private CertificationsDisplayContext _displayContext(String standing) {
		RenderRequest renderRequest = mock(RenderRequest.class);

		when(
			renderRequest.getParameter("standing")
		).thenReturn(
			standing
		);

		return new CertificationsDisplayContext(
			renderRequest, mock(RenderResponse.class),
			mock(CertificationService.class),
			mock(TrainingMethodService.class), null, 20);
	}

}
