package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.service.SessionInstructorLocalService;
import se.livsviktig.training.staffing.DeliveredSessionCount;
import se.livsviktig.training.staffing.DeliveredSessionEnd;
import se.livsviktig.training.staffing.TaughtSession;

/**
 * The local service's licence-upkeep figure on PostgreSQL through the portal's Hibernate session: the DSL query's
 * grouped rows come back as the API's value type, one row per instructor and method; one instructor's rows; and the
 * sessions an instructor taught, with their course's title and whole times.
 *
 * @author Livsviktig
 */
class DeliveredSessionCountsIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@Test
	void deliveredSessionsAreCountedPerAcceptedInstructorAndMethod()
		throws Exception {

		long companyId = _rows.newId();
		long mhfa = _rows.newId();
		long yam = _rows.newId();
		long anna = _rows.newId();
		long bo = _rows.newId();

		long firstMhfa = _session(companyId, mhfa, 3);

		_registration(
			companyId, firstMhfa, RegistrationConstants.STATUS_COMPLETED);
		_instructor(firstMhfa, anna, SessionInstructorConstants.STATUS_ACCEPTED);
		_instructor(firstMhfa, bo, SessionInstructorConstants.STATUS_INVITED);

		long secondMhfa = _session(companyId, mhfa, 12);

		_registration(
			companyId, secondMhfa, RegistrationConstants.STATUS_NOT_COMPLETED);
		_instructor(
			secondMhfa, anna, SessionInstructorConstants.STATUS_ACCEPTED);

		long yamSession = _session(companyId, yam, 4);

		_registration(
			companyId, yamSession, RegistrationConstants.STATUS_COMPLETED);
		_instructor(yamSession, bo, SessionInstructorConstants.STATUS_ACCEPTED);

		long attendanceOpen = _session(companyId, mhfa, 5);

		_registration(
			companyId, attendanceOpen, RegistrationConstants.STATUS_CONFIRMED);
		_instructor(
			attendanceOpen, bo, SessionInstructorConstants.STATUS_ACCEPTED);

		long beforeTheWindow = _session(companyId, mhfa, -2);

		_registration(
			companyId, beforeTheWindow, RegistrationConstants.STATUS_COMPLETED);
		_instructor(
			beforeTheWindow, bo, SessionInstructorConstants.STATUS_ACCEPTED);

		List<DeliveredSessionCount> deliveredSessionCounts = _rows.read(
			() -> harness.get(
				SessionInstructorLocalService.class
			).getDeliveredSessionCounts(
				companyId, _FROM, new Date(_FROM.getTime() + (30 * _DAY))
			));

		assertEquals(
			List.of(
				new DeliveredSessionCount(anna, mhfa, 2),
				new DeliveredSessionCount(bo, yam, 1)),
			deliveredSessionCounts);
	}

	@Test
	void deliveredSessionsComeWithTheDayTheirLastDateEnded()
		throws Exception {

		long companyId = _rows.newId();
		long mhfa = _rows.newId();
		long anna = _rows.newId();

		for (int days : new int[] {3, 3, 12}) {
			long courseSessionId = _session(companyId, mhfa, days);

			_registration(
				companyId, courseSessionId,
				RegistrationConstants.STATUS_COMPLETED);
			_instructor(
				courseSessionId, anna,
				SessionInstructorConstants.STATUS_ACCEPTED);
		}

		List<DeliveredSessionEnd> deliveredSessionEnds = _rows.read(
			() -> harness.get(
				SessionInstructorLocalService.class
			).getDeliveredSessionEnds(
				companyId, _FROM, new Date(_FROM.getTime() + (30 * _DAY))
			));

		// The sessions ended at 17:46:40 UTC; the portal's Hibernate reads the date column of a DSL row as a date,
		// so each comes back as its day, which licence upkeep counts in

		assertEquals(
			List.of(
				new DeliveredSessionEnd(
					anna, mhfa,
					Date.from(Instant.parse("2030-03-20T00:00:00Z")), 2),
				new DeliveredSessionEnd(
					anna, mhfa,
					Date.from(Instant.parse("2030-03-29T00:00:00Z")), 1)),
			deliveredSessionEnds);
	}

	@Test
	void oneInstructorsDeliveredSessionsAreOnlyTheirs() throws Exception {
		long companyId = _rows.newId();
		long mhfa = _rows.newId();
		long anna = _rows.newId();
		long bo = _rows.newId();

		for (int days : new int[] {3, 12}) {
			long courseSessionId = _session(companyId, mhfa, days);

			_registration(
				companyId, courseSessionId,
				RegistrationConstants.STATUS_COMPLETED);
			_instructor(
				courseSessionId, anna,
				SessionInstructorConstants.STATUS_ACCEPTED);
			_instructor(
				courseSessionId, bo, SessionInstructorConstants.STATUS_ACCEPTED);
		}

		long bosOwn = _session(companyId, mhfa, 5);

		_registration(companyId, bosOwn, RegistrationConstants.STATUS_COMPLETED);
		_instructor(bosOwn, bo, SessionInstructorConstants.STATUS_ACCEPTED);

		List<DeliveredSessionEnd> deliveredSessionEnds = _rows.read(
			() -> harness.get(
				SessionInstructorLocalService.class
			).getDeliveredSessionEnds(
				companyId, anna, _FROM, new Date(_FROM.getTime() + (30 * _DAY))
			));

		assertEquals(
			List.of(
				new DeliveredSessionEnd(
					anna, mhfa,
					Date.from(Instant.parse("2030-03-20T00:00:00Z")), 1),
				new DeliveredSessionEnd(
					anna, mhfa,
					Date.from(Instant.parse("2030-03-29T00:00:00Z")), 1)),
			deliveredSessionEnds);
	}

	@Test
	void taughtSessionsComeWithTheirCourseTitleAndWholeTimes()
		throws Exception {

		long companyId = _rows.newId();
		long mhfa = _rows.newId();
		long anna = _rows.newId();

		long courseId = _rows.course(
			course -> {
				course.setCompanyId(companyId);
				course.setTrainingMethodId(mhfa);
				course.setTitle(
					"<?xml version='1.0' encoding='UTF-8'?><root " +
						"available-locales=\"sv_SE,en_US\" default-locale=" +
							"\"sv_SE\"><Title language-id=\"sv_SE\">Första " +
								"hjälpen till psykisk hälsa</Title><Title " +
									"language-id=\"en_US\">Mental Health First " +
										"Aid</Title></root>");
			}
		).getCourseId();

		long older = _session(companyId, mhfa, 3, courseId);
		long newer = _session(companyId, mhfa, 12, courseId);
		long upcoming = _session(companyId, mhfa, 40, courseId);

		for (long courseSessionId : new long[] {older, newer, upcoming}) {
			_instructor(
				courseSessionId, anna,
				SessionInstructorConstants.STATUS_ACCEPTED);
		}

		List<TaughtSession> taughtSessions = _rows.read(
			() -> harness.get(
				SessionInstructorLocalService.class
			).getTaughtSessions(
				companyId, anna, new Date(_FROM.getTime() + (30 * _DAY)), 0, 20
			));

		assertEquals(2, taughtSessions.size(), taughtSessions.toString());

		TaughtSession first = taughtSessions.get(0);

		assertEquals(newer, first.getCourseSessionId());
		assertEquals(courseId, first.getCourseId());
		assertEquals(mhfa, first.getTrainingMethodId());
		assertEquals(
			"Mental Health First Aid", first.getCourseTitle(Locale.US));
		assertEquals(
			"Första hjälpen till psykisk hälsa",
			first.getCourseTitle(new Locale("sv", "SE")));

		// Times of day stay: a projection of a Date column alone would come back as its day

		assertEquals(
			Instant.parse("2030-03-29T16:46:40Z"),
			first.getStartDate().toInstant());
		assertEquals(
			Instant.parse("2030-03-29T17:46:40Z"),
			first.getEndDate().toInstant());
		assertEquals(older, taughtSessions.get(1).getCourseSessionId());

		List<TaughtSession> secondPage = _rows.read(
			() -> harness.get(
				SessionInstructorLocalService.class
			).getTaughtSessions(
				companyId, anna, new Date(_FROM.getTime() + (30 * _DAY)), 1, 2
			));

		assertEquals(1, secondPage.size(), secondPage.toString());
		assertEquals(older, secondPage.get(0).getCourseSessionId());
	}

	private void _instructor(long courseSessionId, long userId, int status)
		throws Exception {

		_rows.sessionInstructor(
			sessionInstructor -> {
				sessionInstructor.setCourseSessionId(courseSessionId);
				sessionInstructor.setInstructorUserId(userId);
				sessionInstructor.setStatus(status);
			});
	}

	private void _registration(long companyId, long courseSessionId, int status)
		throws Exception {

		_rows.registration(
			registration -> {
				registration.setCompanyId(companyId);
				registration.setCourseSessionId(courseSessionId);
				registration.setStatus(status);
			});
	}

	private long _session(long companyId, long trainingMethodId, int days)
		throws Exception {

		return _session(companyId, trainingMethodId, days, 0);
	}

	private long _session(
			long companyId, long trainingMethodId, int days, long courseId)
		throws Exception {

		return _rows.courseSession(
			courseSession -> {
				courseSession.setCompanyId(companyId);
				courseSession.setCourseId(courseId);
				courseSession.setTrainingMethodId(trainingMethodId);
				courseSession.setStatus(
					CourseSessionConstants.STATUS_PUBLISHED);
				courseSession.setStartDate(
					new Date(_FROM.getTime() + (days * _DAY) - 3_600_000L));
				courseSession.setEndDate(
					new Date(_FROM.getTime() + (days * _DAY)));
			}
		).getCourseSessionId();
	}

	private static final long _DAY = 86_400_000L;

	private static final Date _FROM = new Date(1_900_000_000_000L);

	private final TrainingRows _rows = new TrainingRows(harness);

}
