package se.livsviktig.instructor.internal.upgrade.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.liferay.portal.kernel.upgrade.UpgradeStep;
import com.liferay.portal.upgrade.registry.UpgradeStepRegistrator;

import org.junit.jupiter.api.Test;

import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import se.livsviktig.instructor.internal.upgrade.v1_1_0.MeetingNoticeTableUpgradeProcess;
import se.livsviktig.instructor.internal.upgrade.v1_1_0.TextColumnsUpgradeProcess;
import se.livsviktig.instructor.internal.upgrade.v1_2_0.CertificationStatisticsUpgradeProcess;

/**
 * @author Livsviktig
 */
public class InstructorServiceUpgradeStepRegistratorTest {

	@Test
	void freshDeployIsAnInitializationSchemaOneZeroGetsTheMeetingNoticeTableAndOneOneTheCertificationsStatistics() {
		UpgradeStepRegistrator.Registry registry = mock(
			UpgradeStepRegistrator.Registry.class);

		new InstructorServiceUpgradeStepRegistrator().register(registry);

		ArgumentCaptor<UpgradeStep> upgradeStepCaptor = ArgumentCaptor.forClass(
			UpgradeStep.class);

		InOrder inOrder = inOrder(registry);

		inOrder.verify(registry).registerInitialization();
		inOrder.verify(registry).register(
			eq("1.0.0"), eq("1.1.0"), upgradeStepCaptor.capture(),
			upgradeStepCaptor.capture());
		inOrder.verify(registry).register(
			eq("1.1.0"), eq("1.2.0"), upgradeStepCaptor.capture());

		verifyNoMoreInteractions(registry);

		assertEquals(3, upgradeStepCaptor.getAllValues().size());
		assertInstanceOf(
			MeetingNoticeTableUpgradeProcess.class,
			upgradeStepCaptor.getAllValues().get(0));
		assertInstanceOf(
			TextColumnsUpgradeProcess.class,
			upgradeStepCaptor.getAllValues().get(1));
		assertInstanceOf(
			CertificationStatisticsUpgradeProcess.class,
			upgradeStepCaptor.getAllValues().get(2));
	}

}
