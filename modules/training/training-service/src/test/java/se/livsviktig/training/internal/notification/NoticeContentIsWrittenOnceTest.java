package se.livsviktig.training.internal.notification;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Collections;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;

/**
 * A notice's deliveries (bell, e-mail) share one content: the second asks the factory for what the first had
 * written, and the factory reads nothing for it. In a registration rush that is one set of reads a person, after
 * the commit, instead of one a delivery.
 *
 * @author Livsviktig
 */
public class NoticeContentIsWrittenOnceTest {

	@Test
	public void aNoticeWrittenBeforeIsNotWrittenAgain() throws Exception {

		// The factory's services are not set: reading anything would fail

		NoticeContentFactory noticeContentFactory = new NoticeContentFactory();

		Notice notice = Notice.forRegistration(
			TrainingNoticeTypes.CONFIRMATION, _registration());

		NoticeContent noticeContent = new NoticeContent(
			new Locale("sv", "SE"), "Din plats är bekräftad");

		notice.setContent(noticeContent);

		assertSame(noticeContent, noticeContentFactory.create(notice));
	}

	@Test
	public void theRowsANoticeCarriesStayWithItsCopies() {
		Registration registration = _registration();
		CourseSession courseSession = new CourseSessionImpl();

		Notice notice = Notice.forRegistration(
			TrainingNoticeTypes.CONFIRMATION, registration
		).withRows(
			registration, courseSession
		).withPreviousDates(
			Collections.emptyList()
		);

		assertSame(registration, notice.getRegistration());
		assertSame(courseSession, notice.getCourseSession());
	}

	private static Registration _registration() {
		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(1);
		registration.setCompanyId(20097);
		registration.setGroupId(20121);
		registration.setUserId(101);
		registration.setCourseSessionId(60001);

		return registration;
	}

}
