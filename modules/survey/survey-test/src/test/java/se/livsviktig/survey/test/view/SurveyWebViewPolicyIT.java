package se.livsviktig.survey.test.view;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.view.harness.HonestTagPolicy;

/**
 * What keeps survey-web's views checkable by the view tier: only tags it renders honestly (no aui:*, no
 * liferay-ui:error or search-iterator, no React-hydrated Clay), so no view can pass by rendering nothing. Both
 * language files holding the same keys is the web bundle's own LanguageKeysTest.
 *
 * @author Livsviktig
 */
public class SurveyWebViewPolicyIT {

	@Test
	public void everyViewUsesOnlyTagsTheViewTierRendersHonestly() {
		HonestTagPolicy.assertHonest(SurveyViews.webBundle());
	}

}
