package se.livsviktig.instructor.test.view;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.LocalDate;
import java.time.ZoneId;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.portlet.InstructorAdminPortlet;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.WebBundle;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * What the instructor views' tests share: the web bundle under test and its harness, the two languages every view
 * is checked in, and the people, training methods and certifications the services answer with.
 *
 * @author Livsviktig
 */
final class InstructorViews {

	public static final Locale ENGLISH = new Locale("en", "US");

	public static final long HOLDER_USER_ID = 301;

	public static final long MHFA_ID = 1;

	public static final Locale SWEDISH = new Locale("sv", "SE");

	public static final long YAM_ID = 2;

	public static Certification certification(
		long certificationId, long holderUserId, long trainingMethodId,
		String certified, String validUntil, String number, int state,
		String stateReason, long renewedCertificationId) {

		Certification certification = mock(Certification.class);

		when(
			certification.getCertificationId()
		).thenReturn(
			certificationId
		);
		when(
			certification.getHolderUserId()
		).thenReturn(
			holderUserId
		);
		when(
			certification.getTrainingMethodId()
		).thenReturn(
			trainingMethodId
		);
		when(
			certification.getCertifiedDate()
		).thenReturn(
			_day(certified)
		);
		when(
			certification.getValidUntil()
		).thenReturn(
			(validUntil == null) ? null : _day(validUntil)
		);
		when(
			certification.getIssuer()
		).thenReturn(
			"MHFA Sverige"
		);
		when(
			certification.getNumber()
		).thenReturn(
			number
		);
		when(
			certification.getState()
		).thenReturn(
			state
		);
		when(
			certification.getStateReason()
		).thenReturn(
			stateReason
		);
		when(
			certification.getRenewedCertificationId()
		).thenReturn(
			renewedCertificationId
		);

		return certification;
	}

	/**
	 * @return active MHFA certifications of many people, each valid two years
	 */
	public static List<Certification> certifications(int count) {
		return Stream.iterate(
			1, i -> i + 1
		).limit(
			count
		).map(
			i -> certification(
				9000 + i, HOLDER_USER_ID + i, MHFA_ID, "2029-01-15",
				"2031-01-15", "MHFA-" + (1000 + i),
				CertificationConstants.STATE_ACTIVE, null, 0)
		).collect(
			java.util.stream.Collectors.toList()
		);
	}

	/**
	 * Hands a certification render command the services its rows are made with, and the certification service
	 * the test answers with, as the OSGi runtime would.
	 */
	public static <T> T inject(
		T renderCommand, CertificationService certificationService) {

		Fields.set(
			renderCommand, "_certificationService", certificationService);
		Fields.set(
			renderCommand, "trainingMethodLocalService",
			trainingMethodLocalService());
		Fields.set(renderCommand, "userLocalService", userLocalService());

		return renderCommand;
	}

	public static ViewHarness harness() {
		return ViewHarness.of(webBundle());
	}

	public static Stream<Locale> locales() {
		return Stream.of(SWEDISH, ENGLISH);
	}

	public static TrainingMethodLocalService trainingMethodLocalService() {
		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		for (TrainingMethod trainingMethod : trainingMethods()) {
			when(
				trainingMethodLocalService.fetchTrainingMethod(
					trainingMethod.getTrainingMethodId())
			).thenReturn(
				trainingMethod
			);
		}

		return trainingMethodLocalService;
	}

	public static List<TrainingMethod> trainingMethods() {
		return List.of(
			_trainingMethod(MHFA_ID, "MHFA Vuxen", "MHFA Adult"),
			_trainingMethod(YAM_ID, "YAM", "YAM"));
	}

	public static TrainingMethodService trainingMethodService() {
		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		List<TrainingMethod> trainingMethods = trainingMethods();

		when(
			trainingMethodService.getTrainingMethods(
				eq(ViewHarness.COMPANY_GROUP_ID),
				eq(WorkflowConstants.STATUS_APPROVED), anyInt(), anyInt())
		).thenReturn(
			trainingMethods
		);

		return trainingMethodService;
	}

	public static WebBundle webBundle() {
		return WebBundle.of(
			InstructorAdminPortlet.class,
			InstructorPortletKeys.INSTRUCTOR_ADMIN);
	}

	/**
	 * Every holder is a user named after their id, except Anna Svensson, the holder of the history views.
	 */
	public static UserLocalService userLocalService() {
		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.fetchUser(anyLong())
		).thenAnswer(
			invocation -> {
				long userId = invocation.getArgument(0);

				User user = mock(User.class);

				when(
					user.getUserId()
				).thenReturn(
					userId
				);
				when(
					user.getFullName()
				).thenReturn(
					(userId == HOLDER_USER_ID) ? "Anna Svensson" :
						"Instruktör " + userId
				);

				return user;
			}
		);

		return userLocalService;
	}

	private static Date _day(String isoDate) {
		return Date.from(
			LocalDate.parse(
				isoDate
			).atStartOfDay(
				ZoneId.of("Europe/Stockholm")
			).toInstant());
	}

	private static TrainingMethod _trainingMethod(
		long trainingMethodId, String swedishName, String englishName) {

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getTrainingMethodId()
		).thenReturn(
			trainingMethodId
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

		return trainingMethod;
	}

}
