package se.livsviktig.instructor.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.annotation.metatype.Meta;

import java.lang.reflect.Method;
import java.nio.file.Path;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.LanguageFiles;

/**
 * Instance Settings shows the certification notice settings with names and help in Swedish and English, and a
 * fresh install reminds 90 and 30 days ahead.
 *
 * @author Livsviktig
 */
public class CertificationNoticeConfigurationLabelsTest {

	@Test
	public void everyLabelAndHelpTextIsInBothLanguages() throws Exception {
		Set<String> keys = new TreeSet<>();

		keys.add(
			CertificationNoticeConfiguration.class.getAnnotation(
				Meta.OCD.class
			).name());

		for (Method method :
				CertificationNoticeConfiguration.class.getDeclaredMethods()) {

			Meta.AD ad = method.getAnnotation(Meta.AD.class);

			keys.add(ad.name());
			keys.add(ad.description());
		}

		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		assertTrue(languageFiles.englishKeys().containsAll(keys), keys.toString());
		assertTrue(languageFiles.swedishKeys().containsAll(keys), keys.toString());
		assertEquals(languageFiles.englishKeys(), languageFiles.swedishKeys());
	}

	@Test
	public void byDefaultHoldersAreReminded90And30DaysAhead() throws Exception {
		Meta.AD ad = CertificationNoticeConfiguration.class.getMethod(
			"expiryReminderDays"
		).getAnnotation(
			Meta.AD.class
		);

		assertEquals("90|30", ad.deflt());
	}

	@Test
	public void byDefaultInstructorsAreToldOfTheirLicencesStanding()
		throws Exception {

		Meta.AD ad = CertificationNoticeConfiguration.class.getMethod(
			"licenceStandingNotices"
		).getAnnotation(
			Meta.AD.class
		);

		assertEquals("true", ad.deflt());
	}

}
