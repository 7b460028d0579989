package se.livsviktig.survey.web.internal.results;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One bar of a {@link SvgBarChart}: an answer value's label and its count,
 * or no count at all when the count is suppressed.
 */
public class ChartBar {

	public static ChartBar shown(String label, long count) {
		if (count < 0) {
			throw new IllegalArgumentException("Negative count " + count);
		}

		return new ChartBar(label, OptionalLong.of(count));
	}

	public static ChartBar suppressed(String label) {
		return new ChartBar(label, OptionalLong.empty());
	}

	public OptionalLong getCount() {
		return _count;
	}

	public String getLabel() {
		return _label;
	}

	private ChartBar(String label, OptionalLong count) {
		_label = Objects.requireNonNull(label);
		_count = count;
	}

	private final OptionalLong _count;
	private final String _label;

}
