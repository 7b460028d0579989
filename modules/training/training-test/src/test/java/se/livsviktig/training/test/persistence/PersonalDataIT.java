package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;


import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.portal.dao.orm.hibernate.DynamicQueryFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.ProjectionFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.PropertyFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.RestrictionsFactoryImpl;
import com.liferay.portal.kernel.dao.orm.DynamicQueryFactoryUtil;
import com.liferay.portal.kernel.dao.orm.ProjectionFactoryUtil;
import com.liferay.portal.kernel.dao.orm.PropertyFactoryUtil;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.module.util.SystemBundleUtil;
import com.liferay.portal.kernel.search.IndexerRegistry;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.Validator;

import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.AttendanceConstants;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.AttendanceLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationEventLocalService;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.SessionDateLocalService;
import se.livsviktig.training.service.TrainingFiguresLocalService;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionInstructorPersistence;
import se.livsviktig.training.uad.anonymizer.RegistrationUADAnonymizer;
import se.livsviktig.training.uad.exporter.AttendanceUADExporter;
import se.livsviktig.training.uad.exporter.RegistrationEventUADExporter;

/**
 * A person's training data on the persistence tier: what the retention job deletes, what anonymisation does to
 * a seat still held, and what the export finds, with the local services, the generated persistence, Liferay's
 * dynamic queries and PostgreSQL all real. The UAD components are built with {@code new} and handed the
 * bundle's local services, as their {@code @Reference}s would be.
 *
 * @author Livsviktig
 */
class PersonalDataIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	/**
	 * The portal's own dynamic query factories (from the API jar), which the UAD framework's queries use; and an
	 * indexer registry that, like the portal's, has no indexer for the training models, for the generated
	 * update methods' @Indexable advice.
	 */
	@BeforeAll
	static void setUpDynamicQueriesAndIndexing() {
		SystemBundleUtil.getBundleContext(
		).registerService(
			IndexerRegistry.class, mock(IndexerRegistry.class), null
		);

		new DynamicQueryFactoryUtil().setDynamicQueryFactory(
			new DynamicQueryFactoryImpl());
		new ProjectionFactoryUtil().setProjectionFactory(
			new ProjectionFactoryImpl());
		new PropertyFactoryUtil().setPropertyFactory(new PropertyFactoryImpl());
		new RestrictionsFactoryUtil().setRestrictionsFactory(
			new RestrictionsFactoryImpl());
	}

	@BeforeEach
	void setUp() throws Exception {
		OneUserCompany.stand(harness, _COMPANY_ID, "Anna Andersson");

		when(_anonymousUser.getUserId()).thenReturn(_ANONYMOUS_USER_ID);
		when(_anonymousUser.getFullName()).thenReturn("Anonymous Anonymous");
	}

	@Test
	void anonymisingAPersonWithASeatGivesItToTheFirstInLineAndErasesTheirText()
		throws Exception {

		CourseSession courseSession = _session(
			session -> {
				session.setSeats(1);
				session.setStartDate(_days(14));
				session.setEndDate(_days(15));
			});

		long annaUserId = _rows.newId();

		Registration anna = _registrations().addRegistration(
			annaUserId, courseSession.getCourseSessionId(), 0, null, null,
			new ServiceContext());
		Registration bertil = _registrations().addRegistration(
			_rows.newId(), courseSession.getCourseSessionId(), 0, null, null,
			new ServiceContext());

		_writeFreeText(anna);

		RegistrationUADAnonymizer registrationUADAnonymizer =
			new RegistrationUADAnonymizer();

		Fields.set(
			registrationUADAnonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			registrationUADAnonymizer, "registrationLocalService",
			_registrations());
		Fields.set(
			registrationUADAnonymizer, "_courseSessionLocalService",
			harness.get(CourseSessionLocalService.class));
		Fields.set(
			registrationUADAnonymizer, "_registrationEventLocalService",
			harness.get(RegistrationEventLocalService.class));

		registrationUADAnonymizer.autoAnonymize(
			_reload(anna), annaUserId, _anonymousUser);

		Registration anonymised = _reload(anna);
		CourseSession afterwards = _rows.read(
			() -> harness.get(
				CourseSessionPersistence.class
			).findByPrimaryKey(
				courseSession.getCourseSessionId()
			));

		assertAll(
			() -> assertEquals(
				RegistrationConstants.STATUS_CANCELLED, anonymised.getStatus()),
			() -> assertEquals(_ANONYMOUS_USER_ID, anonymised.getUserId()),
			() -> assertTrue(anonymised.getActiveKey() < 0),
			() -> assertEquals(
				_ANONYMOUS_USER_ID, anonymised.getCancelledByUserId()),
			() -> assertTrue(Validator.isNull(anonymised.getMotivation())),
			() -> assertTrue(Validator.isNull(anonymised.getDietaryNeeds())),
			() -> assertTrue(Validator.isNull(anonymised.getReviewComment())),
			() -> assertTrue(
				Validator.isNull(anonymised.getCancellationReason())),
			() -> assertEquals(
				List.of(), _eventComments(anna),
				"no event of the registration keeps a comment"),
			() -> assertEquals(
				RegistrationConstants.STATUS_CONFIRMED,
				_reload(bertil).getStatus(),
				"the first in line has the seat"),
			() -> assertEquals(1, afterwards.getSeatsTaken()),
			() -> assertEquals(0, afterwards.getWaitlistedCount()));
	}

	@Test
	void theExportOfAParticipantHoldsTheirAttendanceWhoeverMarkedIt()
		throws Exception {

		CourseSession courseSession = _session(
			session -> {
				session.setSeats(5);
				session.setStartDate(_days(-3));
				session.setEndDate(_days(-2));
			});

		SessionDate firstDay = _sessionDate(courseSession, -3);
		SessionDate secondDay = _sessionDate(courseSession, -2);

		long participantUserId = _rows.newId();
		long colleagueUserId = _rows.newId();
		long instructorUserId = _rows.newId();

		Registration participant = _confirmed(
			courseSession, participantUserId);
		Registration colleague = _confirmed(courseSession, colleagueUserId);

		_attendance(
			firstDay, participant, instructorUserId,
			AttendanceConstants.SOURCE_MARKED);
		_attendance(
			secondDay, participant, participantUserId,
			AttendanceConstants.SOURCE_CHECK_IN);
		_attendance(
			firstDay, colleague, instructorUserId,
			AttendanceConstants.SOURCE_MARKED);

		AttendanceUADExporter attendanceUADExporter =
			new AttendanceUADExporter();

		Fields.set(
			attendanceUADExporter, "attendanceLocalService",
			harness.get(AttendanceLocalService.class));
		Fields.set(
			attendanceUADExporter, "_registrationLocalService",
			_registrations());
		Fields.set(
			attendanceUADExporter, "_sessionDateLocalService",
			harness.get(SessionDateLocalService.class));

		assertAll(
			() -> assertEquals(
				2, attendanceUADExporter.count(participantUserId),
				"both dates of the participant, marked or checked in"),
			() -> assertEquals(
				1, attendanceUADExporter.count(colleagueUserId)),
			() -> assertEquals(
				2, attendanceUADExporter.count(instructorUserId),
				"what the instructor marked"),
			() -> assertEquals(0, attendanceUADExporter.count(_rows.newId())));
	}

	@Test
	void theExportOfAParticipantHoldsTheHistoryOthersWroteOfTheirRegistrations()
		throws Exception {

		CourseSession courseSession = _session(
			session -> {
				session.setSeats(5);
				session.setStartDate(_days(14));
				session.setEndDate(_days(15));
			});

		long participantUserId = _rows.newId();
		long coordinatorUserId = _rows.newId();

		Registration participant = _confirmed(
			courseSession, participantUserId);
		Registration colleague = _confirmed(courseSession, _rows.newId());

		for (Registration registration : List.of(participant, colleague)) {
			_rows.registrationEvent(
				row -> {
					row.setCompanyId(_COMPANY_ID);
					row.setGroupId(registration.getGroupId());
					row.setUserId(coordinatorUserId);
					row.setRegistrationId(registration.getRegistrationId());
					row.setCourseSessionId(registration.getCourseSessionId());
					row.setType("messaged");
					row.setComment("Ändrad lokal");
				});
		}

		RegistrationEventUADExporter registrationEventUADExporter =
			new RegistrationEventUADExporter();

		Fields.set(
			registrationEventUADExporter, "registrationEventLocalService",
			harness.get(RegistrationEventLocalService.class));
		Fields.set(
			registrationEventUADExporter, "_registrationLocalService",
			_registrations());

		assertAll(
			() -> assertEquals(
				1, registrationEventUADExporter.count(participantUserId),
				"the coordinator's event on the participant's registration"),
			() -> assertEquals(
				2, registrationEventUADExporter.count(coordinatorUserId),
				"what the coordinator wrote"));
	}

	@Test
	void theRetentionJobErasesEveryFreeTextOnceAndRecordsIt()
		throws Exception {

		CourseSession courseSession = _session(
			session -> {
				session.setSeats(5);
				session.setStartDate(_days(-41));
				session.setEndDate(_days(-40));
			});

		Registration registration = _rows.registration(
			row -> {
				row.setCompanyId(_COMPANY_ID);
				row.setGroupId(courseSession.getGroupId());
				row.setCourseSessionId(courseSession.getCourseSessionId());
				row.setUserId(_rows.newId());
				row.setStatus(RegistrationConstants.STATUS_CANCELLED);
				row.setMotivation(_TEXT);
				row.setDietaryNeeds(_TEXT);
				row.setReviewComment(_TEXT);
				row.setCancellationReason(_TEXT);
			});

		_rows.registrationEvent(
			row -> {
				row.setCompanyId(_COMPANY_ID);
				row.setGroupId(courseSession.getGroupId());
				row.setRegistrationId(registration.getRegistrationId());
				row.setCourseSessionId(courseSession.getCourseSessionId());
				row.setType("cancelled");
				row.setComment(_TEXT);
			});

		SessionInstructor sessionInstructor = _rows.sessionInstructor(
			row -> {
				row.setCompanyId(_COMPANY_ID);
				row.setGroupId(courseSession.getGroupId());
				row.setCourseSessionId(courseSession.getCourseSessionId());
				row.setInstructorUserId(_rows.newId());
				row.setMessage(_TEXT);
			});

		int purged = _registrations().purgeFreeText();

		Registration purgedRegistration = _reload(registration);

		assertAll(
			() -> assertTrue(purged >= 2),
			() -> assertTrue(
				Validator.isNull(purgedRegistration.getMotivation())),
			() -> assertTrue(
				Validator.isNull(purgedRegistration.getDietaryNeeds())),
			() -> assertTrue(
				Validator.isNull(purgedRegistration.getReviewComment())),
			() -> assertTrue(
				Validator.isNull(purgedRegistration.getCancellationReason())),
			() -> assertEquals(List.of(), _eventComments(registration)),
			() -> assertTrue(
				Validator.isNull(
					_rows.read(
						() -> harness.get(
							SessionInstructorPersistence.class
						).findByPrimaryKey(
							sessionInstructor.getSessionInstructorId()
						)
					).getMessage())));

		assertEquals(
			0, _registrations().purgeFreeText(), "a second run finds nothing");
		assertEquals(
			1,
			_events(
				registration
			).stream(
			).filter(
				event -> "free-text-purged".equals(event.getType())
			).count(),
			"the purge is recorded once in the registration's history");
	}

	/**
	 * Two women of one administration and method, Anna on two sessions, Annika on one, and a man: anonymising
	 * all three (each registration on its own, from copies loaded before any was anonymised, as the UAD framework
	 * hands them) changes no figure of any family, sex by sex. Counting user IDs would merge Anna and Annika into
	 * the one anonymous user; a key per registration would count Anna twice.
	 */
	@Test
	void anonymisingPeopleChangesNoFigureOfAnyFamilyBySex() throws Exception {
		long companyId = _rows.newId();
		long organizationId = _rows.newId();
		long trainingMethodId = _rows.newId();

		long courseId = _rows.course(
			course -> {
				course.setCompanyId(companyId);
				course.setDurationHours(8);
			}
		).getCourseId();

		long anna = _rows.newId();
		long annika = _rows.newId();
		long bertil = _rows.newId();

		CourseSession first = _endedSession(
			companyId, courseId, trainingMethodId, -30);
		CourseSession second = _endedSession(
			companyId, courseId, trainingMethodId, -20);

		List<Registration> registrations = List.of(
			_outcome(
				first, organizationId, anna, RegistrationSexes.FEMALE,
				RegistrationConstants.STATUS_COMPLETED),
			_outcome(
				second, organizationId, anna, RegistrationSexes.FEMALE,
				RegistrationConstants.STATUS_NO_SHOW),
			_outcome(
				first, organizationId, annika, RegistrationSexes.FEMALE,
				RegistrationConstants.STATUS_COMPLETED),
			_outcome(
				second, organizationId, bertil, RegistrationSexes.MALE,
				RegistrationConstants.STATUS_COMPLETED));

		TrainingFiguresLocalService trainingFiguresLocalService = harness.get(
			TrainingFiguresLocalService.class);

		List<ParticipantFigures> participantFigures = _rows.read(
			() -> trainingFiguresLocalService.getParticipantFigures(
				companyId, _days(-60), _days(1)));
		List<SessionFigures> sessionFigures = _rows.read(
			() -> trainingFiguresLocalService.getSessionFigures(
				companyId, _days(-60), _days(1), _days(0)));

		assertEquals(
			List.of(
				new ParticipantFigures(
					organizationId, trainingMethodId, RegistrationSexes.FEMALE,
					3, 2, 2, 0, 1, 0, 0, 16),
				new ParticipantFigures(
					organizationId, trainingMethodId, RegistrationSexes.MALE, 1,
					1, 1, 0, 0, 0, 0, 8)),
			participantFigures);

		RegistrationUADAnonymizer registrationUADAnonymizer =
			_registrationUADAnonymizer();

		for (Registration registration : registrations) {
			registrationUADAnonymizer.autoAnonymize(
				registration, registration.getUserId(), _anonymousUser);
		}

		for (Registration registration : registrations) {
			assertEquals(_ANONYMOUS_USER_ID, _reload(registration).getUserId());
		}

		assertEquals(
			participantFigures,
			_rows.read(
				() -> trainingFiguresLocalService.getParticipantFigures(
					companyId, _days(-60), _days(1))));
		assertEquals(
			sessionFigures,
			_rows.read(
				() -> trainingFiguresLocalService.getSessionFigures(
					companyId, _days(-60), _days(1), _days(0))));
	}

	private CourseSession _endedSession(
			long companyId, long courseId, long trainingMethodId, int day)
		throws Exception {

		return _rows.courseSession(
			courseSession -> {
				courseSession.setCompanyId(companyId);
				courseSession.setGroupId(_rows.newId());
				courseSession.setCourseId(courseId);
				courseSession.setTrainingMethodId(trainingMethodId);
				courseSession.setStatus(
					CourseSessionConstants.STATUS_PUBLISHED);
				courseSession.setStartDate(_days(day));
				courseSession.setEndDate(_days(day));
			});
	}

	/**
	 * A registration as training makes it: the person's category and key copied onto it.
	 */
	private Registration _outcome(
			CourseSession courseSession, long organizationId, long userId,
			String sex, int status)
		throws Exception {

		return _rows.registration(
			row -> {
				row.setCompanyId(courseSession.getCompanyId());
				row.setGroupId(courseSession.getGroupId());
				row.setCourseSessionId(courseSession.getCourseSessionId());
				row.setCourseId(courseSession.getCourseId());
				row.setTrainingMethodId(courseSession.getTrainingMethodId());
				row.setOrganizationId(organizationId);
				row.setUserId(userId);
				row.setSex(sex);
				row.setParticipantKey(userId);
				row.setStatus(status);
			});
	}

	private RegistrationUADAnonymizer _registrationUADAnonymizer() {
		RegistrationUADAnonymizer registrationUADAnonymizer =
			new RegistrationUADAnonymizer();

		Fields.set(
			registrationUADAnonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			registrationUADAnonymizer, "registrationLocalService",
			_registrations());
		Fields.set(
			registrationUADAnonymizer, "_courseSessionLocalService",
			harness.get(CourseSessionLocalService.class));
		Fields.set(
			registrationUADAnonymizer, "_registrationEventLocalService",
			harness.get(RegistrationEventLocalService.class));

		return registrationUADAnonymizer;
	}

	private static Date _days(int days) {
		return new Date(System.currentTimeMillis() + (days * 86_400_000L));
	}

	private void _attendance(
			SessionDate sessionDate, Registration registration,
			long recordedByUserId, int source)
		throws Exception {

		_rows.attendance(
			row -> {
				row.setCompanyId(_COMPANY_ID);
				row.setGroupId(registration.getGroupId());
				row.setUserId(recordedByUserId);
				row.setCourseSessionId(registration.getCourseSessionId());
				row.setSessionDateId(sessionDate.getSessionDateId());
				row.setRegistrationId(registration.getRegistrationId());
				row.setPresent(true);
				row.setSource(source);
			});
	}

	private Registration _confirmed(CourseSession courseSession, long userId)
		throws Exception {

		return _rows.registration(
			row -> {
				row.setCompanyId(_COMPANY_ID);
				row.setGroupId(courseSession.getGroupId());
				row.setCourseSessionId(courseSession.getCourseSessionId());
				row.setUserId(userId);
				row.setStatus(RegistrationConstants.STATUS_CONFIRMED);
			});
	}

	private List<String> _eventComments(Registration registration)
		throws Exception {

		return _events(
			registration
		).stream(
		).map(
			RegistrationEvent::getComment
		).filter(
			Validator::isNotNull
		).collect(
			java.util.stream.Collectors.toList()
		);
	}

	private List<RegistrationEvent> _events(Registration registration)
		throws Exception {

		return _rows.read(
			() -> harness.get(
				RegistrationEventPersistence.class
			).findByRegistrationId(
				registration.getRegistrationId()
			));
	}

	private RegistrationLocalService _registrations() {
		return harness.get(RegistrationLocalService.class);
	}

	private Registration _reload(Registration registration) throws Exception {
		return _rows.read(
			() -> harness.get(
				RegistrationPersistence.class
			).findByPrimaryKey(
				registration.getRegistrationId()
			));
	}

	private CourseSession _session(Consumer<CourseSession> values)
		throws Exception {

		return _rows.courseSession(
			courseSession -> {
				courseSession.setCompanyId(_COMPANY_ID);
				courseSession.setGroupId(_rows.newId());
				courseSession.setCourseId(_rows.newId());
				courseSession.setTrainingMethodId(_rows.newId());
				courseSession.setStatus(
					CourseSessionConstants.STATUS_PUBLISHED);

				values.accept(courseSession);
			});
	}

	private SessionDate _sessionDate(CourseSession courseSession, int day)
		throws Exception {

		return _rows.sessionDate(
			sessionDate -> {
				sessionDate.setCompanyId(_COMPANY_ID);
				sessionDate.setGroupId(courseSession.getGroupId());
				sessionDate.setCourseSessionId(
					courseSession.getCourseSessionId());
				sessionDate.setStartDate(_days(day));
				sessionDate.setEndDate(_days(day));
			});
	}

	/**
	 * What people wrote about Anna's participation: her motivation and dietary needs, a manager's comment, and a
	 * coordinator's reason in its history.
	 */
	private void _writeFreeText(Registration registration) throws Exception {
		harness.runInTransaction(
			() -> {
				RegistrationPersistence registrationPersistence = harness.get(
					RegistrationPersistence.class);

				Registration row = registrationPersistence.findByPrimaryKey(
					registration.getRegistrationId());

				row.setMotivation(_TEXT);
				row.setDietaryNeeds(_TEXT);
				row.setReviewComment(_TEXT);

				registrationPersistence.update(row);
			});

		_rows.registrationEvent(
			row -> {
				row.setCompanyId(_COMPANY_ID);
				row.setGroupId(registration.getGroupId());
				row.setRegistrationId(registration.getRegistrationId());
				row.setCourseSessionId(registration.getCourseSessionId());
				row.setType("waitlist-moved");
				row.setComment(_TEXT);
			});
	}

	private static final long _ANONYMOUS_USER_ID = 9;

	private static final long _COMPANY_ID = 20_099;

	private static final String _TEXT = "sjukskriven";

	private final User _anonymousUser = mock(User.class);
	private final TrainingRows _rows = new TrainingRows(harness);

}
