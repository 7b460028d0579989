package se.livsviktig.careprogram.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class AdministrationHealthTest {

	@Test
	public void anAdministrationWithoutRoutinesHasNoShareRatherThanADivisionByZero() {
		assertEquals(0, new AdministrationHealth(1, 0, 0, 5).getReviewedOnTimeShare());
	}

	@Test
	public void theShareIsTheRoutinesReviewedOnTimeOfAllItsRoutines() {
		assertEquals(0.25, new AdministrationHealth(1, 8, 2, 0).getReviewedOnTimeShare());
	}

}
