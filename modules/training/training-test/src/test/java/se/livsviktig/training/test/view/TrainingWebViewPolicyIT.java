package se.livsviktig.training.test.view;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.view.harness.HonestTagPolicy;
import se.livsviktig.platform.view.harness.WebBundle;

/**
 * What keeps training-web's views checkable by the view tier: only tags it renders honestly, and both language
 * files complete with the same keys.
 *
 * @author Livsviktig
 */
public class TrainingWebViewPolicyIT {

	@Test
	public void everyViewUsesOnlyTagsTheViewTierRendersHonestly() {
		HonestTagPolicy.assertHonest(TrainingViews.webBundle());
	}

	@Test
	public void swedishAndEnglishLanguageFilesHoldTheSameKeys() {
		WebBundle webBundle = TrainingViews.webBundle();

		Properties swedish = webBundle.getLanguage(TrainingViews.SWEDISH);
		Properties english = webBundle.getLanguage(Locale.ENGLISH);

		Set<String> onlySwedish = new TreeSet<>(swedish.stringPropertyNames());

		onlySwedish.removeAll(english.stringPropertyNames());

		Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());

		onlyEnglish.removeAll(swedish.stringPropertyNames());

		Assertions.assertEquals(
			Set.of(), onlySwedish, "keys only in Language_sv.properties");
		Assertions.assertEquals(
			Set.of(), onlyEnglish, "keys only in Language.properties");
	}

}
