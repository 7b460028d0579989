package se.livsviktig.survey.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.service.SurveyDispatchLocalService;
import se.livsviktig.training.registration.CompletedRegistration;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * The job's invitations come from training's completed registrations a keyset page at a time: each page after the
 * last registration read, until a page is short; a dispatch to chosen sessions reads those; only due completions.
 *
 * @author Livsviktig
 */
class DueInvitationsTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(
			_dueInvitations, "_registrationLocalService",
			_registrationLocalService);
		Fields.set(
			_dueInvitations, "_surveyDispatchLocalService",
			_surveyDispatchLocalService);

		when(_surveyDispatch.getSurveyDispatchId()).thenReturn(_DISPATCH_ID);
		when(_surveyDispatch.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_surveyDispatch.getDelayDays()).thenReturn(180);
		when(
			_surveyDispatch.getWindowStartDate()
		).thenReturn(
			Date.from(_NOW.minus(Duration.ofDays(400)))
		);
		when(
			_surveyDispatch.getCloseDate()
		).thenReturn(
			Date.from(_NOW.plus(Duration.ofDays(30)))
		);
		when(
			_surveyDispatchLocalService.getSurveyDispatchCourseSessionIds(
				_DISPATCH_ID)
		).thenReturn(
			new long[0]
		);
		when(
			_surveyDispatchLocalService.addSurveyInvitation(
				eq(_surveyDispatch), any())
		).thenReturn(
			true
		);
	}

	@Test
	void eachPageStartsAfterTheLastRegistrationReadUntilAPageIsShort() {
		when(_surveyDispatch.getMethodId()).thenReturn(_MHFA);

		Date to = Date.from(
			_NOW.minus(
				Duration.ofDays(180)
			).plusMillis(
				1
			));

		when(
			_registrationLocalService.getCompletedRegistrations(
				eq(_COMPANY_ID), eq(_MHFA), any(Date.class), eq(to), eq(0L),
				eq(DueInvitations.PAGE_SIZE))
		).thenReturn(
			_page(1, DueInvitations.PAGE_SIZE)
		);
		when(
			_registrationLocalService.getCompletedRegistrations(
				eq(_COMPANY_ID), eq(_MHFA), any(Date.class), eq(to),
				eq((long)DueInvitations.PAGE_SIZE),
				eq(DueInvitations.PAGE_SIZE))
		).thenReturn(
			_page(DueInvitations.PAGE_SIZE + 1, 3)
		);

		assertEquals(
			DueInvitations.PAGE_SIZE + 3,
			_dueInvitations.create(_surveyDispatch, _NOW));
	}

	@Test
	void aDispatchToChosenSessionsReadsThoseSessions() {
		long[] courseSessionIds = {11, 12};

		when(
			_surveyDispatchLocalService.getSurveyDispatchCourseSessionIds(
				_DISPATCH_ID)
		).thenReturn(
			courseSessionIds
		);
		when(
			_registrationLocalService.getCompletedRegistrations(
				eq(_COMPANY_ID), eq(courseSessionIds), any(Date.class),
				any(Date.class), eq(0L), anyInt())
		).thenReturn(
			_page(1, 2)
		);

		assertEquals(2, _dueInvitations.create(_surveyDispatch, _NOW));
		verify(
			_registrationLocalService, never()
		).getCompletedRegistrations(
			anyLong(), anyLong(), any(), any(), anyLong(), anyInt()
		);
	}

	@Test
	void registrationsInvitedBeforeAreNotCounted() {
		when(_surveyDispatch.getMethodId()).thenReturn(_MHFA);
		when(
			_registrationLocalService.getCompletedRegistrations(
				anyLong(), anyLong(), any(), any(), anyLong(), anyInt())
		).thenReturn(
			_page(1, 2)
		);
		when(
			_surveyDispatchLocalService.addSurveyInvitation(
				eq(_surveyDispatch), any())
		).thenReturn(
			false
		);

		assertEquals(0, _dueInvitations.create(_surveyDispatch, _NOW));
	}

	@Test
	void nothingIsReadOnceTheDispatchHasClosed() {
		when(_surveyDispatch.getCloseDate()).thenReturn(Date.from(_NOW));

		assertEquals(0, _dueInvitations.create(_surveyDispatch, _NOW));
		verifyNoInteractions(_registrationLocalService);
	}

	private static List<CompletedRegistration> _page(
		long firstRegistrationId, int size) {

		List<CompletedRegistration> completedRegistrations = new ArrayList<>();

		for (long registrationId = firstRegistrationId;
			 registrationId < (firstRegistrationId + size); registrationId++) {

			completedRegistrations.add(
				new CompletedRegistration(
					registrationId, 1000 + registrationId, 11, _MHFA, 7001,
					Date.from(_NOW.minus(Duration.ofDays(200)))));
		}

		return completedRegistrations;
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _DISPATCH_ID = 72;

	private static final long _MHFA = 501;

	private static final Instant _NOW = Instant.parse("2027-05-10T08:00:00Z");

	private final DueInvitations _dueInvitations = new DueInvitations();
	private final RegistrationLocalService _registrationLocalService = mock(
		RegistrationLocalService.class);
	private final SurveyDispatch _surveyDispatch = mock(SurveyDispatch.class);
	private final SurveyDispatchLocalService _surveyDispatchLocalService =
		mock(SurveyDispatchLocalService.class);

}
