package se.livsviktig.training.figures;

import java.io.Serializable;

import java.util.Date;

/**
 * One cell of the report's table, whose sessions and registrations a drill-down lists: a figure family, the
 * period by the sessions' first date [from, to), an administration and a training method.
 *
 * <p>
 * The administration is the organisation copied onto the registration; rolled up, that organisation and its
 * whole subtree, and rolled up from 0 the whole company. Session families have no administration and ignore it.
 * The sex is the category copied onto the registration when it was made.
 * </p>
 *
 * @author Livsviktig
 */
public final class TrainingFigureCell implements Serializable {

	/**
	 * @param now sessions count as held when their last date ended before this moment
	 * @param trainingMethodId the method, or 0 for every method
	 * @param sex the registrations' sex category ({@code RegistrationSexes}), or "" for every one; session families
	 *        are not split by sex and ignore it
	 */
	public TrainingFigureCell(
		TrainingFigure trainingFigure, long companyId, Date from, Date to,
		Date now, long organizationId, boolean rolledUp, long trainingMethodId,
		String sex) {

		_trainingFigure = trainingFigure;
		_companyId = companyId;
		_from = from;
		_to = to;
		_now = now;
		_organizationId = organizationId;
		_rolledUp = rolledUp;
		_trainingMethodId = trainingMethodId;
		_sex = (sex == null) ? "" : sex;
	}

	public long getCompanyId() {
		return _companyId;
	}

	public Date getFrom() {
		return _from;
	}

	public Date getNow() {
		return _now;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	public String getSex() {
		return _sex;
	}

	public Date getTo() {
		return _to;
	}

	public TrainingFigure getTrainingFigure() {
		return _trainingFigure;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	public boolean isRolledUp() {
		return _rolledUp;
	}

	private final long _companyId;
	private final Date _from;
	private final Date _now;
	private final long _organizationId;
	private final boolean _rolledUp;
	private final String _sex;
	private final Date _to;
	private final TrainingFigure _trainingFigure;
	private final long _trainingMethodId;

}
