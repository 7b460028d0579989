package se.livsviktig.training.constants;

/**
 * The statistical sex category stored on a registration (column {@code sex}) for the year's figures: copied from
 * the configured source when the registration is made, counted only in aggregate, and kept when the person is
 * anonymised. The values are the report's own ({@code ReportSexes}), so a figure carries them unchanged.
 *
 * <p>
 * The source is the company's choice (Instance Settings › Livsviktig › Utbildning): the portal's Contact gender,
 * or a user custom field whose values are mapped to these categories. {@link #UNKNOWN} is what a source could not
 * tell: no contact, an empty custom field, or a value the mapping does not name.
 * </p>
 *
 * @author Livsviktig
 */
public class RegistrationSexes {

	public static final String FEMALE = "female";

	public static final String MALE = "male";

	public static final String UNKNOWN = "unknown";

	public static final String[] VALUES = {FEMALE, MALE, UNKNOWN};

	public static boolean isSex(String value) {
		for (String sex : VALUES) {
			if (sex.equals(value)) {
				return true;
			}
		}

		return false;
	}

}
