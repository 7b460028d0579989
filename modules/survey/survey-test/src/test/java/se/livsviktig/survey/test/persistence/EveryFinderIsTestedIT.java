package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.db.harness.ServiceXml;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * Every finder the survey service.xml declares has a persistence test that asserts its rows, and no test claims a
 * finder service.xml no longer has. A new finder fails this until someone writes its test.
 *
 * @author Livsviktig
 */
class EveryFinderIsTestedIT {

	@Test
	void everyFinderOfServiceXmlHasAPersistenceTestAndNoTestIsStale() {
		Set<String> declared = new TreeSet<>();

		for (ServiceXml.Entity entity :
				ServiceXml.of(
					LVSurveyPersistenceConstants.class
				).entities()) {

			for (ServiceXml.Finder finder : entity.finders()) {
				declared.add(entity.name() + "." + finder.name());
			}
		}

		Set<String> tested = new TreeSet<>();

		for (Class<?> testClass : _FINDER_TEST_CLASSES) {
			for (Method method : testClass.getDeclaredMethods()) {
				FinderUnderTest finderUnderTest = method.getAnnotation(
					FinderUnderTest.class);

				if (finderUnderTest != null) {
					tested.add(
						finderUnderTest.entity() + "." +
							finderUnderTest.finder());
				}
			}
		}

		assertEquals(declared, tested);
	}

	private static final Class<?>[] _FINDER_TEST_CLASSES = {
		DispatchFindersIT.class, InvitationFindersIT.class,
		ResponseFindersIT.class, SurveyFindersIT.class
	};

}
