package se.livsviktig.careprogram.uad.anonymizer;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.CareProgramContact;
import se.livsviktig.careprogram.model.ReviewNotice;
import se.livsviktig.careprogram.service.CareProgramContactLocalService;
import se.livsviktig.careprogram.service.ReviewNoticeLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * A programme contact and a review notice name one person each: erasing that person deletes the row, erasing
 * anyone else leaves it.
 *
 * @author Livsviktig
 */
public class ErasedPeopleLeaveNoRowsTest {

	@Test
	public void anErasedContactIsNoLongerAContact() throws Exception {
		CareProgramContactLocalService localService = mock(
			CareProgramContactLocalService.class);
		ProgramContactUADAnonymizer anonymizer = Fields.set(
			new ProgramContactUADAnonymizer(), "_careProgramContactLocalService",
			localService);

		CareProgramContact careProgramContact = mock(CareProgramContact.class);

		when(careProgramContact.getUserId()).thenReturn(_PERSON_USER_ID);

		anonymizer.autoAnonymize(
			careProgramContact, _OTHER_USER_ID, _anonymousUser);

		verify(
			localService, never()
		).deleteCareProgramContact(
			careProgramContact
		);

		anonymizer.autoAnonymize(
			careProgramContact, _PERSON_USER_ID, _anonymousUser);

		verify(localService).deleteCareProgramContact(careProgramContact);
	}

	@Test
	public void anErasedRecipientsNoticesGo() throws Exception {
		ReviewNoticeLocalService localService = mock(
			ReviewNoticeLocalService.class);
		ReviewNoticeRecipientUADAnonymizer anonymizer = Fields.set(
			new ReviewNoticeRecipientUADAnonymizer(),
			"_reviewNoticeLocalService", localService);

		ReviewNotice reviewNotice = mock(ReviewNotice.class);

		when(reviewNotice.getRecipientUserId()).thenReturn(_PERSON_USER_ID);

		anonymizer.autoAnonymize(reviewNotice, _OTHER_USER_ID, _anonymousUser);

		verify(localService, never()).deleteReviewNotice(reviewNotice);

		anonymizer.autoAnonymize(reviewNotice, _PERSON_USER_ID, _anonymousUser);

		verify(localService).deleteReviewNotice(reviewNotice);
	}

	private static final long _OTHER_USER_ID = 302;

	private static final long _PERSON_USER_ID = 301;

	private final User _anonymousUser = mock(User.class);

}
