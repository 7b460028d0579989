package se.livsviktig.training.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;

import java.util.Date;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseSessionImpl;

/**
 * Which steps of a session's life are allowed from where, and what a step records.
 *
 * @author Livsviktig
 */
public class SessionLifecycleTest {

	@Test
	public void onlyADraftIsPublished() throws Exception {
		SessionLifecycle.checkCanPublish(
			_session(CourseSessionConstants.STATUS_DRAFT));

		for (int status :
				new int[] {
					CourseSessionConstants.STATUS_PUBLISHED,
					CourseSessionConstants.STATUS_CANCELLED,
					CourseSessionConstants.STATUS_ARCHIVED
				}) {

			assertThrows(
				RegistrationStatusException.class,
				() -> SessionLifecycle.checkCanPublish(_session(status)));
		}
	}

	@Test
	public void aClosedSessionIsNotCancelledAgain() throws Exception {
		SessionLifecycle.checkCanCancel(
			_session(CourseSessionConstants.STATUS_PUBLISHED));
		SessionLifecycle.checkCanCancel(
			_session(CourseSessionConstants.STATUS_DRAFT));

		assertThrows(
			RegistrationStatusException.class,
			() -> SessionLifecycle.checkCanCancel(
				_session(CourseSessionConstants.STATUS_CANCELLED)));
		assertThrows(
			RegistrationStatusException.class,
			() -> SessionLifecycle.checkCanCancel(
				_session(CourseSessionConstants.STATUS_ARCHIVED)));
	}

	@Test
	public void aCancellationNeedsAReason() throws Exception {
		SessionLifecycle.checkCancellationReason("Instruktören är sjuk");

		assertThrows(
			CancellationReasonException.class,
			() -> SessionLifecycle.checkCancellationReason(null));
		assertThrows(
			CancellationReasonException.class,
			() -> SessionLifecycle.checkCancellationReason(" "));
	}

	@Test
	public void aStepRecordsWhoWhenAndWhy() {
		User user = mock(User.class);

		when(
			user.getUserId()
		).thenReturn(
			20123L
		);
		when(
			user.getFullName()
		).thenReturn(
			"Karin Lind"
		);

		CourseSession courseSession = _session(
			CourseSessionConstants.STATUS_PUBLISHED);
		Date now = new Date(1_900_000_000_000L);

		SessionLifecycle.moveTo(
			courseSession, CourseSessionConstants.STATUS_CANCELLED, user,
			"Instruktören är sjuk", now);

		assertEquals(
			CourseSessionConstants.STATUS_CANCELLED, courseSession.getStatus());
		assertEquals(20123L, courseSession.getStatusByUserId());
		assertEquals("Karin Lind", courseSession.getStatusByUserName());
		assertEquals(now, courseSession.getStatusDate());
		assertEquals("Instruktören är sjuk", courseSession.getStatusReason());
	}

	private static CourseSession _session(int status) {
		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setCourseSessionId(30001);
		courseSession.setStatus(status);

		return courseSession;
	}

}
