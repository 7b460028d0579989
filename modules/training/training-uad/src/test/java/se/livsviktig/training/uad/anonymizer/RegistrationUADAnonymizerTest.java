package se.livsviktig.training.uad.anonymizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.portal.kernel.model.User;

import java.lang.reflect.Field;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.InOrder;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationEventLocalService;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * Anonymised registrations still count in the year's figures, but say nothing about the person.
 *
 * @author Livsviktig
 */
public class RegistrationUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			_anonymizer, "registrationLocalService",
			_registrationLocalService);
		Fields.set(
			_anonymizer, "_courseSessionLocalService",
			_courseSessionLocalService);
		Fields.set(
			_anonymizer, "_registrationEventLocalService",
			_registrationEventLocalService);
		Fields.set(
			_anonymizer, "_clock", Clock.fixed(_NOW, ZoneOffset.UTC));

		when(
			_courseSessionLocalService.fetchCourseSession(_COURSE_SESSION_ID)
		).thenReturn(
			_courseSession
		);
		when(
			_registration.getCourseSessionId()
		).thenReturn(
			_COURSE_SESSION_ID
		);
		when(
			_registrationEventLocalService.getRegistrationEvents(
				_REGISTRATION_ID)
		).thenReturn(
			List.of(_registrationEvent)
		);
		when(
			_registrationEvent.getComment()
		).thenReturn(
			"sjukskriven"
		);

		when(
			_anonymousUser.getUserId()
		).thenReturn(
			_ANONYMOUS_USER_ID
		);
		when(
			_anonymousUser.getFullName()
		).thenReturn(
			"Anonymous Anonymous"
		);
		when(
			_registration.getRegistrationId()
		).thenReturn(
			_REGISTRATION_ID
		);
	}

	@Test
	public void anonymisingTheParticipantRemovesThemAndTheirFreeText()
		throws Exception {

		when(
			_registration.getUserId()
		).thenReturn(
			_USER_ID
		);
		when(
			_registration.getActiveKey()
		).thenReturn(
			_USER_ID
		);

		_anonymizer.autoAnonymize(_registration, _USER_ID, _anonymousUser);

		verify(_registration).setUserId(_ANONYMOUS_USER_ID);
		verify(_registration).setUserName("Anonymous Anonymous");
		verify(_registration).setActiveKey(-_REGISTRATION_ID);
		FreeTextColumns.verifyErased(verify(_registration), "Registration");
		verify(_registration, never()).setOrganizationId(anyLong());
		verify(_registration, never()).setTrainingMethodId(anyLong());
		verify(_registration, never()).setStatus(anyInt());
		verify(_registrationLocalService).updateRegistration(_registration);
	}

	@Test
	public void anonymisingAnApproverKeepsTheParticipantsRegistration()
		throws Exception {

		when(
			_registration.getUserId()
		).thenReturn(
			_USER_ID
		);
		when(
			_registration.getActiveKey()
		).thenReturn(
			_USER_ID
		);
		when(
			_registration.getReviewerUserId()
		).thenReturn(
			_MANAGER_USER_ID
		);

		_anonymizer.autoAnonymize(
			_registration, _MANAGER_USER_ID, _anonymousUser);

		verify(_registration).setReviewerUserId(_ANONYMOUS_USER_ID);
		verify(_registration, never()).setUserId(anyLong());
		verify(_registration, never()).setActiveKey(anyLong());
		verify(_registration, never()).setDietaryNeeds(anyString());
		verify(_registration, never()).setDietaryNeeds(null);
	}

	@Test
	public void anonymisingTheParticipantErasesEveryCommentInTheHistory()
		throws Exception {

		when(
			_registration.getUserId()
		).thenReturn(
			_USER_ID
		);
		when(
			_registration.getStatus()
		).thenReturn(
			RegistrationConstants.STATUS_CANCELLED
		);

		_anonymizer.autoAnonymize(_registration, _USER_ID, _anonymousUser);

		FreeTextColumns.verifyErased(
			verify(_registrationEvent), "RegistrationEvent");
		verify(
			_registrationEventLocalService
		).updateRegistrationEvent(
			_registrationEvent
		);
	}

	@ParameterizedTest
	@ValueSource(
		ints = {
			RegistrationConstants.STATUS_PENDING_APPROVAL,
			RegistrationConstants.STATUS_CONFIRMED,
			RegistrationConstants.STATUS_WAITLISTED,
			RegistrationConstants.STATUS_OFFERED
		}
	)
	public void anUpcomingSeatIsCancelledThroughTheServiceBeforeAnonymising(
			int status)
		throws Exception {

		_sessionEndsInDays(7);

		Registration upcoming = _participantsRegistration(status);
		Registration cancelled = _participantsRegistration(
			RegistrationConstants.STATUS_CANCELLED);

		when(
			_registrationLocalService.getRegistration(_REGISTRATION_ID)
		).thenReturn(
			cancelled
		);

		_anonymizer.autoAnonymize(upcoming, _USER_ID, _anonymousUser);

		InOrder inOrder = inOrder(_registrationLocalService);

		inOrder.verify(
			_registrationLocalService
		).cancelRegistration(
			_REGISTRATION_ID, _ANONYMOUS_USER_ID,
			RegistrationUADAnonymizer.CANCELLATION_REASON, true
		);
		inOrder.verify(
			_registrationLocalService
		).updateRegistration(
			cancelled
		);

		verify(_registrationLocalService, never()).updateRegistration(
			upcoming);
		verify(cancelled).setUserId(_ANONYMOUS_USER_ID);
		FreeTextColumns.verifyErased(verify(cancelled), "Registration");
	}

	@Test
	public void aSeatOnASessionThatHasEndedStaysForTheFigures()
		throws Exception {

		_sessionEndsInDays(-1);

		Registration registration = _participantsRegistration(
			RegistrationConstants.STATUS_CONFIRMED);

		_anonymizer.autoAnonymize(registration, _USER_ID, _anonymousUser);

		verify(
			_registrationLocalService, never()
		).cancelRegistration(
			anyLong(), anyLong(), anyString(), anyBoolean()
		);
		verify(_registrationLocalService).updateRegistration(registration);
	}

	@Test
	public void aRegistrationThatNoLongerHoldsASeatIsNotCancelledAgain()
		throws Exception {

		_sessionEndsInDays(7);

		for (int status :
				new int[] {
					RegistrationConstants.STATUS_CANCELLED,
					RegistrationConstants.STATUS_DECLINED,
					RegistrationConstants.STATUS_EXPIRED
				}) {

			_anonymizer.autoAnonymize(
				_participantsRegistration(status), _USER_ID, _anonymousUser);
		}

		verify(
			_registrationLocalService, never()
		).cancelRegistration(
			anyLong(), anyLong(), anyString(), anyBoolean()
		);
	}

	private Registration _participantsRegistration(int status) {
		Registration registration = mock(Registration.class);

		when(
			registration.getUserId()
		).thenReturn(
			_USER_ID
		);
		when(
			registration.getRegistrationId()
		).thenReturn(
			_REGISTRATION_ID
		);
		when(
			registration.getCourseSessionId()
		).thenReturn(
			_COURSE_SESSION_ID
		);
		when(
			registration.getStatus()
		).thenReturn(
			status
		);

		return registration;
	}

	@Test
	public void thePersonsRegistrationsGetOneParticipantKeyOfTheirOwn()
		throws Exception {

		when(_registration.getUserId()).thenReturn(_USER_ID);
		when(_registration.getParticipantKey()).thenReturn(_USER_ID);
		when(
			_registration.getStatus()
		).thenReturn(
			RegistrationConstants.STATUS_COMPLETED
		);

		Registration earlier = mock(Registration.class);

		when(earlier.getRegistrationId()).thenReturn(_REGISTRATION_ID - 7);
		when(earlier.getParticipantKey()).thenReturn(_USER_ID);

		Registration anonymisedBefore = mock(Registration.class);

		when(
			anonymisedBefore.getRegistrationId()
		).thenReturn(
			_REGISTRATION_ID - 9
		);
		when(anonymisedBefore.getParticipantKey()).thenReturn(-1L);

		when(
			_registrationLocalService.getUserRegistrations(
				eq(_USER_ID),
				eq(RegistrationUADAnonymizer.ALL_STATUSES), anyInt(),
				anyInt())
		).thenReturn(
			List.of(earlier, _registration, anonymisedBefore)
		);

		_anonymizer.autoAnonymize(_registration, _USER_ID, _anonymousUser);

		verify(_registration).setParticipantKey(-_REGISTRATION_ID);
		verify(earlier).setParticipantKey(-_REGISTRATION_ID);
		verify(_registrationLocalService).updateRegistration(earlier);
		verify(anonymisedBefore, never()).setParticipantKey(anyLong());
	}

	@Test
	public void theRegistrationIsReadAgainSoAnEarlierReKeyingIsNotOverwritten()
		throws Exception {

		Registration current = mock(Registration.class);

		when(current.getRegistrationId()).thenReturn(_REGISTRATION_ID);
		when(current.getUserId()).thenReturn(_USER_ID);
		when(current.getParticipantKey()).thenReturn(-_REGISTRATION_ID + 3);
		when(
			current.getStatus()
		).thenReturn(
			RegistrationConstants.STATUS_COMPLETED
		);
		when(
			_registrationLocalService.fetchRegistration(_REGISTRATION_ID)
		).thenReturn(
			current
		);

		_anonymizer.autoAnonymize(_registration, _USER_ID, _anonymousUser);

		verify(_registrationLocalService).updateRegistration(current);
		verify(_registrationLocalService, never()).updateRegistration(
			_registration);
		verify(current, never()).setParticipantKey(anyLong());
	}

	@Test
	public void allStatusesNameEveryStatusARegistrationCanHave()
		throws Exception {

		Set<Integer> statuses = new TreeSet<>();

		for (Field field :
				RegistrationConstants.class.getFields()) {

			if (field.getName().startsWith("STATUS_") &&
				(field.getType() == int.class)) {

				statuses.add(field.getInt(null));
			}
		}

		Set<Integer> allStatuses = new TreeSet<>();

		for (int status : RegistrationUADAnonymizer.ALL_STATUSES) {
			allStatuses.add(status);
		}

		assertEquals(statuses, allStatuses);
	}

	private void _sessionEndsInDays(int days) {
		when(
			_courseSession.getEndDate()
		).thenReturn(
			Date.from(_NOW.plus(days, ChronoUnit.DAYS))
		);
	}

	private static final long _ANONYMOUS_USER_ID = 1;

	private static final long _COURSE_SESSION_ID = 40001;

	private static final Instant _NOW = Instant.parse("2026-06-01T08:00:00Z");

	private static final long _MANAGER_USER_ID = 30001;

	private static final long _REGISTRATION_ID = 50001;

	private static final long _USER_ID = 30002;

	private final RegistrationUADAnonymizer _anonymizer =
		new RegistrationUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final CourseSession _courseSession = mock(CourseSession.class);
	private final CourseSessionLocalService _courseSessionLocalService = mock(
		CourseSessionLocalService.class);
	private final Registration _registration = mock(Registration.class);
	private final RegistrationEvent _registrationEvent = mock(
		RegistrationEvent.class);
	private final RegistrationEventLocalService _registrationEventLocalService =
		mock(RegistrationEventLocalService.class);
	private final RegistrationLocalService _registrationLocalService = mock(
		RegistrationLocalService.class);

}
