package se.livsviktig.platform.persistence.harness;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.osgi.framework.BundleContext;

/**
 * Does for one component what Service Component Runtime does in the portal: hands each reference its service,
 * through the field or bind method the component description names, in the order the description lists them, then
 * calls the activate method.
 */
final class ComponentWiring {

	static void activate(
		Object component, ComponentDescription componentDescription, BundleContext bundleContext,
		Map<String, Object> properties) {

		String activate = componentDescription.activate();

		if (activate.isEmpty()) {
			return;
		}

		Method method = _findMethod(component.getClass(), activate, null);

		if (method == null) {
			throw new IllegalStateException(componentDescription + " has no activate method " + activate);
		}

		Class<?>[] parameterTypes = method.getParameterTypes();

		Object[] arguments = new Object[parameterTypes.length];

		for (int i = 0; i < parameterTypes.length; i++) {
			if (parameterTypes[i] == BundleContext.class) {
				arguments[i] = bundleContext;
			}
			else if (parameterTypes[i] == Map.class) {
				arguments[i] = properties;
			}
			else {
				throw new IllegalStateException(
					"The harness cannot give " + componentDescription + "." + activate + " a " +
						parameterTypes[i].getName());
			}
		}

		_invoke(component, method, arguments);
	}

	/**
	 * Gives the component every reference the resolver can satisfy. A mandatory reference it cannot satisfy fails
	 * the wiring, naming all of them, as an unsatisfied component would never activate in the portal.
	 */
	static void inject(
		Object component, ComponentDescription componentDescription,
		Function<ComponentDescription.Reference, Object> resolver) {

		List<String> unsatisfied = new ArrayList<>();

		for (ComponentDescription.Reference reference : componentDescription.references()) {
			Object service = resolver.apply(reference);

			if (service == null) {
				if (!reference.optional()) {
					unsatisfied.add(reference.toString());
				}

				continue;
			}

			List<?> services =
				(service instanceof List) ? (List<?>)service : Collections.singletonList(service);

			if (!reference.field().isEmpty()) {
				_setField(component, reference.field(), reference.multiple() ? services : services.get(0));
			}
			else if (!reference.bind().isEmpty()) {
				for (Object each : services) {
					Method method = _findMethod(component.getClass(), reference.bind(), each.getClass());

					if (method == null) {
						throw new IllegalStateException(
							componentDescription + " has no bind method " + reference.bind() + " taking " +
								reference.interfaceName());
					}

					_invoke(component, method, each);
				}
			}
			else {
				throw new IllegalStateException(
					componentDescription + " looks " + reference + " up itself; the harness supports field and " +
						"method injection only");
			}
		}

		if (!unsatisfied.isEmpty()) {
			throw new IllegalStateException(componentDescription + " is unsatisfied: " + unsatisfied);
		}
	}

	/**
	 * A method by name; with an argument type, the one whose single parameter accepts it.
	 */
	private static Method _findMethod(Class<?> clazz, String name, Class<?> argumentType) {
		for (Class<?> current = clazz; current != null; current = current.getSuperclass()) {
			for (Method method : current.getDeclaredMethods()) {
				if (!method.getName().equals(name)) {
					continue;
				}

				if ((argumentType == null) ||
					((method.getParameterCount() == 1) &&
					 method.getParameterTypes()[0].isAssignableFrom(argumentType))) {

					method.setAccessible(true);

					return method;
				}
			}
		}

		return null;
	}

	private static void _invoke(Object component, Method method, Object... arguments) {
		try {
			method.invoke(component, arguments);
		}
		catch (IllegalAccessException illegalAccessException) {
			throw new IllegalStateException(illegalAccessException);
		}
		catch (InvocationTargetException invocationTargetException) {
			throw new IllegalStateException(
				"Calling " + method + " failed", invocationTargetException.getCause());
		}
	}

	private static void _setField(Object component, String fieldName, Object value) {
		for (Class<?> current = component.getClass(); current != null; current = current.getSuperclass()) {
			try {
				Field field = current.getDeclaredField(fieldName);

				field.setAccessible(true);

				field.set(component, value);

				return;
			}
			catch (NoSuchFieldException noSuchFieldException) {

				// Declared further up the hierarchy.

			}
			catch (IllegalAccessException illegalAccessException) {
				throw new IllegalStateException(illegalAccessException);
			}
		}

		throw new IllegalStateException(component.getClass().getName() + " has no field " + fieldName);
	}

	private ComponentWiring() {
	}

}
