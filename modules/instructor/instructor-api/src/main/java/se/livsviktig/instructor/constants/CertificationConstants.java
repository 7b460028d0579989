package se.livsviktig.instructor.constants;

/**
 * States of a certification and the limits of its texts.
 *
 * @author Livsviktig
 */
public class CertificationConstants {

	/**
	 * The issuer and the number are String columns of Service Builder's default length.
	 */
	public static final int ISSUER_MAX_LENGTH = 75;

	public static final int NUMBER_MAX_LENGTH = 75;

	/**
	 * A search filter's value for "whatever the state".
	 */
	public static final int STATE_ANY = -1;

	/**
	 * Valid from its certified date until its valid-until date (or open-ended).
	 */
	public static final int STATE_ACTIVE = 0;

	/**
	 * No longer valid because licence upkeep failed (sessions not delivered); kept as history.
	 */
	public static final int STATE_LAPSED = 1;

	/**
	 * Withdrawn by the issuer or a coordinator, with a reason; kept as history.
	 */
	public static final int STATE_REVOKED = 2;

	/**
	 * The stateReason column's length in portlet-model-hints.xml.
	 */
	public static final int STATE_REASON_MAX_LENGTH = 500;

}
