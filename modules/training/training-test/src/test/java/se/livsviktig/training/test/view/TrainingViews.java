package se.livsviktig.training.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.WebBundle;
import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.web.internal.portlet.CourseCatalogPortlet;

/**
 * What the training views' tests share: the web bundle under test, its harness, the two languages every view is
 * checked in, and training methods as the service would return them.
 *
 * @author Livsviktig
 */
final class TrainingViews {

	public static final Locale ENGLISH = new Locale("en", "US");

	public static final Locale SWEDISH = new Locale("sv", "SE");

	public static ViewHarness harness() {
		return ViewHarness.of(webBundle());
	}

	/**
	 * Hands a component the double for one of its @Reference fields, as the OSGi runtime would.
	 */
	public static <T> T inject(T component, String fieldName, Object value) {
		try {
			Field field = component.getClass(
			).getDeclaredField(
				fieldName
			);

			field.setAccessible(true);
			field.set(component, value);

			return component;
		}
		catch (ReflectiveOperationException reflectiveOperationException) {
			throw new IllegalStateException(reflectiveOperationException);
		}
	}

	public static Stream<Locale> locales() {
		return Stream.of(SWEDISH, ENGLISH);
	}

	public static TrainingMethod trainingMethod(
		long trainingMethodId, String swedishName, String englishName) {

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getTrainingMethodId()
		).thenReturn(
			trainingMethodId
		);
		when(
			trainingMethod.getGroupId()
		).thenReturn(
			ViewHarness.COMPANY_GROUP_ID
		);
		when(
			trainingMethod.getName(SWEDISH)
		).thenReturn(
			swedishName
		);
		when(
			trainingMethod.getName(ENGLISH)
		).thenReturn(
			englishName
		);
		when(
			trainingMethod.getName(SWEDISH, false)
		).thenReturn(
			swedishName
		);
		when(
			trainingMethod.getName(ENGLISH, false)
		).thenReturn(
			englishName
		);
		when(
			trainingMethod.getDescription(SWEDISH)
		).thenReturn(
			"Kurs för att ge första hjälpen vid psykisk ohälsa."
		);
		when(
			trainingMethod.getDescription(ENGLISH)
		).thenReturn(
			"A course in first aid for mental ill-health."
		);
		when(
			trainingMethod.getDescription(SWEDISH, false)
		).thenReturn(
			"Kurs för att ge första hjälpen vid psykisk ohälsa."
		);
		when(
			trainingMethod.getDescription(ENGLISH, false)
		).thenReturn(
			"A course in first aid for mental ill-health."
		);
		when(
			trainingMethod.getInstructorsPerSession()
		).thenReturn(
			2
		);
		when(
			trainingMethod.getRequiredAttendancePercent()
		).thenReturn(
			100
		);
		when(
			trainingMethod.isCertifiedInstructorsRequired()
		).thenReturn(
			true
		);
		when(
			trainingMethod.getLicenceSessionsRequired()
		).thenReturn(
			2
		);
		when(
			trainingMethod.getLicencePeriodMonths()
		).thenReturn(
			24
		);
		when(
			trainingMethod.getFollowUpSurveyDays()
		).thenReturn(
			180
		);

		return trainingMethod;
	}

	public static List<TrainingMethod> trainingMethods(int count) {
		String[][] names = {
			{"MHFA Vuxen", "MHFA Adult"}, {"MHFA Ungdom", "MHFA Youth"},
			{"MHFA Äldre", "MHFA Older People"}, {"YAM", "YAM"},
			{"Psyk-E bas", "Psyk-E Basic"},
			{"Psyk-E bas Senior", "Psyk-E Basic Senior"}, {"SIP", "SIP"},
			{"Våga fråga", "Dare to Ask"}, {"MI", "MI"}
		};

		List<TrainingMethod> trainingMethods = new ArrayList<>();

		for (int i = 0; i < count; i++) {
			String[] name = names[i % names.length];

			String suffix = (i < names.length) ? "" : " " + (i / names.length + 1);

			trainingMethods.add(
				trainingMethod(i + 1, name[0] + suffix, name[1] + suffix));
		}

		return trainingMethods;
	}

	public static WebBundle webBundle() {
		return WebBundle.of(
			CourseCatalogPortlet.class, TrainingPortletKeys.COURSE_CATALOG);
	}

	private TrainingViews() {
	}

}
