package se.livsviktig.platform.test.support;

import java.lang.reflect.Field;

/**
 * Sets a component's {@code @Reference} field, as the OSGi runtime would, so a unit test can build the
 * component with {@code new} and hand it doubles.
 *
 * @author Livsviktig
 */
public class Fields {

	public static <T> T set(T target, String fieldName, Object value) {
		for (Class<?> clazz = target.getClass(); clazz != null;
			 clazz = clazz.getSuperclass()) {

			try {
				Field field = clazz.getDeclaredField(fieldName);

				field.setAccessible(true);
				field.set(target, value);

				return target;
			}
			catch (NoSuchFieldException noSuchFieldException) {
			}
			catch (IllegalAccessException illegalAccessException) {
				throw new IllegalStateException(illegalAccessException);
			}
		}

		throw new IllegalArgumentException(
			target.getClass() + " has no field " + fieldName);
	}

}
