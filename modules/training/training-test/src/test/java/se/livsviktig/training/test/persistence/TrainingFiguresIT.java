package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;
import se.livsviktig.training.service.TrainingFiguresLocalService;

/**
 * The report's figures through training's local service on PostgreSQL and the portal's Hibernate session: each
 * family is one statement, however many administrations, methods and registrations there are, and its rows come
 * back as the API's values.
 *
 * @author Livsviktig
 */
class TrainingFiguresIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@Test
	void eachFigureFamilyIsOneStatementWhateverTheNumberOfRows()
		throws Exception {

		long companyId = _rows.newId();
		long mhfa = _rows.newId();
		long yam = _rows.newId();

		long course = _rows.course(
			c -> {
				c.setCompanyId(companyId);
				c.setDurationHours(7.5);
			}
		).getCourseId();

		for (int i = 0; i < 3; i++) {
			long organizationId = _rows.newId();

			for (long trainingMethodId : new long[] {mhfa, yam}) {
				long courseSessionId = _session(
					companyId, course, trainingMethodId, 2 + i);

				for (int status : _OUTCOMES) {
					for (String sex : RegistrationSexes.VALUES) {
						long userId = _rows.newId();

						_rows.registration(
							registration -> {
								registration.setSex(sex);
								registration.setParticipantKey(userId);
								registration.setCompanyId(companyId);
								registration.setCourseSessionId(courseSessionId);
								registration.setCourseId(course);
								registration.setTrainingMethodId(trainingMethodId);
								registration.setOrganizationId(organizationId);
								registration.setUserId(userId);
								registration.setStatus(status);
							});
					}
				}
			}
		}

		TrainingFiguresLocalService trainingFiguresLocalService = harness.get(
			TrainingFiguresLocalService.class);

		harness.resetStatementCount();

		List<ParticipantFigures> participantFigures = _rows.read(
			() -> trainingFiguresLocalService.getParticipantFigures(
				companyId, _FROM, _days(30)));

		assertEquals(
			1, harness.statementCount(),
			"all administrations, methods and sexes in one statement");
		assertEquals(18, participantFigures.size());

		ParticipantFigures first = participantFigures.get(0);

		assertEquals(mhfa, first.getTrainingMethodId());
		assertEquals(RegistrationSexes.FEMALE, first.getSex());
		assertEquals(
			RegistrationSexes.MALE, participantFigures.get(1).getSex());
		assertEquals(
			RegistrationSexes.UNKNOWN, participantFigures.get(2).getSex());
		assertEquals(2, first.getRegistrationCount());
		assertEquals(2, first.getParticipantCount());
		assertEquals(1, first.getCompletedCount());
		assertEquals(1, first.getNoShowCount());
		assertEquals(7.5, first.getParticipantHours());

		harness.resetStatementCount();

		List<SessionFigures> sessionFigures = _rows.read(
			() -> trainingFiguresLocalService.getSessionFigures(
				companyId, _FROM, _days(30), _days(20)));

		assertEquals(
			1, harness.statementCount(), "all methods in one statement");
		assertEquals(
			List.of(new SessionFigures(mhfa, 3, 0), new SessionFigures(yam, 3, 0)),
			sessionFigures);
	}

	private static Date _days(int days) {
		return new Date(_FROM.getTime() + (days * 86_400_000L));
	}

	private long _session(
			long companyId, long courseId, long trainingMethodId, int days)
		throws Exception {

		return _rows.courseSession(
			courseSession -> {
				courseSession.setCompanyId(companyId);
				courseSession.setCourseId(courseId);
				courseSession.setTrainingMethodId(trainingMethodId);
				courseSession.setStatus(
					CourseSessionConstants.STATUS_PUBLISHED);
				courseSession.setStartDate(_days(days));
				courseSession.setEndDate(_days(days));
			}
		).getCourseSessionId();
	}

	/**
	 * 2030-03-17: far from any other test's rows.
	 */
	private static final Date _FROM = new Date(1_900_000_000_000L);

	private static final int[] _OUTCOMES = {
		RegistrationConstants.STATUS_COMPLETED,
		RegistrationConstants.STATUS_NO_SHOW
	};

	private final TrainingRows _rows = new TrainingRows(harness);

}
