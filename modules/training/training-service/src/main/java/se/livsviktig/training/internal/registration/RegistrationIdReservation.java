package se.livsviktig.training.internal.registration;

import com.liferay.counter.kernel.model.Counter;
import com.liferay.counter.kernel.service.CounterLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Hands a new registration its three ids from a block this node reserved with one call of the counter: a range from
 * the sequence {@code increment()} uses, so the ids never meet those taken one by one elsewhere.
 *
 * <p>
 * Every call of the portal's counter runs in a transaction of its own ({@code REQUIRES_NEW}, on a second connection,
 * with its isolation check and its COMMIT), even when the counter answers from the range it holds in memory. One call
 * per registration was a third of the database round trips a registration made before the session's row lock; now
 * one registration in {@value #REGISTRATIONS_PER_BLOCK} makes that call. Each node has its own block, so ids
 * stay unique in a cluster; the ids of a block a node did not use before it stopped are never used, as with the
 * counter's own ranges.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = RegistrationIdReservation.class)
public class RegistrationIdReservation {

	public static final int REGISTRATIONS_PER_BLOCK = 32;

	public RegistrationIds reserve() {
		long firstId = _takeIds();

		return new RegistrationIds(firstId, firstId + 1, firstId + 2);
	}

	/**
	 * The first of the next three ids of the block, after reserving a new block when this one is used up. The
	 * counter's own transaction for a new block is one in {@value #REGISTRATIONS_PER_BLOCK} calls; the others wait
	 * for it here rather than each taking a connection and a transaction of their own.
	 */
	private synchronized long _takeIds() {
		if ((_nextId + _IDS_PER_REGISTRATION - 1) > _lastId) {

			// increment(name, size) returns the last id of the range it reserved

			_lastId = _counterLocalService.increment(_COUNTER_NAME, _IDS_PER_BLOCK);

			_nextId = _lastId - _IDS_PER_BLOCK + 1;
		}

		long firstId = _nextId;

		_nextId += _IDS_PER_REGISTRATION;

		return firstId;
	}

	/**
	 * The name behind {@code CounterLocalService.increment()}.
	 */
	private static final String _COUNTER_NAME = Counter.class.getName();

	private static final int _IDS_PER_REGISTRATION = 3;

	private static final int _IDS_PER_BLOCK =
		_IDS_PER_REGISTRATION * REGISTRATIONS_PER_BLOCK;

	@Reference
	private CounterLocalService _counterLocalService;

	private long _lastId;
	private long _nextId = 1;

}
