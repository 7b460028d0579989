package se.livsviktig.training.internal.registration;

import com.liferay.counter.kernel.model.Counter;
import com.liferay.counter.kernel.service.CounterLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reserves a new registration's ids with one call of the counter: a range of three from the sequence
 * {@code increment()} uses, so the ids never meet those taken one by one elsewhere. One call, not three, because each
 * call may be the one that needs the counter's own transaction for a new range.
 *
 * @author Livsviktig
 */
@Component(service = RegistrationIdReservation.class)
public class RegistrationIdReservation {

	public RegistrationIds reserve() {

		// increment(name, size) returns the last id of the range it reserved

		long lastId = _counterLocalService.increment(_COUNTER_NAME, 3);

		return new RegistrationIds(lastId - 2, lastId - 1, lastId);
	}

	/**
	 * The name behind {@code CounterLocalService.increment()}.
	 */
	private static final String _COUNTER_NAME = Counter.class.getName();

	@Reference
	private CounterLocalService _counterLocalService;

}
