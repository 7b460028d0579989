package se.livsviktig.careprogram.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;

import org.junit.jupiter.api.Test;

/**
 * The picker chooses an owner, a programme's or a routine's, or adds a contact; anything else asked for is the
 * programme's owner, never a role the commands do not know.
 *
 * @author Livsviktig
 */
public class PersonPickerDisplayContextTest {

	@Test
	public void aRoutinesOwnerIsChosenNotAddedAsAContact() {
		PersonPickerDisplayContext personPickerDisplayContext = _picker(
			PersonPickerDisplayContext.ROLE_ROUTINE_OWNER);

		assertEquals(
			"choose-the-owner-of-x", personPickerDisplayContext.getHeadingKey());
		assertEquals(88L, personPickerDisplayContext.getLocalRoutineId());
	}

	@Test
	public void aContactIsAdded() {
		assertEquals(
			"add-a-contact-to-x",
			_picker(
				PersonPickerDisplayContext.ROLE_CONTACT
			).getHeadingKey());
	}

	@Test
	public void anUnknownRoleIsTheProgrammesOwner() {
		assertEquals(
			PersonPickerDisplayContext.ROLE_OWNER,
			PersonPickerDisplayContext.role("administrator"));
		assertEquals(
			PersonPickerDisplayContext.ROLE_OWNER,
			PersonPickerDisplayContext.role(""));
		assertEquals(
			PersonPickerDisplayContext.ROLE_ROUTINE_OWNER,
			PersonPickerDisplayContext.role("routineOwner"));
	}

	private PersonPickerDisplayContext _picker(String role) {
		return new PersonPickerDisplayContext(
			77L, 88L, "Adhd – Socialförvaltningen", role, "",
			Collections.emptyList(),
			"http://localhost/search", "http://localhost/choose",
			"http://localhost/back", null);
	}

}
