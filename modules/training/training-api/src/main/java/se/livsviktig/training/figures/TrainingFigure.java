package se.livsviktig.training.figures;

/**
 * A figure family of training, as the report asks for what lies behind one of its figures. Session families count
 * sessions (which have no administration of their own); the others count registrations.
 *
 * @author Livsviktig
 */
public enum TrainingFigure {

	COMPLETED(false), LATE_CANCELLATIONS(false), NO_SHOW(false),
	NOT_COMPLETED(false), PARTICIPANT_HOURS(false), PARTICIPANTS(false),
	REGISTRATIONS(false), SESSIONS_CANCELLED(true), SESSIONS_HELD(true),
	UNMET_DEMAND(false);

	public boolean isSessionFamily() {
		return _sessionFamily;
	}

	private TrainingFigure(boolean sessionFamily) {
		_sessionFamily = sessionFamily;
	}

	private final boolean _sessionFamily;

}
