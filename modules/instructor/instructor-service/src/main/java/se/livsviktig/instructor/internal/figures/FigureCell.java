package se.livsviktig.instructor.internal.figures;

import java.util.Comparator;
import java.util.Objects;

/**
 * One cell of an instructor figure: administration, training method and sex category, ordered as the figures
 * are listed (administration, then method, then sex).
 *
 * @author Livsviktig
 */
public final class FigureCell implements Comparable<FigureCell> {

	public FigureCell(long organizationId, long trainingMethodId, String sex) {
		_organizationId = organizationId;
		_trainingMethodId = trainingMethodId;
		_sex = sex;
	}

	@Override
	public int compareTo(FigureCell figureCell) {
		return _COMPARATOR.compare(this, figureCell);
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof FigureCell)) {
			return false;
		}

		FigureCell figureCell = (FigureCell)object;

		if ((_organizationId == figureCell._organizationId) &&
			(_trainingMethodId == figureCell._trainingMethodId) &&
			_sex.equals(figureCell._sex)) {

			return true;
		}

		return false;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	public String getSex() {
		return _sex;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_organizationId, _trainingMethodId, _sex);
	}

	@Override
	public String toString() {
		return _organizationId + "/" + _trainingMethodId + "/" + _sex;
	}

	private static final Comparator<FigureCell> _COMPARATOR =
		Comparator.comparingLong(
			FigureCell::getOrganizationId
		).thenComparingLong(
			FigureCell::getTrainingMethodId
		).thenComparing(
			FigureCell::getSex
		);

	private final long _organizationId;
	private final String _sex;
	private final long _trainingMethodId;

}
