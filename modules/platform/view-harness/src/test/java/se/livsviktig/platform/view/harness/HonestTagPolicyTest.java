package se.livsviktig.platform.view.harness;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class HonestTagPolicyTest {

	@Test
	public void allowsClayJavaRenderedTagsPortletURLsAndPlainHTML() {
		Assertions.assertEquals(
			List.of(),
			HonestTagPolicy.check(
				Map.of(
					"/init.jsp", _INIT,
					"/view.jsp",
					"<%@ include file=\"/init.jsp\" %>\n<clay:container-fluid><portlet:actionURL name=\"/x\" var=\"u\" />" +
						"<label for=\"a\"><liferay-ui:message key=\"a\" /></label><input id=\"a\" class=\"form-control\" />" +
							"<c:if test=\"true\"><clay:alert displayType=\"danger\" /></c:if></clay:container-fluid>")));
	}

	@Test
	public void refusesAuiTagsThatPrintNothingOutsideThePortal() {
		List<String> problems = HonestTagPolicy.check(
			Map.of(
				"/init.jsp", _INIT, "/view.jsp",
				"<%@ include file=\"/init.jsp\" %>\n\n<aui:form>\n<aui:input name=\"title\" />\n</aui:form>"));

		Assertions.assertEquals(
			List.of(
				"/view.jsp:3: <aui:form> is not rendered honestly outside a portal",
				"/view.jsp:4: <aui:input> is not rendered honestly outside a portal",
				"/view.jsp:5: <aui:form> is not rendered honestly outside a portal"),
			problems);
	}

	@Test
	public void refusesReactIslandsAndUntriedTags() {
		List<String> problems = HonestTagPolicy.check(
			Map.of(
				"/init.jsp", _INIT, "/view.jsp",
				"<clay:button label=\"x\" propsTransformer=\"js/x\" />\n<liferay-ui:error key=\"x\" />\n" +
					"<clay:management-toolbar />"));

		Assertions.assertEquals(
			List.of(
				"/view.jsp:2: <liferay-ui:error> is not rendered honestly outside a portal",
				"/view.jsp:3: <clay:management-toolbar> is not rendered honestly outside a portal",
				"/view.jsp:1: propsTransformer turns the tag into a React island the view tier cannot check"),
			problems);
	}

	private static final String _INIT =
		"<%@ taglib uri=\"http://java.sun.com/jsp/jstl/core\" prefix=\"c\" %>\n" +
			"<%@ taglib uri=\"http://java.sun.com/portlet_2_0\" prefix=\"portlet\" %>\n" +
				"<%@ taglib uri=\"http://liferay.com/tld/aui\" prefix=\"aui\" %><%@\n" +
					"taglib uri=\"http://liferay.com/tld/clay\" prefix=\"clay\" %><%@\n" +
						"taglib uri=\"http://liferay.com/tld/ui\" prefix=\"liferay-ui\" %>\n";

}
