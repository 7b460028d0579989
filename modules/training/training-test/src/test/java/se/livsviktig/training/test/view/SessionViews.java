package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;
import java.util.List;

import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.SessionDateImpl;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * Sessions as the catalogue's views show them: real model objects with the values a coordinator in Sundsvall
 * would give them, and the course and method doubles around them.
 *
 * @author Livsviktig
 */
public class SessionViews {

	public static CourseLocalService courseLocalService() {
		Course course = mock(Course.class);

		when(
			course.getTitle(TrainingViews.SWEDISH)
		).thenReturn(
			"MHFA Första hjälpen till psykisk hälsa – Vuxen"
		);
		when(
			course.getTitle(TrainingViews.ENGLISH)
		).thenReturn(
			"MHFA Mental Health First Aid – Adult"
		);
		when(
			course.getDescription(TrainingViews.SWEDISH)
		).thenReturn(
			"Två dagar om att upptäcka psykisk ohälsa och hjälpa en kollega till stöd."
		);
		when(
			course.getDescription(TrainingViews.ENGLISH)
		).thenReturn(
			"Two days on noticing mental ill-health and helping a colleague to support."
		);

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.fetchCourse(anyLong())
		).thenReturn(
			course
		);

		return courseLocalService;
	}

	public static CourseSession courseSession(
		long courseSessionId, int seats, int seatsTaken) {

		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setCourseSessionId(courseSessionId);
		courseSession.setGroupId(ViewHarness.SITE_GROUP_ID);
		courseSession.setCompanyId(ViewHarness.COMPANY_ID);
		courseSession.setCourseId(7001);
		courseSession.setTrainingMethodId(1);
		courseSession.setStatus(CourseSessionConstants.STATUS_PUBLISHED);
		courseSession.setDeliveryMode(
			CourseSessionConstants.DELIVERY_MODE_ON_SITE);
		courseSession.setVenueName("Kulturmagasinet, sal Tonhallen");
		courseSession.setVenueAddress("Packhusgatan 4");
		courseSession.setLocality("Sundsvall");
		courseSession.setSeats(seats);
		courseSession.setSeatsTaken(seatsTaken);
		courseSession.setStartDate(days(20 + (int)(courseSessionId % 30)));
		courseSession.setEndDate(days(21 + (int)(courseSessionId % 30)));
		courseSession.setRegistrationCloseDate(days(10));
		courseSession.setCancellationDeadline(days(12));

		return courseSession;
	}

	public static Date days(int days) {
		return new Date(
			(((System.currentTimeMillis() / 86_400_000L) + days) * 86_400_000L) +
				(7L * 3_600_000L));
	}

	public static List<SessionDate> sessionDates(CourseSession courseSession) {
		SessionDate first = new SessionDateImpl();

		first.setSessionDateId(courseSession.getCourseSessionId() * 10);
		first.setStartDate(courseSession.getStartDate());
		first.setEndDate(
			new Date(courseSession.getStartDate().getTime() + 28_800_000L));

		SessionDate second = new SessionDateImpl();

		second.setSessionDateId((courseSession.getCourseSessionId() * 10) + 1);
		second.setStartDate(courseSession.getEndDate());
		second.setEndDate(
			new Date(courseSession.getEndDate().getTime() + 28_800_000L));

		return List.of(first, second);
	}

	public static TrainingMethodService trainingMethodService()
		throws PortalException {

		List<TrainingMethod> trainingMethods = TrainingViews.trainingMethods(3);

		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		when(
			trainingMethodService.getTrainingMethods(
				eq(ViewHarness.COMPANY_GROUP_ID),
				anyInt(),
				anyInt(),
				anyInt())
		).thenReturn(
			trainingMethods
		);
		when(
			trainingMethodService.getTrainingMethod(anyLong())
		).thenReturn(
			trainingMethods.get(0)
		);

		return trainingMethodService;
	}

}
