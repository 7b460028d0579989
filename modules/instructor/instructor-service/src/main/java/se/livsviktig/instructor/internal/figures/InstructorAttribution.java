package se.livsviktig.instructor.internal.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.livsviktig.training.constants.RegistrationSexes;

/**
 * Whom the active and standing families count an instructor under: the administration and sex category of the
 * holder's latest certification for the method recorded by the moment ({@code
 * CertificationsAsOfQuery.selectHolderAttributes}), the record of the person those figures are about. An
 * instructor with no certification for the method by then (training let them teach on other grounds) counts in no
 * administration, unknown; rolled up, one whose latest certification lies outside the parent's subtree counts
 * nowhere.
 *
 * @author Livsviktig
 */
public class InstructorAttribution {

	/**
	 * @param rows holderUserId, trainingMethodId, organizationId (NULL outside a rolled-up parent's subtree) and
	 *        sex, latest first per holder and method
	 * @param rolledUp whether the rows are a rolled-up query's, whose instructors without a certification then
	 *        are in no child of the parent
	 */
	public static InstructorAttribution fromRows(
		List<Object[]> rows, boolean rolledUp) {

		Map<String, FigureCell> cells = new HashMap<>();

		for (Object[] row : rows) {
			String key = _key(_long(row[0]), _long(row[1]));

			// The first row per holder and method is the latest; it decides even when it lies outside the subtree

			if (!cells.containsKey(key)) {
				cells.put(key, _cell(row[2], _long(row[1]), (String)row[3]));
			}
		}

		return new InstructorAttribution(cells, rolledUp);
	}

	/**
	 * @return the cell the instructor counts in for the method, or <code>null</code> when they count nowhere
	 */
	public FigureCell cellOf(long userId, long trainingMethodId) {
		String key = _key(userId, trainingMethodId);

		if (_cells.containsKey(key)) {
			return _cells.get(key);
		}

		if (_rolledUp) {
			return null;
		}

		return new FigureCell(0, trainingMethodId, RegistrationSexes.UNKNOWN);
	}

	private static FigureCell _cell(
		Object organizationId, long trainingMethodId, String sex) {

		if (organizationId == null) {
			return null;
		}

		if (!RegistrationSexes.isSex(sex)) {
			sex = RegistrationSexes.UNKNOWN;
		}

		return new FigureCell(_long(organizationId), trainingMethodId, sex);
	}

	private static String _key(long userId, long trainingMethodId) {
		return userId + "/" + trainingMethodId;
	}

	private static long _long(Object value) {
		return ((Number)value).longValue();
	}

	private InstructorAttribution(
		Map<String, FigureCell> cells, boolean rolledUp) {

		_cells = cells;
		_rolledUp = rolledUp;
	}

	private final Map<String, FigureCell> _cells;
	private final boolean _rolledUp;

}
