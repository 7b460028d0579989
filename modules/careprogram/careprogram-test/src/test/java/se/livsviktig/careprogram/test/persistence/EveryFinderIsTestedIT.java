package se.livsviktig.careprogram.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;
import se.livsviktig.platform.db.harness.ServiceXml;

/**
 * Every finder the careprogram service.xml declares has a persistence test that asserts its rows, and no test
 * claims a finder service.xml no longer has. A new finder fails this until someone writes its test.
 *
 * @author Livsviktig
 */
class EveryFinderIsTestedIT {

	@Test
	void everyFinderOfServiceXmlHasAPersistenceTestAndNoTestIsStale() {
		Set<String> declared = new TreeSet<>();

		for (ServiceXml.Entity entity :
				ServiceXml.of(
					LVCareProgramPersistenceConstants.class
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
		CareProgramFindersIT.class, LocalRoutineFindersIT.class,
		ReviewFindersIT.class
	};

}
