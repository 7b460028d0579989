package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.petra.function.UnsafeConsumer;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.Race;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.configuration.SurveyCompanyConfiguration;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.internal.dispatch.DueInvitations;
import se.livsviktig.survey.internal.dispatch.SurveyDispatchRunner;
import se.livsviktig.survey.internal.invitation.InvitationMailing;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.service.SurveyDispatchLocalService;
import se.livsviktig.survey.service.SurveyInvitationLocalService;
import se.livsviktig.survey.service.SurveyLocalService;
import se.livsviktig.training.registration.CompletedRegistration;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * The invitation job on real PostgreSQL, through the portal's transactions: two cluster nodes (threads, each with
 * its own job components, sharing the database) running it at the same moment create each invitation once and mail
 * it once, with one token each; a rerun mails nothing; after the reminder interval, two nodes at once remind each
 * invitation once with a fresh token; a run that stopped halfway through the invitations is finished by the next
 * run, and nothing is mailed twice.
 *
 * @author Livsviktig
 */
class SurveyInvitationsOnceIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	/**
	 * The company the dispatch service reads its time zone from, for the
	 * month an invitation is sent in: Honolulu, where {@link #_NOW} is still
	 * the last day of February.
	 */
	@BeforeEach
	void setUp() throws Exception {
		Company company = mock(Company.class);

		when(
			company.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Pacific/Honolulu")
		);

		when(
			harness.portalService(
				CompanyLocalService.class
			).getCompany(
				anyLong()
			)
		).thenReturn(
			company
		);
	}

	@Test
	void twoNodesRunningTheJobAtOnceInviteAndMailEachParticipantOnce()
		throws Exception {

		long companyId = _rows.newId();

		SurveyDispatch surveyDispatch = _dispatch(companyId);

		List<CompletedRegistration> completed = _completed(120);

		Queue<InvitationMailing> mailings = new ConcurrentLinkedQueue<>();

		List<SurveyDispatchRunner> nodes = List.of(
			_node(companyId, completed, mailings, _NOW, null),
			_node(companyId, completed, mailings, _NOW, null));

		List<Race.Outcome<Integer>> outcomes = Race.run(
			2, node -> nodes.get(node)::run);

		assertTrue(
			outcomes.stream(
			).allMatch(
				Race.Outcome::succeeded
			),
			outcomes.toString());

		long surveyDispatchId = surveyDispatch.getSurveyDispatchId();

		assertEquals(120, _count(_INVITATIONS, surveyDispatchId));
		assertEquals(
			120,
			_count(
				_INVITATIONS + " and status = " +
					SurveyInvitationConstants.STATUS_SENT,
				surveyDispatchId));
		assertEquals(120, _count(_TOKENS, surveyDispatchId));
		assertEquals(
			120,
			_count(_INVITATIONS + " and sentMonth = 202702", surveyDispatchId));
		_assertEachOnce(mailings, 120, false);

		assertEquals(
			0, _node(companyId, completed, mailings, _NOW, null).run());
		assertEquals(120, mailings.size());
		assertTrue(
			_count(
				"select count(*) from LVSurvey_SurveyDispatch where " +
					"surveyDispatchId = ? and lastRunDate is not null",
				surveyDispatchId) == 1);

		Instant aWeekLater = _NOW.plus(Duration.ofDays(7));

		Queue<InvitationMailing> reminders = new ConcurrentLinkedQueue<>();

		List<SurveyDispatchRunner> laterNodes = List.of(
			_node(companyId, completed, reminders, aWeekLater, null),
			_node(companyId, completed, reminders, aWeekLater, null));

		outcomes = Race.run(2, node -> laterNodes.get(node)::run);

		assertTrue(
			outcomes.stream(
			).allMatch(
				Race.Outcome::succeeded
			),
			outcomes.toString());

		_assertEachOnce(reminders, 120, true);
		assertEquals(
			120,
			_count(_INVITATIONS + " and reminderCount = 1", surveyDispatchId));
		assertEquals(240, _count(_TOKENS, surveyDispatchId));
		assertEquals(
			0,
			_node(
				companyId, completed, reminders, aWeekLater, null
			).run());
	}

	@Test
	void aRunStoppedHalfwayIsFinishedByTheNextAndMailsNothingTwice()
		throws Exception {

		long companyId = _rows.newId();

		SurveyDispatch surveyDispatch = _dispatch(companyId);

		List<CompletedRegistration> completed = _completed(
			DueInvitations.PAGE_SIZE + 40);

		Queue<InvitationMailing> mailings = new ConcurrentLinkedQueue<>();

		AtomicBoolean crash = new AtomicBoolean(true);

		_node(companyId, completed, mailings, _NOW, crash).run();

		long surveyDispatchId = surveyDispatch.getSurveyDispatchId();

		assertEquals(
			DueInvitations.PAGE_SIZE, _count(_INVITATIONS, surveyDispatchId));
		assertEquals(0, mailings.size());

		crash.set(false);

		assertEquals(
			40 + DueInvitations.PAGE_SIZE + 40,
			_node(companyId, completed, mailings, _NOW, crash).run());

		assertEquals(
			DueInvitations.PAGE_SIZE + 40,
			_count(_INVITATIONS, surveyDispatchId));
		_assertEachOnce(mailings, DueInvitations.PAGE_SIZE + 40, false);
	}

	private static void _assertEachOnce(
		Queue<InvitationMailing> mailings, int expected, boolean reminder) {

		Set<Long> surveyInvitationIds = new HashSet<>();
		Set<String> tokens = new HashSet<>();

		for (InvitationMailing invitationMailing : mailings) {
			assertEquals(reminder, invitationMailing.isReminder());

			surveyInvitationIds.add(invitationMailing.getSurveyInvitationId());
			tokens.add(invitationMailing.getToken());
		}

		assertEquals(expected, mailings.size());
		assertEquals(expected, surveyInvitationIds.size());
		assertEquals(expected, tokens.size());
	}

	private static List<CompletedRegistration> _completed(int count) {
		List<CompletedRegistration> completedRegistrations = new ArrayList<>();

		long firstRegistrationId = _rows.newId() * 10_000;

		for (int i = 0; i < count; i++) {
			completedRegistrations.add(
				new CompletedRegistration(
					firstRegistrationId + i, 500_000 + i, 11, _MHFA, 7001,
					Date.from(_NOW.minus(Duration.ofDays(2)))));
		}

		return completedRegistrations;
	}

	private static long _count(String sql, long surveyDispatchId)
		throws Exception {

		try (Connection connection = harness.database().connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			preparedStatement.setLong(1, surveyDispatchId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1);
			}
		}
	}

	/**
	 * A dispatch of a company of its own: a node runs every dispatch of its companies, and training's double
	 * answers for the company, so no test sees another's.
	 */
	private static SurveyDispatch _dispatch(long companyId) throws Exception {
		Survey survey = _rows.survey(
			values -> {
				values.setCompanyId(companyId);
				values.setGroupId(_GROUP_ID);
				values.setKind(SurveyConstants.KIND_EVALUATION);
				values.setAnonymous(true);
				values.setStatus(SurveyConstants.STATUS_ACTIVE);
			});

		return _rows.surveyDispatch(
			values -> {
				values.setCompanyId(companyId);
				values.setGroupId(_GROUP_ID);
				values.setSurveyId(survey.getSurveyId());
				values.setMethodId(_MHFA);
				values.setTriggerType(
					SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE);
				values.setDelayDays(0);
				values.setWindowStartDate(
					Date.from(_NOW.minus(Duration.ofDays(30))));
				values.setCloseDate(Date.from(_NOW.plus(Duration.ofDays(30))));
				values.setReminderIntervalDays(7);
				values.setMaxReminders(2);
				values.setStatus(SurveyDispatchConstants.STATUS_ACTIVE);
			});
	}

	/**
	 * The job as one cluster node has it: its own components, the bundle's real services and database. Training
	 * answers with the given completed registrations, a keyset page at a time, and with {@code crash} set it fails
	 * on the second page, as a node that stops halfway.
	 */
	private static SurveyDispatchRunner _node(
			long companyId, List<CompletedRegistration> completed,
			Queue<InvitationMailing> mailings, Instant now,
			AtomicBoolean crash)
		throws Exception {

		RegistrationLocalService registrationLocalService = mock(
			RegistrationLocalService.class);

		when(
			registrationLocalService.getCompletedRegistrations(
				eq(companyId), eq(_MHFA), any(Date.class), any(Date.class),
				anyLong(), anyInt())
		).thenAnswer(
			invocation -> {
				long afterRegistrationId = invocation.getArgument(4);
				int size = invocation.getArgument(5);

				if ((crash != null) && crash.get() &&
					(afterRegistrationId > 0)) {

					throw new IllegalStateException("The node stopped");
				}

				List<CompletedRegistration> page = new ArrayList<>();

				for (CompletedRegistration completedRegistration : completed) {
					if ((completedRegistration.getRegistrationId() >
							afterRegistrationId) &&
						(page.size() < size)) {

						page.add(completedRegistration);
					}
				}

				return page;
			}
		);

		SurveyDispatchLocalService surveyDispatchLocalService = harness.get(
			SurveyDispatchLocalService.class);

		DueInvitations dueInvitations = new DueInvitations();

		Fields.set(
			dueInvitations, "_registrationLocalService",
			registrationLocalService);
		Fields.set(
			dueInvitations, "_surveyDispatchLocalService",
			surveyDispatchLocalService);

		CompanyLocalService companyLocalService = mock(
			CompanyLocalService.class);

		doAnswer(
			invocation -> {
				UnsafeConsumer<Long, Exception> unsafeConsumer =
					invocation.getArgument(0);

				unsafeConsumer.accept(companyId);

				return null;
			}
		).when(
			companyLocalService
		).forEachCompanyId(
			any()
		);

		SurveyCompanyConfiguration surveyCompanyConfiguration = mock(
			SurveyCompanyConfiguration.class);

		when(
			surveyCompanyConfiguration.answerPageURL()
		).thenReturn(
			"https://intra.example/enkat"
		);
		when(surveyCompanyConfiguration.mySurveysURL()).thenReturn("");

		ConfigurationProvider configurationProvider = mock(
			ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(
				SurveyCompanyConfiguration.class, companyId)
		).thenReturn(
			surveyCompanyConfiguration
		);

		SurveyDispatchRunner surveyDispatchRunner = new SurveyDispatchRunner() {
			{
				setClock(Clock.fixed(now, ZoneOffset.UTC));
				addInvitationDelivery(mailings::add);
			}
		};

		Fields.set(
			surveyDispatchRunner, "_companyLocalService", companyLocalService);
		Fields.set(
			surveyDispatchRunner, "_configurationProvider",
			configurationProvider);
		Fields.set(surveyDispatchRunner, "_dueInvitations", dueInvitations);
		Fields.set(
			surveyDispatchRunner, "_surveyDispatchLocalService",
			surveyDispatchLocalService);
		Fields.set(
			surveyDispatchRunner, "_surveyInvitationLocalService",
			harness.get(SurveyInvitationLocalService.class));
		Fields.set(
			surveyDispatchRunner, "_surveyLocalService",
			harness.get(SurveyLocalService.class));

		return surveyDispatchRunner;
	}

	private static final long _GROUP_ID = 20121;

	private static final String _INVITATIONS =
		"select count(*) from LVSurvey_SurveyInvitation where " +
			"surveyDispatchId = ?";

	private static final long _MHFA = 501;

	private static final Instant _NOW = Instant.parse("2027-03-01T09:00:00Z");

	private static final String _TOKENS =
		"select count(*) from LVSurvey_SurveyAccessToken where " +
			"surveyInvitationId in (select surveyInvitationId from " +
				"LVSurvey_SurveyInvitation where surveyDispatchId = ?)";

	private static final SurveyRows _rows = new SurveyRows(harness);

}
