package se.livsviktig.training.retry;

import com.liferay.portal.kernel.service.RetryAcceptor;
import com.liferay.portal.kernel.util.StringUtil;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Retries a local service call that lost an optimistic-lock race: another transaction changed the same
 * MVCC-versioned row (a course session's seat counters) between our read and our write. The retry reads the
 * new state and decides again, so the loser of the last seat is waitlisted rather than overbooked or lost.
 *
 * <p>
 * Use it as <code>@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})</code>: without properties
 * (the portal's RetryAdvice then hands it an empty map) it retries the {@link #OPTIMISTIC_LOCK_FAILURES}. A call
 * that must retry on other failures too names them all in an {@link #EXCEPTION_NAMES} property, e.g.
 * {@link #OPTIMISTIC_LOCK_FAILURES_AND_UNIQUE_VIOLATIONS}.
 * The names are matched along the cause chain and each class's superclasses, because the failure comes from
 * Hibernate or Spring, depending on whether it shows at flush or at commit, and neither is a compile-time
 * dependency.
 * </p>
 *
 * @author Livsviktig
 */
public class ConcurrentUpdateRetryAcceptor implements RetryAcceptor {

	/**
	 * The property naming the exception classes to retry on, comma separated.
	 */
	public static final String EXCEPTION_NAMES = "EXCEPTION_NAMES";

	public static final String OPTIMISTIC_LOCK_FAILURES =
		"javax.persistence.OptimisticLockException," +
			"org.hibernate.StaleStateException," +
				"org.springframework.dao.OptimisticLockingFailureException";

	/**
	 * The optimistic-lock failures and a unique index refusing a row. For a call whose duplicate check runs
	 * before the row lock (registering: a double click passes the check twice), the retry runs the check again,
	 * sees the row the other request committed and refuses with the call's own exception.
	 */
	public static final String OPTIMISTIC_LOCK_FAILURES_AND_UNIQUE_VIOLATIONS =
		OPTIMISTIC_LOCK_FAILURES +
			",org.hibernate.exception.ConstraintViolationException" +
				",org.springframework.dao.DataIntegrityViolationException";

	@Override
	public boolean acceptException(
		Throwable throwable, Map<String, String> propertyMap) {

		List<String> exceptionNames = Arrays.asList(
			StringUtil.split(
				propertyMap.getOrDefault(
					EXCEPTION_NAMES, OPTIMISTIC_LOCK_FAILURES)));

		for (Throwable cause = throwable; cause != null;
			 cause = cause.getCause()) {

			for (Class<?> clazz = cause.getClass(); clazz != null;
				 clazz = clazz.getSuperclass()) {

				if (exceptionNames.contains(clazz.getName())) {
					return true;
				}
			}

			if (cause.getCause() == cause) {
				break;
			}
		}

		return false;
	}

	@Override
	public boolean acceptResult(
		Object returnValue, Map<String, String> propertyMap) {

		return false;
	}

}
