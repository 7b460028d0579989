package se.livsviktig.survey.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

import java.lang.reflect.Method;

import java.nio.file.Path;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.LanguageFiles;
import se.livsviktig.platform.test.support.SwedishGlossary;

/**
 * Instance Settings shows the survey settings under their own category with names and help in Swedish and English,
 * and a fresh install suppresses groups below 5 respondents and keeps free text and respondents 24 months.
 *
 * @author Livsviktig
 */
public class SurveyCompanyConfigurationTest {

	@Test
	public void everyLabelAndHelpTextIsInBothLanguages() throws Exception {
		Set<String> keys = new TreeSet<>();

		keys.add(
			SurveyCompanyConfiguration.class.getAnnotation(
				Meta.OCD.class
			).name());

		for (Method method :
				SurveyCompanyConfiguration.class.getDeclaredMethods()) {

			Meta.AD ad = method.getAnnotation(Meta.AD.class);

			keys.add(ad.name());
			keys.add(ad.description());
		}

		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		assertTrue(
			languageFiles.englishKeys().containsAll(keys), keys.toString());
		assertTrue(
			languageFiles.swedishKeys().containsAll(keys), keys.toString());
		assertEquals(languageFiles.englishKeys(), languageFiles.swedishKeys());
	}

	@Test
	public void theSettingsAreTheCompanysInTheirOwnCategory() {
		ExtendedObjectClassDefinition definition =
			SurveyCompanyConfiguration.class.getAnnotation(
				ExtendedObjectClassDefinition.class);

		assertEquals("livsviktig-survey", definition.category());
		assertEquals(
			ExtendedObjectClassDefinition.Scope.COMPANY, definition.scope());
	}

	@Test
	public void byDefaultGroupsBelowFiveRespondentsAreSuppressed()
		throws Exception {

		assertEquals("5", _default("minimumRespondents"));
	}

	@Test
	public void byDefaultFreeTextAndRespondentsAreKept24Months()
		throws Exception {

		assertEquals("24", _default("freeTextRetentionMonths"));
		assertEquals("24", _default("personRetentionMonths"));
	}

	@Test
	public void byDefaultInvitationsCarryNoLinkUntilThePagesAreSet()
		throws Exception {

		assertEquals("", _default("answerPageURL"));
		assertEquals("", _default("mySurveysURL"));
	}

	@Test
	public void swedishUsesTheGlossarysWordOnly() throws Exception {
		assertEquals(List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

	private static String _default(String methodName) throws Exception {
		return SurveyCompanyConfiguration.class.getMethod(
			methodName
		).getAnnotation(
			Meta.AD.class
		).deflt();
	}

}
