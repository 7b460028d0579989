package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.model.Counter;
import com.liferay.counter.kernel.service.CounterLocalService;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;

public class RegistrationIdReservationTest {

	@Test
	public void aBlockOfTheCounterServesThirtyTwoRegistrationsWithThreeConsecutiveIdsEach() {
		List<RegistrationIds> reserved = new ArrayList<>();

		for (int i = 0; i < RegistrationIdReservation.REGISTRATIONS_PER_BLOCK; i++) {
			reserved.add(_registrationIdReservation.reserve());
		}

		verify(
			_counterLocalService
		).increment(
			Counter.class.getName(), 3 * RegistrationIdReservation.REGISTRATIONS_PER_BLOCK
		);

		for (int i = 0; i < reserved.size(); i++) {
			RegistrationIds registrationIds = reserved.get(i);

			assertEquals(_FIRST_OF_THE_COUNTER + (3 * i), registrationIds.getRegistrationId());
			assertEquals(registrationIds.getRegistrationId() + 1, registrationIds.getRegistrationEventId());
			assertEquals(registrationIds.getRegistrationId() + 2, registrationIds.getTrainingNoticeId());
		}

		_registrationIdReservation.reserve();

		verify(
			_counterLocalService, times(2)
		).increment(
			eq(Counter.class.getName()), anyInt()
		);
	}

	@Test
	public void registrationsAtTheSameMomentNeverShareAnId() throws Exception {
		ExecutorService executorService = Executors.newFixedThreadPool(8);

		try {
			List<Callable<List<Long>>> callers = new ArrayList<>();

			for (int i = 0; i < 8; i++) {
				callers.add(
					() -> {
						List<Long> ids = new ArrayList<>();

						for (int j = 0; j < 500; j++) {
							RegistrationIds registrationIds = _registrationIdReservation.reserve();

							ids.add(registrationIds.getRegistrationId());
							ids.add(registrationIds.getRegistrationEventId());
							ids.add(registrationIds.getTrainingNoticeId());
						}

						return ids;
					});
			}

			Set<Long> distinct = new HashSet<>();
			int count = 0;

			for (Future<List<Long>> future : executorService.invokeAll(callers)) {
				for (long id : future.get()) {
					distinct.add(id);
					count++;
				}
			}

			assertEquals(8 * 500 * 3, count);
			assertEquals(count, distinct.size());
		}
		finally {
			executorService.shutdownNow();
		}
	}

	private static final long _FIRST_OF_THE_COUNTER = 1001;

	private final AtomicLong _counter = new AtomicLong(_FIRST_OF_THE_COUNTER - 1);
	private final CounterLocalService _counterLocalService = mock(CounterLocalService.class);
	private final RegistrationIdReservation _registrationIdReservation = new RegistrationIdReservation();

	{
		when(
			_counterLocalService.increment(eq(Counter.class.getName()), anyInt())
		).thenAnswer(
			invocation -> _counter.addAndGet(invocation.getArgument(1, Integer.class))
		);

		Fields.set(_registrationIdReservation, "_counterLocalService", _counterLocalService);
	}

}
