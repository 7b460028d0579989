package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;

import java.util.Collections;
import java.util.Hashtable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;
import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * An instructor app that publishes an {@code InstructorCandidateProvider} is picked up by the participants page
 * of the coordinators' app while it runs, and let go when it stops, without restarting training: the page's
 * render command references the provider optionally, dynamically and greedily, as the service bundle does the
 * qualification checker. The provider here is registered by the API bundle itself, with the API's own
 * interface, as another bundle importing the package would see it.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class InstructorCandidateProviderIT {

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;
		_trainingPortal = TrainingPortal.in(portalFramework);
	}

	@Test
	void theParticipantsPageTakesAProviderWhenOneIsDeployedAndLetsItGo()
		throws Exception {

		ServiceReference<MVCRenderCommand> serviceReference =
			_portalFramework.serviceReferences(
				MVCRenderCommand.class,
				"(&(javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN +
					")(mvc.command.name=/training/admin/view_session_participants))"
			).get(
				0
			);

		BundleContext bundleContext = _portalFramework.bundleContext();

		MVCRenderCommand renderCommand = bundleContext.getService(
			serviceReference);

		try {
			assertNull(
				_provider(renderCommand), "no instructor app, no provider");

			Bundle apiBundle = _trainingPortal.bundle(TrainingBundles.API);

			Class<?> providerInterface = apiBundle.loadClass(
				"se.livsviktig.training.spi.InstructorCandidateProvider");

			Object provider = Proxy.newProxyInstance(
				providerInterface.getClassLoader(),
				new Class<?>[] {providerInterface},
				(proxy, method, arguments) -> {
					if (method.getName().equals("getCandidates")) {
						return Collections.emptyList();
					}

					if (method.getName().equals("hashCode")) {
						return System.identityHashCode(proxy);
					}

					if (method.getName().equals("equals")) {
						return proxy == arguments[0];
					}

					return "InstructorCandidateProvider double";
				});

			ServiceRegistration<?> serviceRegistration =
				apiBundle.getBundleContext(
				).registerService(
					providerInterface.getName(), provider, new Hashtable<>()
				);

			try {
				assertSame(
					provider, _provider(renderCommand),
					"the deployed provider is taken while the page runs");
			}
			finally {
				serviceRegistration.unregister();
			}

			assertNull(
				_provider(renderCommand),
				"the provider is let go when its app stops");
		}
		finally {
			bundleContext.ungetService(serviceReference);
		}
	}

	private static Object _provider(MVCRenderCommand renderCommand)
		throws Exception {

		Field field = renderCommand.getClass(
		).getDeclaredField(
			"_instructorCandidateProvider"
		);

		field.setAccessible(true);

		return field.get(renderCommand);
	}

	private static PortalFramework _portalFramework;
	private static TrainingPortal _trainingPortal;

}
