package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.portal.kernel.service.RetryAcceptor;
import com.liferay.portal.kernel.spring.aop.Property;
import com.liferay.portal.kernel.spring.aop.Retry;

import java.lang.reflect.Method;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;

/**
 * Every registration step that changes seats is retried when it lost an optimistic-lock race, read from its
 * {@link Retry} as the portal's RetryAdvice reads it: the annotation's properties as the map, a new acceptor. Most
 * steps name no exceptions and take the acceptor's own list, so this guards that the list they get is the
 * optimistic-lock failures, wrapped as the kernel wraps them.
 *
 * @author Livsviktig
 */
public class RegistrationRetriesTest {

	@Test
	public void everyStepThatChangesSeatsRetriesALostOptimisticLockRace()
		throws Exception {

		Set<String> retried = new TreeSet<>();

		for (Method method :
				RegistrationLocalServiceImpl.class.getDeclaredMethods()) {

			Retry retry = method.getAnnotation(Retry.class);

			if (retry == null) {
				continue;
			}

			retried.add(method.getName());

			RetryAcceptor retryAcceptor = retry.acceptor(
			).getDeclaredConstructor(
			).newInstance();

			Map<String, String> properties = _properties(retry);

			assertTrue(
				retryAcceptor.acceptException(
					new RuntimeException(
						new IllegalStateException(
							new OptimisticLockException())),
					properties),
				method.getName());
			assertFalse(
				retryAcceptor.acceptException(
					new IllegalStateException("not a race"), properties),
				method.getName());
		}

		assertEquals(new TreeSet<>(_STEPS_THAT_CHANGE_SEATS), retried);
	}

	private Map<String, String> _properties(Retry retry) {
		Map<String, String> properties = new HashMap<>();

		for (Property property : retry.properties()) {
			properties.put(property.name(), property.value());
		}

		return properties;
	}

	private static final List<String> _STEPS_THAT_CHANGE_SEATS = Arrays.asList(
		"acceptOffer", "addRegistration", "addRegistrations",
		"approveRegistration", "cancelRegistration", "declineOffer",
		"declineRegistration", "deleteRegistration", "expireRegistration",
		"importRegistrations", "moveRegistration", "moveWaitlistPosition",
		"promoteWaitlist");

}
