package se.livsviktig.platform.view.harness.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A double for a portal interface that answers only the methods it is taught. Any other call fails loudly and
 * names the method, so a tag or display context that needs more of the container shows up as a clear error,
 * never as a silent null that renders less than the portal would.
 *
 * @author Livsviktig
 */
public class InterfaceDouble {

	public static <T> Builder<T> of(Class<T> mainInterface, Class<?>... moreInterfaces) {
		return new Builder<>(mainInterface, moreInterfaces);
	}

	public static class Builder<T> {

		public Builder<T> answer(String methodName, Function<Object[], Object> answer) {
			_answers.put(methodName, answer);

			return this;
		}

		public Builder<T> constant(String methodName, Object value) {
			return answer(methodName, args -> value);
		}

		/**
		 * Calls a method of this name return the type's default (null, 0, false): for setters and the like whose
		 * effect the harness does not need.
		 */
		public Builder<T> ignore(String... methodNames) {
			for (String methodName : methodNames) {
				_answers.put(methodName, _DEFAULT);
			}

			return this;
		}

		/**
		 * Every method not taught returns its type's default. Only for plain data holders (Company, User) that the
		 * portal's tags read optionally.
		 */
		public Builder<T> lenient() {
			_lenient = true;

			return this;
		}

		public T build(String description) {
			Class<?>[] interfaces = new Class<?>[_moreInterfaces.length + 1];

			interfaces[0] = _mainInterface;

			System.arraycopy(
				_moreInterfaces, 0, interfaces, 1, _moreInterfaces.length);

			Map<String, Function<Object[], Object>> answers = new HashMap<>(
				_answers);
			boolean lenient = _lenient;

			InvocationHandler invocationHandler = (proxy, method, args) -> {
				Object[] arguments = (args == null) ? new Object[0] : args;

				Function<Object[], Object> answer = answers.get(
					method.getName());

				if (answer == _DEFAULT) {
					return _defaultValue(method);
				}

				if (answer != null) {
					return answer.apply(arguments);
				}

				if (method.getDeclaringClass() == Object.class) {
					return _objectMethod(proxy, method, arguments, description);
				}

				if (lenient) {
					return _defaultValue(method);
				}

				throw new UnsupportedOperationException(
					description + " does not double " +
						method.getDeclaringClass().getSimpleName() + "." +
							method.getName() +
								"; teach the view harness this call if the page really needs it");
			};

			return _mainInterface.cast(
				Proxy.newProxyInstance(
					InterfaceDouble.class.getClassLoader(), interfaces,
					invocationHandler));
		}

		private Builder(Class<T> mainInterface, Class<?>[] moreInterfaces) {
			_mainInterface = mainInterface;
			_moreInterfaces = moreInterfaces;
		}

		private final Map<String, Function<Object[], Object>> _answers =
			new HashMap<>();
		private boolean _lenient;
		private final Class<T> _mainInterface;
		private final Class<?>[] _moreInterfaces;

	}

	private static Object _defaultValue(Method method) {
		Class<?> type = method.getReturnType();

		if (!type.isPrimitive() || (type == void.class)) {
			return null;
		}

		if (type == boolean.class) {
			return false;
		}

		if (type == char.class) {
			return '\0';
		}

		if (type == long.class) {
			return 0L;
		}

		if (type == double.class) {
			return 0D;
		}

		if (type == float.class) {
			return 0F;
		}

		if (type == short.class) {
			return (short)0;
		}

		if (type == byte.class) {
			return (byte)0;
		}

		return 0;
	}

	private static Object _objectMethod(
		Object proxy, Method method, Object[] args, String description) {

		String name = method.getName();

		if (name.equals("equals")) {
			return proxy == args[0];
		}

		if (name.equals("hashCode")) {
			return System.identityHashCode(proxy);
		}

		return description;
	}

	private static final Function<Object[], Object> _DEFAULT = args -> null;

}
