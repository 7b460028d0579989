package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.CourseSession;

/**
 * A session takes registrations while published, from its opening until its closing, either of which may be
 * unset; a participant cancels on their own until the deadline, always when there is none.
 *
 * @author Livsviktig
 */
public class SessionRegistrationWindowTest {

	@BeforeEach
	public void setUp() {
		when(
			_courseSession.getStatus()
		).thenReturn(
			CourseSessionConstants.STATUS_PUBLISHED
		);
	}

	@Test
	public void aDraftTakesNoRegistrations() {
		when(
			_courseSession.getStatus()
		).thenReturn(
			CourseSessionConstants.STATUS_DRAFT
		);

		assertFalse(_window.isOpen());
	}

	@Test
	public void aPublishedSessionWithoutDatesTakesRegistrations() {
		assertTrue(_window.isOpen());
	}

	@Test
	public void cancellingIsOwnUntilTheDeadline() {
		assertTrue(_window.isBeforeCancellationDeadline());

		when(
			_courseSession.getCancellationDeadline()
		).thenReturn(
			_inAMinute
		);

		assertTrue(_window.isBeforeCancellationDeadline());

		when(
			_courseSession.getCancellationDeadline()
		).thenReturn(
			_aMinuteAgo
		);

		assertFalse(_window.isBeforeCancellationDeadline());
	}

	@Test
	public void registrationClosesAtItsCloseDate() {
		when(
			_courseSession.getRegistrationCloseDate()
		).thenReturn(
			_aMinuteAgo
		);

		assertFalse(_window.isOpen());
	}

	@Test
	public void registrationOpensAtItsOpenDate() {
		when(
			_courseSession.getRegistrationOpenDate()
		).thenReturn(
			_inAMinute
		);

		assertFalse(_window.isOpen());

		when(
			_courseSession.getRegistrationOpenDate()
		).thenReturn(
			_aMinuteAgo
		);
		when(
			_courseSession.getRegistrationCloseDate()
		).thenReturn(
			_inAMinute
		);

		assertTrue(_window.isOpen());
	}

	private final Date _aMinuteAgo = new Date(
		System.currentTimeMillis() - 60_000);
	private final CourseSession _courseSession = mock(CourseSession.class);
	private final Date _inAMinute = new Date(
		System.currentTimeMillis() + 60_000);
	private final SessionRegistrationWindow _window =
		new SessionRegistrationWindow(_courseSession);

}
