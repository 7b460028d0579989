package se.livsviktig.platform.persistence.harness;

/**
 * Whether a failure came from a given cause: the portal's AOP chain and Hibernate wrap what the database said
 * (a stale version, a unique violation) in exceptions of their own, so a test looks along the whole chain.
 */
public final class CauseChain {

	/**
	 * @return whether the throwable, or anything in its cause chain, is of the given type
	 */
	public static boolean contains(Throwable throwable, Class<? extends Throwable> type) {
		for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}

			if (cause.getCause() == cause) {
				break;
			}
		}

		return false;
	}

	private CauseChain() {
	}

}
