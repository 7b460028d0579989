package se.livsviktig.instructor.internal.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class TrainingMethodIdsTest {

	@Test
	public void idsAreKeptDistinctAndSortedAndReadBack() {
		String trainingMethodIds = TrainingMethodIds.toString(
			new long[] {502, 501, 502});

		assertEquals("501,502", trainingMethodIds);
		assertArrayEquals(
			new long[] {501, 502}, TrainingMethodIds.toArray(trainingMethodIds));
		assertArrayEquals(new long[0], TrainingMethodIds.toArray(""));
		assertArrayEquals(new long[0], TrainingMethodIds.toArray(null));
	}

}
