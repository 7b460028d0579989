package se.livsviktig.training.internal.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class CheckInCodesTest {

	@Test
	public void codesAvoidCharactersThatLookAlike() {
		CheckInCodes checkInCodes = new CheckInCodes();

		for (int i = 0; i < 500; i++) {
			String code = checkInCodes.newCode();

			assertEquals(CheckInCodes.CODE_LENGTH, code.length());
			assertTrue(code.matches("[A-HJ-NP-Z2-9]+"), code);
		}
	}

	@Test
	public void codesAreRandomNotSequential() {
		CheckInCodes checkInCodes = new CheckInCodes();

		Set<String> codes = new HashSet<>();

		for (int i = 0; i < 1000; i++) {
			codes.add(checkInCodes.newCode());
		}

		assertTrue(codes.size() > 990, codes.size() + " distinct of 1000");
	}

	@Test
	public void checkInOpensHalfAnHourBeforeTheStartAndClosesAtTheEnd() {
		Date start = new Date(1_800_000_000_000L);

		assertEquals(
			start.getTime() - 30 * 60 * 1000,
			CheckInCodes.getOpenDate(
				start
			).getTime());
		assertEquals(start, CheckInCodes.getCloseDate(start));
	}

	@Test
	public void typedCodesAreMatchedWithoutCaseOrSpaces() {
		assertEquals("ABC234", CheckInCodes.normalize(" abc 234 "));
	}

}
