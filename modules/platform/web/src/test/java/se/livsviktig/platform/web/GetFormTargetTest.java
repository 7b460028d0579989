package se.livsviktig.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A GET form drops its action's query, so every app's search and filter forms submit to the URL without it and
 * repeat its parameters as hidden inputs.
 *
 * @author Livsviktig
 */
public class GetFormTargetTest {

	@Test
	public void theActionIsTheURLWithoutItsQuery() {
		assertEquals(
			"/group/guest/~/control_panel/manage",
			new GetFormTarget(
				"/group/guest/~/control_panel/manage?p_p_id=x&p_p_lifecycle=0"
			).getAction());
		assertEquals(
			"/web/guest/instruktorer",
			new GetFormTarget("/web/guest/instruktorer").getAction());
	}

	@Test
	public void theQueryComesBackDecodedInItsOrder() {
		Map<String, String> hiddenParameters = new GetFormTarget(
			"/manage?p_p_id=se_livsviktig&_se_livsviktig_mvcRenderCommandName=" +
				"%2Finstructor%2Fadmin%2Fview_certifications&_x_name=%C3%85sa+%C3%96"
		).getHiddenParameters();

		assertEquals(
			List.of(
				"p_p_id", "_se_livsviktig_mvcRenderCommandName", "_x_name"),
			List.copyOf(hiddenParameters.keySet()));
		assertEquals(
			"/instructor/admin/view_certifications",
			hiddenParameters.get("_se_livsviktig_mvcRenderCommandName"));
		assertEquals("Åsa Ö", hiddenParameters.get("_x_name"));
	}

	@Test
	public void aURLWithoutQueryHasNoHiddenParameters() {
		assertEquals(
			Map.of(), new GetFormTarget("/manage").getHiddenParameters());
	}

	@Test
	public void aFragmentEmptyPairsAndBareNamesAreReadAsABrowserWould() {
		assertEquals(
			Map.of("a", "1", "flag", ""),
			new GetFormTarget(
				"/manage?a=1&&flag#section"
			).getHiddenParameters());
		assertEquals(
			"/manage", new GetFormTarget("/manage?a=1#section").getAction());
	}

}
