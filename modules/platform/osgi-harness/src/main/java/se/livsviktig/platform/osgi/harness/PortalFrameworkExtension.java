package se.livsviktig.platform.osgi.harness;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods and {@code @BeforeAll} methods the {@link PortalFramework}: one for the whole test run,
 * started when first asked for and stopped when the run ends, because the kernel's statics cannot move to a
 * second framework. Test classes that share it install their bundles idempotently.
 *
 * <pre>
 * &#64;ExtendWith(PortalFrameworkExtension.class)
 * class SomethingIT {
 *     &#64;BeforeAll
 *     static void installBundles(PortalFramework portalFramework) { ... }
 * }
 * </pre>
 *
 * @author Livsviktig
 */
public final class PortalFrameworkExtension implements ParameterResolver {

	@Override
	public Object resolveParameter(
		ParameterContext parameterContext, ExtensionContext extensionContext) {

		ExtensionContext rootExtensionContext = extensionContext.getRoot();

		ExtensionContext.Store store = rootExtensionContext.getStore(
			_NAMESPACE);

		RunningPortalFramework runningPortalFramework =
			store.getOrComputeIfAbsent(
				RunningPortalFramework.class,
				key -> new RunningPortalFramework(),
				RunningPortalFramework.class);

		return runningPortalFramework._portalFramework;
	}

	@Override
	public boolean supportsParameter(
		ParameterContext parameterContext, ExtensionContext extensionContext) {

		Class<?> type = parameterContext.getParameter().getType();

		return type == PortalFramework.class;
	}

	private static final ExtensionContext.Namespace _NAMESPACE =
		ExtensionContext.Namespace.create(PortalFrameworkExtension.class);

	private static final class RunningPortalFramework
		implements ExtensionContext.Store.CloseableResource {

		@Override
		public void close() throws Exception {
			_portalFramework.close();
		}

		private RunningPortalFramework() {
			try {
				_portalFramework = PortalFramework.start();
			}
			catch (Exception exception) {
				throw new IllegalStateException(
					"Unable to start the OSGi framework", exception);
			}
		}

		private final PortalFramework _portalFramework;

	}

}
