package se.livsviktig.report.constants;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The sex a person-based figure is split by, as a statistical attribute copied onto each registration when it is
 * made, and {@link #NONE} for a figure that is not about people (sessions held, cancelled).
 *
 * @author Livsviktig
 */
public class ReportSexes {

	public static final String FEMALE = "female";

	public static final String MALE = "male";

	public static final String NONE = "";

	public static final String UNKNOWN = "unknown";

	/**
	 * The values of a person-based figure, in the order a report lists them (women, men, unknown).
	 */
	public static final List<String> ALL = Collections.unmodifiableList(
		Arrays.asList(FEMALE, MALE, UNKNOWN));

}
