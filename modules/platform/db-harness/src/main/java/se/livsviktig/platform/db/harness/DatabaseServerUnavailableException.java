package se.livsviktig.platform.db.harness;

/**
 * A database server the tier needs is missing or would not start. It fails the tier, never skips it: a green
 * run must mean the SQL really ran on both databases.
 */
public class DatabaseServerUnavailableException extends RuntimeException {

	public DatabaseServerUnavailableException(String message) {
		super(message);
	}

	public DatabaseServerUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	private static final long serialVersionUID = 1L;

}
