package se.livsviktig.training.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * A waitlisted person's notice says their place in line. A new registration's notice carries it from under the
 * session's row lock, so the content after the commit does not count those ahead again (in a rush, 900 counts of a
 * thousand registrations); a notice that does not carry it (a job's reminder) counts as before.
 *
 * @author Livsviktig
 */
public class NoticeWaitlistPositionTest {

	@Test
	public void aCarriedPlaceIsUsedWithoutCounting() throws Exception {
		Notice notice = Notice.forRegistration(
			TrainingNoticeTypes.WAITLISTED, _registration()
		).withWaitlistPosition(
			7
		);

		assertEquals(
			7, _noticeContentFactory.getWaitlistPosition(notice, _REGISTRATION_ID));

		verify(
			_registrationLocalService, never()
		).getWaitlistPosition(
			anyLong()
		);
	}

	@Test
	public void withoutACarriedPlaceItIsCounted() throws Exception {
		when(
			_registrationLocalService.getWaitlistPosition(_REGISTRATION_ID)
		).thenReturn(
			3
		);

		Notice notice = Notice.forRegistration(
			TrainingNoticeTypes.WAITLISTED, _registration());

		assertEquals(
			3, _noticeContentFactory.getWaitlistPosition(notice, _REGISTRATION_ID));
	}

	@Test
	public void theCarriedPlaceStaysWithTheNoticesCopies() {
		Registration registration = _registration();

		Notice notice = Notice.forRegistration(
			TrainingNoticeTypes.WAITLISTED, registration
		).withWaitlistPosition(
			5
		).withRows(
			registration, null
		);

		assertEquals(5, notice.getWaitlistPosition());
	}

	private static Registration _registration() {
		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(_REGISTRATION_ID);
		registration.setCompanyId(20097);
		registration.setGroupId(20121);
		registration.setUserId(101);
		registration.setCourseSessionId(60001);

		return registration;
	}

	@BeforeEach
	public void setUp() {
		Fields.set(
			_noticeContentFactory, "_registrationLocalService",
			_registrationLocalService);
	}

	private static final long _REGISTRATION_ID = 1;

	private final NoticeContentFactory _noticeContentFactory = new NoticeContentFactory();
	private final RegistrationLocalService _registrationLocalService = mock(RegistrationLocalService.class);

}
