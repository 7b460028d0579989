package se.livsviktig.platform.db.harness;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops the database servers when JUnit closes its root context, that is when the last test of the run has
 * finished. The JVM shutdown hook in {@link DatabaseServers} remains as the fallback.
 */
public final class StopServersAtEndOfRun implements ExtensionContext.Store.CloseableResource {

	public static void register(ExtensionContext extensionContext) {
		ExtensionContext.Store store = extensionContext.getRoot().getStore(_NAMESPACE);

		store.getOrComputeIfAbsent(
			StopServersAtEndOfRun.class, key -> new StopServersAtEndOfRun(), StopServersAtEndOfRun.class);
	}

	@Override
	public void close() {
		DatabaseServers.stopAll();
	}

	private StopServersAtEndOfRun() {
	}

	private static final ExtensionContext.Namespace _NAMESPACE = ExtensionContext.Namespace.create(
		StopServersAtEndOfRun.class);

}
