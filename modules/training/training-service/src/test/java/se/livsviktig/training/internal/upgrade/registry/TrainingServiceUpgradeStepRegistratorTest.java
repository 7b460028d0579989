package se.livsviktig.training.internal.upgrade.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.liferay.portal.kernel.upgrade.UpgradeStep;
import com.liferay.portal.upgrade.registry.UpgradeStepRegistrator;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import se.livsviktig.training.internal.upgrade.v1_1_0.RegistrationSexUpgradeProcess;

/**
 * @author Livsviktig
 */
public class TrainingServiceUpgradeStepRegistratorTest {

	@Test
	public void freshDeployIsAnInitializationAndSchemaOneZeroGetsTheRegistrationsSex() {
		UpgradeStepRegistrator.Registry registry = mock(
			UpgradeStepRegistrator.Registry.class);

		new TrainingServiceUpgradeStepRegistrator().register(registry);

		ArgumentCaptor<UpgradeStep> upgradeStepCaptor = ArgumentCaptor.forClass(
			UpgradeStep.class);

		InOrder inOrder = inOrder(registry);

		inOrder.verify(registry).registerInitialization();
		inOrder.verify(registry).register(
			eq("1.0.0"), eq("1.1.0"), upgradeStepCaptor.capture());

		verifyNoMoreInteractions(registry);

		assertInstanceOf(
			RegistrationSexUpgradeProcess.class, upgradeStepCaptor.getValue());
	}

	@Test
	public void theBundleRequiresTheSchemaTheLastStepReaches() throws Exception {
		assertEquals(
			"1.1.0",
			Files.readAllLines(
				Path.of("bnd.bnd")
			).stream(
			).filter(
				line -> line.startsWith("Liferay-Require-SchemaVersion:")
			).map(
				line -> line.substring(line.indexOf(':') + 1).trim()
			).findFirst(
			).orElse(
				null
			));
	}

}
