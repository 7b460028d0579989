package se.livsviktig.survey.model;

import java.io.Serializable;

import java.util.Objects;

/**
 * How far a dispatch has come: invitations mailed (invited), answered, reminded at least once, and opted out.
 * Plain counts, read by {@code SurveyDispatchService.getDispatchProgress} from one statement.
 *
 * @author Livsviktig
 */
public final class DispatchProgress implements Serializable {

	public DispatchProgress(
		int invited, int answered, int reminded, int optedOut) {

		_invited = invited;
		_answered = answered;
		_reminded = reminded;
		_optedOut = optedOut;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof DispatchProgress)) {
			return false;
		}

		DispatchProgress dispatchProgress = (DispatchProgress)object;

		if ((_invited == dispatchProgress._invited) &&
			(_answered == dispatchProgress._answered) &&
			(_reminded == dispatchProgress._reminded) &&
			(_optedOut == dispatchProgress._optedOut)) {

			return true;
		}

		return false;
	}

	public int getAnswered() {
		return _answered;
	}

	/**
	 * @return the invitations mailed at least once: answered, opted out or still open
	 */
	public int getInvited() {
		return _invited;
	}

	public int getOptedOut() {
		return _optedOut;
	}

	/**
	 * @return the invitations that had at least one reminder
	 */
	public int getReminded() {
		return _reminded;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_invited, _answered, _reminded, _optedOut);
	}

	@Override
	public String toString() {
		return "{invited=" + _invited + ", answered=" + _answered +
			", reminded=" + _reminded + ", optedOut=" + _optedOut + "}";
	}

	private static final long serialVersionUID = 1L;

	private final int _answered;
	private final int _invited;
	private final int _optedOut;
	private final int _reminded;

}
