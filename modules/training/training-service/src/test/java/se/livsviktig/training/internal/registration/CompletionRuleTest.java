package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.RegistrationConstants;

/**
 * @author Livsviktig
 */
public class CompletionRuleTest {

	@Test
	public void byDefaultEveryDateMustBeAttended() {
		CompletionRule completionRule = new CompletionRule(100);

		assertEquals(
			RegistrationConstants.STATUS_COMPLETED,
			completionRule.getStatus(4, 4));
		assertEquals(
			RegistrationConstants.STATUS_NOT_COMPLETED,
			completionRule.getStatus(4, 3));
	}

	@Test
	public void aMethodMayAcceptMissingSomeDates() {
		CompletionRule completionRule = new CompletionRule(75);

		assertEquals(
			RegistrationConstants.STATUS_COMPLETED,
			completionRule.getStatus(4, 3));
		assertEquals(
			RegistrationConstants.STATUS_NOT_COMPLETED,
			completionRule.getStatus(4, 2));
	}

	@Test
	public void attendingNoDateIsANoShow() {
		assertEquals(
			RegistrationConstants.STATUS_NO_SHOW,
			new CompletionRule(50).getStatus(2, 0));
	}

	@Test
	public void theRequiredShareIsAPercentage() {
		assertThrows(IllegalArgumentException.class, () -> new CompletionRule(0));
		assertThrows(
			IllegalArgumentException.class, () -> new CompletionRule(101));
	}

}
