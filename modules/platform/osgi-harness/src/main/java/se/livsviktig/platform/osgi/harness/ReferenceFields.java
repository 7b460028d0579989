package se.livsviktig.platform.osgi.harness;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;

/**
 * The field references that Service Component Runtime cannot inject. A component whose field reference is
 * private in a superclass (or package-private in another package) still becomes ACTIVE: SCR only logs
 * "Suitable but non-accessible field" and leaves the field null, so component states alone never show it.
 * This applies the rule of Declarative Services 1.3 (112.3.8.1), as Felix SCR does: walking up from the
 * implementation class, the first class declaring the field decides; a private field counts only in the
 * implementation class itself, a package-private one only in a class of the same package and class loader.
 *
 * @author Livsviktig
 */
public final class ReferenceFields {

	public ReferenceFields(
		BundleContext bundleContext, ComponentStates componentStates) {

		_bundleContext = bundleContext;
		_componentStates = componentStates;
	}

	/**
	 * Fails, naming each one and why, unless SCR can inject every field reference of the bundles' components.
	 */
	public void assertAllInjectable(Collection<Bundle> bundles) {
		List<String> notInjectable = notInjectable(bundles);

		if (!notInjectable.isEmpty()) {
			throw new AssertionError(
				"Field references SCR would leave null:\n" +
					String.join("\n", notInjectable));
		}
	}

	/**
	 * @return each field reference of the bundles' components that SCR would leave uninjected, with why
	 */
	public List<String> notInjectable(Collection<Bundle> bundles) {
		List<String> problems = new ArrayList<>();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				_componentStates.descriptions(bundles)) {

			for (ReferenceDTO referenceDTO :
					componentDescriptionDTO.references) {

				if (referenceDTO.field == null) {
					continue;
				}

				String problem = _problem(
					componentDescriptionDTO, referenceDTO.field);

				if (problem != null) {
					problems.add(
						componentDescriptionDTO.name + "." +
							referenceDTO.field + ": " + problem);
				}
			}
		}

		return problems;
	}

	private String _problem(
		ComponentDescriptionDTO componentDescriptionDTO, String fieldName) {

		Class<?> implementationClass;

		try {
			Bundle bundle = _bundleContext.getBundle(
				componentDescriptionDTO.bundle.id);

			implementationClass = bundle.loadClass(
				componentDescriptionDTO.implementationClass);
		}
		catch (ClassNotFoundException classNotFoundException) {
			return "implementation class not found";
		}

		for (Class<?> declaringClass = implementationClass;
			 declaringClass != null;
			 declaringClass = declaringClass.getSuperclass()) {

			Field field;

			try {
				field = declaringClass.getDeclaredField(fieldName);
			}
			catch (NoSuchFieldException noSuchFieldException) {
				continue;
			}

			int modifiers = field.getModifiers();

			if (Modifier.isStatic(modifiers)) {
				return "static in " + declaringClass.getName();
			}

			if (Modifier.isPublic(modifiers) ||
				Modifier.isProtected(modifiers) ||
				(declaringClass == implementationClass)) {

				return null;
			}

			if (Modifier.isPrivate(modifiers)) {
				return "private in the superclass " +
					declaringClass.getName() + "; SCR cannot set it";
			}

			if (Objects.equals(
					declaringClass.getPackageName(),
					implementationClass.getPackageName()) &&
				(declaringClass.getClassLoader() ==
					implementationClass.getClassLoader())) {

				return null;
			}

			return "package-private in " + declaringClass.getName() +
				", another package; SCR cannot set it";
		}

		return "no such field";
	}

	private final BundleContext _bundleContext;
	private final ComponentStates _componentStates;

}
