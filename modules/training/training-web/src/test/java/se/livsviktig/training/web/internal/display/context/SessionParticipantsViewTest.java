package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where each form of the participants page returns: a refusal to the view the form is in, so the coordinator
 * sees why next to what they typed; a success to the same view, except a move or cancellation, after which the
 * person's row has changed and the list is where to look.
 *
 * @author Livsviktig
 */
public class SessionParticipantsViewTest {

	@CsvSource(
		{
			"add,add", "import,add", "approval,approvals", "cancel,participants",
			"invite,staffing", "message,message", "move,participants",
			"waitlist,waitlist"
		}
	)
	@ParameterizedTest
	public void aFinishedActionShowsItsViewOrTheListAfterAMoveOrCancellation(
		String form, String view) {

		assertEquals(view, SessionParticipantsView.afterSuccess(form));
	}

	@CsvSource(
		{
			"add,add", "import,add", "approval,approvals", "cancel,cancel",
			"invite,staffing", "message,message", "move,move",
			"waitlist,waitlist", "'',participants"
		}
	)
	@ParameterizedTest
	public void aRefusedActionReturnsToTheViewOfItsForm(
		String form, String view) {

		assertEquals(view, SessionParticipantsView.ofForm(form));
	}

}
