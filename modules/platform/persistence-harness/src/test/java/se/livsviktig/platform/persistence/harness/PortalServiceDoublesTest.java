package se.livsviktig.platform.persistence.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.ClassNameLocalService;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Components get a plain proxy in front of each portal service's Mockito double: tests stub and verify the Mockito
 * double through it, and a benchmark can answer instead of it until the next reset.
 */
public class PortalServiceDoublesTest {

	@AfterEach
	public void reset() {
		_portalServiceDoubles.resetAll();
	}

	@Test
	public void aBenchmarksAnswerReplacesTheMockitoDoubleUntilTheReset() {
		ClassNameLocalService classNameLocalService = _portalServiceDoubles.get(ClassNameLocalService.class);

		_portalServiceDoubles.answerWith(
			ClassNameLocalService.class,
			(ClassNameLocalService)Proxy.newProxyInstance(
				ClassNameLocalService.class.getClassLoader(), new Class<?>[] {ClassNameLocalService.class},
				(proxy, method, arguments) -> method.getName().equals("getClassNameId") ? 7L : null));

		assertEquals(7L, classNameLocalService.getClassNameId("se.livsviktig.training.model.Registration"));
		verify(
			_portalServiceDoubles.mock(ClassNameLocalService.class), never()
		).getClassNameId(
			"se.livsviktig.training.model.Registration"
		);

		_portalServiceDoubles.resetAll();

		assertEquals(0L, classNameLocalService.getClassNameId("se.livsviktig.training.model.Registration"));
	}

	@Test
	public void callsReachTheMockitoDoubleThatTestsStubAndVerify() {
		ClassNameLocalService classNameLocalService = _portalServiceDoubles.get(ClassNameLocalService.class);
		ClassNameLocalService mock = _portalServiceDoubles.mock(ClassNameLocalService.class);

		when(mock.getClassNameId("se.livsviktig.survey.model.Survey")).thenReturn(42L);

		assertEquals(42L, classNameLocalService.getClassNameId("se.livsviktig.survey.model.Survey"));
		assertNull(classNameLocalService.fetchClassName("se.livsviktig.survey.model.Survey"));
		verify(mock).getClassNameId("se.livsviktig.survey.model.Survey");
	}

	private final PortalServiceDoubles _portalServiceDoubles = PortalServiceDoubles.instance();

}
