package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.db.harness.ServiceXml;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * Every finder service.xml declares has a persistence test that asserts its rows, and no test claims a finder
 * service.xml no longer has. A new finder fails this until someone writes its test.
 */
class EveryFinderIsTestedIT {

	@Test
	void everyFinderOfServiceXmlHasAPersistenceTestAndNoTestIsStale() {
		Set<String> declared = new TreeSet<>();

		for (ServiceXml.Entity entity : ServiceXml.of(LVTrainingPersistenceConstants.class).entities()) {
			for (ServiceXml.Finder finder : entity.finders()) {
				declared.add(entity.name() + "." + finder.name());
			}
		}

		Set<String> tested = new TreeSet<>();

		for (Class<?> testClass : _FINDER_TEST_CLASSES) {
			for (Method method : testClass.getDeclaredMethods()) {
				FinderUnderTest finderUnderTest = method.getAnnotation(FinderUnderTest.class);

				if (finderUnderTest != null) {
					tested.add(finderUnderTest.entity() + "." + finderUnderTest.finder());
				}
			}
		}

		assertEquals(declared, tested);
	}

	private static final Class<?>[] _FINDER_TEST_CLASSES = {
		AttendanceFindersIT.class, CourseFindersIT.class, CourseInterestFindersIT.class,
		CourseSessionFindersIT.class, RegistrationEventFindersIT.class, RegistrationFindersIT.class,
		SessionAudienceFindersIT.class, SessionDateFindersIT.class, SessionInstructorFindersIT.class,
		SessionQuotaFindersIT.class, TrainingMethodFindersIT.class, TrainingNoticeFindersIT.class
	};

}
