package se.livsviktig.platform.osgi.harness;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Sets the kernel's static holder of a portal service, as portal-impl's Spring context does when the portal
 * starts: for a service {@code X}, the class {@code XUtil} beside it, through either its static
 * {@code setService(X)} (Service Builder's {@code *ServiceUtil}) or its instance {@code setX(X)}
 * ({@code PortalUtil}, {@code LanguageUtil}, {@code LocalizationUtil}). Code in the bundles and in the kernel
 * that calls {@code XUtil} then reaches the same double as code that references {@code X}.
 *
 * @author Livsviktig
 */
final class KernelUtilBinder {

	/**
	 * @return whether a kernel util was found and set
	 */
	static <T> boolean bind(Class<T> serviceClass, T service) {
		Class<?> utilClass = _utilClass(serviceClass);

		if (utilClass == null) {
			return false;
		}

		try {
			Method method = _method(utilClass, "setService", serviceClass);

			if ((method != null) && Modifier.isStatic(method.getModifiers())) {
				method.invoke(null, service);

				return true;
			}

			method = _method(
				utilClass, "set" + serviceClass.getSimpleName(), serviceClass);

			if ((method != null) && !Modifier.isStatic(method.getModifiers())) {
				method.invoke(
					utilClass.getDeclaredConstructor().newInstance(), service);

				return true;
			}

			return false;
		}
		catch (InvocationTargetException invocationTargetException) {
			throw new IllegalStateException(
				"Unable to set " + utilClass.getName(),
				invocationTargetException.getCause());
		}
		catch (ReflectiveOperationException reflectiveOperationException) {
			throw new IllegalStateException(
				"Unable to set " + utilClass.getName(),
				reflectiveOperationException);
		}
	}

	private static Method _method(
		Class<?> utilClass, String name, Class<?> parameterType) {

		try {
			return utilClass.getMethod(name, parameterType);
		}
		catch (NoSuchMethodException noSuchMethodException) {
			return null;
		}
	}

	private static Class<?> _utilClass(Class<?> serviceClass) {
		try {
			return Class.forName(
				serviceClass.getName() + "Util", false,
				serviceClass.getClassLoader());
		}
		catch (ClassNotFoundException classNotFoundException) {
			return null;
		}
	}

	private KernelUtilBinder() {
	}

}
