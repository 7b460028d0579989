package se.livsviktig.survey.service.internal.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Response and answer ids are positive, never 0, and carry no order.
 *
 * @author Livsviktig
 */
public class UnorderedIdsTest {

	@Test
	public void idsArePositiveAndNeverZero() {
		UnorderedIds unorderedIds = new UnorderedIds(
			new SequenceRandom(0L, -1L, Long.MIN_VALUE, 42L));

		assertEquals(Long.MAX_VALUE, unorderedIds.nextId());

		// Long.MIN_VALUE without its sign bit is 0: drawn again.

		assertEquals(42L, unorderedIds.nextId());

		UnorderedIds secureIds = new UnorderedIds();

		for (int i = 0; i < 1000; i++) {
			assertTrue(secureIds.nextId() > 0);
		}
	}

	@Test
	public void idsDoNotFollowTheOrderTheyWereMadeIn() {
		UnorderedIds unorderedIds = new UnorderedIds();

		List<Long> ids = new ArrayList<>();

		for (int i = 0; i < 50; i++) {
			ids.add(unorderedIds.nextId());
		}

		List<Long> sorted = new ArrayList<>(ids);

		sorted.sort(null);

		// 50 random ids come out sorted with a chance of 1 in 50!, about 1e-64.

		assertNotEquals(sorted, ids);
		assertEquals(50, new HashSet<>(ids).size());
	}

	private static class SequenceRandom extends SecureRandom {

		@Override
		public long nextLong() {
			return _values[_next++];
		}

		private SequenceRandom(long... values) {
			_values = values;
		}

		private int _next;
		private final long[] _values;

	}

}
