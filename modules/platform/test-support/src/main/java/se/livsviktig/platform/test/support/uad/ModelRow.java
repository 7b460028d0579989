package se.livsviktig.platform.test.support.uad;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A row of a model as plain values behind its getters and setters, so a test sees exactly which columns a UAD
 * component changed, not only the setters it was expected to call. Any other model method fails the test: a
 * component that starts to rely on one must say so here.
 *
 * @author Livsviktig
 */
public class ModelRow<T> implements InvocationHandler {

	/**
	 * @param values every column of the row as it is made, by name
	 */
	public ModelRow(
		Class<T> modelClass, String primaryKeyColumn,
		Map<String, Object> values) {

		_modelClass = modelClass;
		_primaryKeyColumn = primaryKeyColumn;
		_original = new HashMap<>(values);
		_values.putAll(values);

		_model = modelClass.cast(
			Proxy.newProxyInstance(
				modelClass.getClassLoader(), new Class<?>[] {modelClass},
				this));
	}

	/**
	 * @return the columns whose value differs from the row as it was made, by name
	 */
	public Set<String> changedColumns() {
		Set<String> changed = new TreeSet<>();

		for (Map.Entry<String, Object> entry : _values.entrySet()) {
			Object before = _original.get(entry.getKey());

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
			return _modelClass.getSimpleName() + " row " + _values;
		}

		if (name.equals("hashCode") && (arguments == null)) {
			return System.identityHashCode(proxy);
		}

		if (name.equals("equals") && (arguments != null) &&
			(arguments.length == 1)) {

			return proxy == arguments[0];
		}

		if (name.equals("getPrimaryKeyObj") && (arguments == null)) {
			return _read(_primaryKeyColumn);
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
			_modelClass.getSimpleName() + "." + name +
				" is not a column accessor");
	}

	public T model() {
		return _model;
	}

	public Object value(String column) {
		return _read(column);
	}

	public ModelRow<T> with(String column, Object value) {
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
				_modelClass.getSimpleName() + " has no column " + column);
		}

		return _values.get(column);
	}

	private final T _model;
	private final Class<T> _modelClass;
	private final Map<String, Object> _original;
	private final String _primaryKeyColumn;
	private final Map<String, Object> _values = new HashMap<>();

}
