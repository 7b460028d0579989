package se.livsviktig.careprogram.internal.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.livsviktig.careprogram.exception.ReviewIntervalException;

/**
 * @author Livsviktig
 */
public class ReviewIntervalsTest {

	@ParameterizedTest
	@ValueSource(ints = {1, 12, 60})
	public void oneToSixtyMonthsIsAnInterval(int months) {
		assertDoesNotThrow(() -> ReviewIntervals.validate(months));
	}

	@ParameterizedTest
	@ValueSource(ints = {-1, 0, 61, 120})
	public void zeroOrMoreThanSixtyMonthsIsRefused(int months) {
		assertThrows(
			ReviewIntervalException.class,
			() -> ReviewIntervals.validate(months));
	}

}
