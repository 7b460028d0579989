package se.livsviktig.platform.osgi.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * The state of Declarative Services components, as Service Component Runtime reports it, and assertions on it
 * whose failure message names each component that is not ready and, for each, every reference that nothing
 * satisfies: its name, interface and target filter. That is the list of portal services the portal would have
 * to provide, or of wrong targets to fix.
 *
 * @author Livsviktig
 */
public final class ComponentStates {

	/**
	 * Fails unless every component of the given bundles is enabled and ACTIVE or SATISFIED (delayed components
	 * are SATISFIED until first used), and unless the bundles have at least one component between them.
	 */
	public void assertAllActiveOrSatisfied(Collection<Bundle> bundles) {
		List<ComponentDescriptionDTO> componentDescriptionDTOs =
			descriptions(bundles);

		if (componentDescriptionDTOs.isEmpty()) {
			throw new AssertionError(
				"No DS components in " + _names(bundles) +
					"; are their Service-Component headers missing?");
		}

		List<String> problems = new ArrayList<>();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				componentDescriptionDTOs) {

			String problem = problem(componentDescriptionDTO);

			if (problem != null) {
				problems.add(problem);
			}
		}

		if (!problems.isEmpty()) {
			throw new AssertionError(
				problems.size() + " of " + componentDescriptionDTOs.size() +
					" components in " + _names(bundles) +
						" are not ACTIVE or SATISFIED:\n" +
							String.join("\n", problems));
		}
	}

	public void assertActiveOrSatisfied(String componentName) {
		String problem = problem(description(componentName));

		if (problem != null) {
			throw new AssertionError(problem);
		}
	}

	/**
	 * Gets, and ungets, the service of every component configuration of the given bundles that the filter
	 * selects and that publishes a service, which activates a delayed component.
	 *
	 * @return each selected component that did not become ACTIVE that way, with its state
	 */
	public List<String> notActiveWhenUsed(
		Collection<Bundle> bundles,
		Predicate<ComponentDescriptionDTO> componentFilter) {

		List<String> notActive = new ArrayList<>();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				descriptions(bundles)) {

			if (!componentFilter.test(componentDescriptionDTO)) {
				continue;
			}

			for (ComponentConfigurationDTO componentConfigurationDTO :
					configurations(componentDescriptionDTO)) {

				ServiceReference<?> serviceReference = _serviceReference(
					componentConfigurationDTO.id);

				if (serviceReference == null) {
					continue;
				}

				_bundleContext.getService(serviceReference);

				try {
					String problem = problem(componentDescriptionDTO);

					int state = configurations(
						componentDescriptionDTO
					).get(
						0
					).state;

					if ((problem != null) ||
						(state != ComponentConfigurationDTO.ACTIVE)) {

						notActive.add(
							componentDescriptionDTO.name + ": " +
								stateName(state));
					}
				}
				finally {
					_bundleContext.ungetService(serviceReference);
				}
			}
		}

		return notActive;
	}

	/**
	 * Fails, naming each one, unless every component of the bundles is ACTIVE or SATISFIED and becomes ACTIVE once
	 * its service is used.
	 */
	public void assertAllActivateWhenUsed(Collection<Bundle> bundles) {
		assertAllActiveOrSatisfied(bundles);

		List<String> notActive = notActiveWhenUsed(
			bundles, componentDescriptionDTO -> true);

		if (!notActive.isEmpty()) {
			throw new AssertionError(
				"Components that did not activate:\n" +
					String.join("\n", notActive));
		}
	}

	public List<ComponentConfigurationDTO> configurations(
		ComponentDescriptionDTO componentDescriptionDTO) {

		return new ArrayList<>(
			_serviceComponentRuntime().getComponentConfigurationDTOs(
				componentDescriptionDTO));
	}

	public ComponentDescriptionDTO description(String componentName) {
		ServiceComponentRuntime serviceComponentRuntime =
			_serviceComponentRuntime();

		return serviceComponentRuntime.getComponentDescriptionDTOs()
			.stream()
			.filter(
				componentDescriptionDTO -> componentDescriptionDTO.name.equals(
					componentName))
			.findFirst()
			.orElseThrow(
				() -> new AssertionError("No DS component " + componentName));
	}

	public List<ComponentDescriptionDTO> descriptions(
		Collection<Bundle> bundles) {

		return new ArrayList<>(
			_serviceComponentRuntime().getComponentDescriptionDTOs(
				bundles.toArray(new Bundle[0])));
	}

	/**
	 * @return why the component is not ready, or {@code null} when it is ACTIVE or SATISFIED
	 */
	public String problem(ComponentDescriptionDTO componentDescriptionDTO) {
		ServiceComponentRuntime serviceComponentRuntime =
			_serviceComponentRuntime();

		String component =
			componentDescriptionDTO.name + " (bundle " +
				componentDescriptionDTO.bundle.symbolicName + ")";

		if (!serviceComponentRuntime.isComponentEnabled(
				componentDescriptionDTO)) {

			return component + ": disabled";
		}

		Collection<ComponentConfigurationDTO> componentConfigurationDTOs =
			serviceComponentRuntime.getComponentConfigurationDTOs(
				componentDescriptionDTO);

		if (componentConfigurationDTOs.isEmpty()) {
			return component +
				": no configuration (a required configuration is missing?)";
		}

		List<String> lines = new ArrayList<>();

		for (ComponentConfigurationDTO componentConfigurationDTO :
				componentConfigurationDTOs) {

			int state = componentConfigurationDTO.state;

			if ((state == ComponentConfigurationDTO.ACTIVE) ||
				(state == ComponentConfigurationDTO.SATISFIED)) {

				continue;
			}

			lines.add(component + ": " + stateName(state));

			for (UnsatisfiedReferenceDTO unsatisfiedReferenceDTO :
					componentConfigurationDTO.unsatisfiedReferences) {

				lines.add(
					"    unsatisfied reference " +
						_describe(
							componentDescriptionDTO, unsatisfiedReferenceDTO));
			}
		}

		if (lines.isEmpty()) {
			return null;
		}

		return String.join("\n", lines);
	}

	public static String stateName(int state) {
		switch (state) {
			case ComponentConfigurationDTO.ACTIVE:
				return "ACTIVE";
			case ComponentConfigurationDTO.FAILED_ACTIVATION:
				return "FAILED_ACTIVATION (its activate method threw; see " +
					"the SCR log above)";
			case ComponentConfigurationDTO.SATISFIED:
				return "SATISFIED";
			case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
				return "UNSATISFIED_CONFIGURATION";
			case ComponentConfigurationDTO.UNSATISFIED_REFERENCE:
				return "UNSATISFIED_REFERENCE";
			default:
				return "state " + state;
		}
	}

	ComponentStates(BundleContext bundleContext) {
		_bundleContext = bundleContext;
	}

	private static String _describe(
		ComponentDescriptionDTO componentDescriptionDTO,
		UnsatisfiedReferenceDTO unsatisfiedReferenceDTO) {

		String interfaceName = Arrays.stream(componentDescriptionDTO.references)
			.filter(
				referenceDTO -> referenceDTO.name.equals(
					unsatisfiedReferenceDTO.name))
			.map(referenceDTO -> referenceDTO.interfaceName)
			.findFirst()
			.orElse("?");

		StringBuilder sb = new StringBuilder();

		sb.append(unsatisfiedReferenceDTO.name);
		sb.append(": ");
		sb.append(interfaceName);

		if (unsatisfiedReferenceDTO.target != null) {
			sb.append(" with target ");
			sb.append(unsatisfiedReferenceDTO.target);
		}

		if (unsatisfiedReferenceDTO.targetServices.length > 0) {
			sb.append(" (");
			sb.append(unsatisfiedReferenceDTO.targetServices.length);
			sb.append(" matching services, too few for its cardinality)");
		}

		return sb.toString();
	}

	private static String _names(Collection<Bundle> bundles) {
		return bundles.stream()
			.map(Bundle::getSymbolicName)
			.collect(Collectors.joining(", "));
	}

	private ServiceReference<?> _serviceReference(long componentId) {
		try {
			ServiceReference<?>[] serviceReferences =
				_bundleContext.getAllServiceReferences(
					null,
					"(" + ComponentConstants.COMPONENT_ID + "=" + componentId +
						")");

			if (serviceReferences == null) {
				return null;
			}

			return serviceReferences[0];
		}
		catch (InvalidSyntaxException invalidSyntaxException) {
			throw new IllegalStateException(invalidSyntaxException);
		}
	}

	private ServiceComponentRuntime _serviceComponentRuntime() {
		ServiceReference<ServiceComponentRuntime> serviceReference =
			_bundleContext.getServiceReference(ServiceComponentRuntime.class);

		if (serviceReference == null) {
			throw new IllegalStateException(
				"Service Component Runtime is not running");
		}

		return _bundleContext.getService(serviceReference);
	}

	private final BundleContext _bundleContext;

}
