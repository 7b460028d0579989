package se.livsviktig.survey.constants;

/**
 * The survey app's root resource and a survey's kinds and states.
 *
 * @author Livsviktig
 */
public class SurveyConstants {

	/**
	 * Asked after a session: the course evaluation.
	 */
	public static final int KIND_EVALUATION = 0;

	/**
	 * Asked months after completion: is the training used in practice?
	 */
	public static final int KIND_FOLLOW_UP = 1;

	/**
	 * The root model resource that carries the app's top-level actions (see {@link SurveyActionKeys}), checked in
	 * the survey's site.
	 */
	public static final String RESOURCE_NAME = "se.livsviktig.survey";

	/**
	 * Being written: questions may change, nothing is sent.
	 */
	public static final int STATUS_DRAFT = 0;

	/**
	 * May be sent by its dispatches.
	 */
	public static final int STATUS_ACTIVE = 1;

	/**
	 * No longer sent; its results stay.
	 */
	public static final int STATUS_ARCHIVED = 2;

	public static boolean isKind(int kind) {
		if ((kind == KIND_EVALUATION) || (kind == KIND_FOLLOW_UP)) {
			return true;
		}

		return false;
	}

	public static boolean isStatus(int status) {
		if ((status >= STATUS_DRAFT) && (status <= STATUS_ARCHIVED)) {
			return true;
		}

		return false;
	}

}
