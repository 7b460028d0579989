package se.livsviktig.instructor.internal.network;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A network's methods as its trainingMethodIds column keeps them: the ids, distinct and sorted, comma separated.
 * A network covers a handful of methods that are always read with the network, never searched by.
 *
 * @author Livsviktig
 */
public final class TrainingMethodIds {

	public static long[] toArray(String trainingMethodIds) {
		if ((trainingMethodIds == null) || trainingMethodIds.isEmpty()) {
			return new long[0];
		}

		return Arrays.stream(
			trainingMethodIds.split(",")
		).mapToLong(
			Long::parseLong
		).toArray();
	}

	public static String toString(long[] trainingMethodIds) {
		return Arrays.stream(
			trainingMethodIds
		).distinct(
		).sorted(
		).mapToObj(
			String::valueOf
		).collect(
			Collectors.joining(",")
		);
	}

	private TrainingMethodIds() {
	}

}
