package se.livsviktig.instructor.uad;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;

/**
 * A certification row as plain values behind the model's getters and setters, so a test sees exactly which
 * columns a UAD component changed, not only the setters it was expected to call. Any other model method fails
 * the test: a component that starts to rely on one must say so here.
 *
 * @author Livsviktig
 */
public final class CertificationRow implements InvocationHandler {

	public static final long CERTIFICATION_ID = 41001;

	public static final long COORDINATOR_USER_ID = 30001;

	public static final long HOLDER_USER_ID = 30002;

	public static final long REVOKER_USER_ID = 30003;

	public static final long TRAINING_METHOD_ID = 52001;

	/**
	 * A revoked MHFA certification: entered by one coordinator, revoked by another, with every column set to a
	 * value of its own.
	 */
	public CertificationRow() {
		_values.put("certificationId", CERTIFICATION_ID);
		_values.put("uuid", "6b1f0c3e-uuid");
		_values.put("groupId", 20121L);
		_values.put("companyId", 20097L);
		_values.put("userId", COORDINATOR_USER_ID);
		_values.put("userName", "Cecilia Coordinator");
		_values.put("createDate", new Date(1_700_000_000_000L));
		_values.put("modifiedDate", new Date(1_750_000_000_000L));
		_values.put("holderUserId", HOLDER_USER_ID);
		_values.put("trainingMethodId", TRAINING_METHOD_ID);
		_values.put("certifiedDate", new Date(1_700_006_400_000L));
		_values.put("validUntil", new Date(1_800_000_000_000L));
		_values.put("issuer", "MHFA Sverige");
		_values.put("number", "MHFA-2023-117");
		_values.put("renewedCertificationId", 40999L);
		_values.put("state", CertificationConstants.STATE_REVOKED);
		_values.put("stateByUserId", REVOKER_USER_ID);
		_values.put("stateByUserName", "Rolf Revoker");
		_values.put("stateDate", new Date(1_750_000_000_000L));
		_values.put("stateReason", "Did not attend the upkeep day");
		_values.put("mvccVersion", 3L);
	}

	public Certification certification() {
		return _certification;
	}

	/**
	 * @return the columns whose value differs from the row as it was made, by name
	 */
	public Set<String> changedColumns() {
		Set<String> changed = new TreeSet<>();

		CertificationRow original = new CertificationRow();

		for (Map.Entry<String, Object> entry : _values.entrySet()) {
			Object before = original._values.get(entry.getKey());

			if ((before == null) ? (entry.getValue() != null) :
					!before.equals(entry.getValue())) {

				changed.add(entry.getKey());
			}
		}

		return changed;
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] arguments) {
		String name = method.getName();

		if (name.equals("toString") && (arguments == null)) {
			return "certification row " + _values;
		}

		if (name.equals("hashCode") && (arguments == null)) {
			return System.identityHashCode(proxy);
		}

		if (name.equals("equals") && (arguments != null) &&
			(arguments.length == 1)) {

			return proxy == arguments[0];
		}

		if (name.startsWith("get") && (arguments == null)) {
			return _read(_column(name.substring(3)));
		}

		if (name.startsWith("set") && (arguments != null) &&
			(arguments.length == 1)) {

			String column = _column(name.substring(3));

			_read(column);

			_values.put(column, arguments[0]);

			return null;
		}

		throw new UnsupportedOperationException(
			"Certification." + name + " is not a column accessor");
	}

	public Object value(String column) {
		return _read(column);
	}

	public CertificationRow with(String column, Object value) {
		_read(column);

		_values.put(column, value);

		return this;
	}

	private String _column(String capitalised) {
		return Character.toLowerCase(capitalised.charAt(0)) +
			capitalised.substring(1);
	}

	private Object _read(String column) {
		if (!_values.containsKey(column)) {
			throw new UnsupportedOperationException(
				"Certification has no column " + column);
		}

		return _values.get(column);
	}

	private final Certification _certification =
		(Certification)Proxy.newProxyInstance(
			Certification.class.getClassLoader(),
			new Class<?>[] {Certification.class}, this);
	private final Map<String, Object> _values = new HashMap<>();

}
